// schemaKeyBits: the bits keyBits gives, and the values of the keys the walk reads.
import { describe, expect, it } from 'vitest';
import { keyBits, schemaKeyBits, schemaValues } from '../../../shared/engines/certify/schema-keys';
import { SchemaKey } from '../../../shared/engines/certify/types';

describe('schemaKeyBits', () => {
  it('gives the bits of keyBits and the values of the subschema keys', () => {
    const props = { a: { type: 'string' } };
    const schema = {
      type: 'array',
      items: [{}],
      required: ['a'],
      properties: props,
      additionalProperties: false,
      allOf: [],
      'x-ms-summary': 'S',
    };
    expect(schemaKeyBits(schema)).toBe(keyBits(schema));
    expect(keyBits(schema) & SchemaKey.ArrayType).toBe(SchemaKey.ArrayType);
    expect(schemaValues.properties).toBe(props);
    expect(schemaValues.items).toBe(schema.items);
    expect(schemaValues.required).toBe(schema.required);
    expect(schemaValues.additionalProperties).toBe(false);
    expect(schemaValues.allOf).toBe(schema.allOf);
    const ref = { $ref: '#/definitions/A', description: 'd' };
    expect(schemaKeyBits(ref)).toBe(SchemaKey.Ref);
    expect(schemaValues.ref).toBe('#/definitions/A');
    schemaValues.clear();
    expect(schemaValues.ref).toBeUndefined();
    expect(schemaValues.properties).toBeUndefined();
  });

  it('gives 0 for an object without a known key', () => {
    expect(schemaKeyBits({ description: 'x', title: 't' })).toBe(0);
  });
});
