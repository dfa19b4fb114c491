// Which keys an object has, as SchemaKey bits: computed once per schema object and per parameter,
// so that rules test one integer instead of reading keys most objects lack (a missing key on
// objects of thousands of shapes is a slow lookup).
import { SchemaKey } from './types';

const KEY_BITS = new Map<string, number>([
  ['$ref', SchemaKey.Ref],
  ['type', SchemaKey.Type],
  ['default', SchemaKey.Default],
  ['enum', SchemaKey.Enum],
  ['required', SchemaKey.Required],
  ['minimum', SchemaKey.Bounds],
  ['maximum', SchemaKey.Bounds],
  ['minLength', SchemaKey.Bounds],
  ['maxLength', SchemaKey.Bounds],
  ['minItems', SchemaKey.Bounds],
  ['maxItems', SchemaKey.Bounds],
  ['minProperties', SchemaKey.Bounds],
  ['maxProperties', SchemaKey.Bounds],
  ['exclusiveMinimum', SchemaKey.Exclusive],
  ['exclusiveMaximum', SchemaKey.Exclusive],
  ['pattern', SchemaKey.Pattern],
  ['discriminator', SchemaKey.Discriminator],
  ['readOnly', SchemaKey.ReadOnly],
  ['x-ms-visibility', SchemaKey.Visibility],
  ['x-ms-enum-values', SchemaKey.EnumValues],
  ['x-ms-editor', SchemaKey.Editor],
  ['x-ms-dynamic-values', SchemaKey.Calls],
  ['x-ms-dynamic-list', SchemaKey.Calls],
  ['x-ms-dynamic-schema', SchemaKey.Calls],
  ['x-ms-dynamic-properties', SchemaKey.Calls],
  ['x-ms-dynamic-tree', SchemaKey.Calls],
  ['x-ms-notification', SchemaKey.Calls],
  ['x-ms-operation-context', SchemaKey.Calls],
  ['x-ms-capabilities', SchemaKey.Calls],
  ['x-ms-notification-url', SchemaKey.NotificationUrl],
  ['x-ms-summary', SchemaKey.Summary],
  ['properties', SchemaKey.Properties],
  ['items', SchemaKey.Items],
  ['additionalProperties', SchemaKey.AdditionalProperties],
  ['allOf', SchemaKey.AllOf],
]);

export function keyBits(obj: object): number {
  let keys = 0;
  for (const k in obj) {
    const bit = KEY_BITS.get(k);
    if (bit === undefined) continue;
    keys |= bit;
    // Read here, by the key at hand (a load the for-in makes cheap), rather than by name in a rule.
    if (bit === SchemaKey.Type && (obj as Record<string, unknown>)[k] === 'array') keys |= SchemaKey.ArrayType;
  }
  return keys;
}

/**
 * The values of the keys the walk reads from a schema, as the last schemaKeyBits call found them.
 * A value is current only where that call's bits have the key's bit: others are left from earlier
 * schemas (clear() drops them).
 */
export const schemaValues = {
  ref: undefined as unknown,
  required: undefined as unknown,
  properties: undefined as unknown,
  items: undefined as unknown,
  additionalProperties: undefined as unknown,
  allOf: undefined as unknown,
  clear(): void {
    this.ref = this.required = this.properties = this.items = this.additionalProperties = this.allOf = undefined;
  },
};

const READ =
  SchemaKey.Type |
  SchemaKey.Ref |
  SchemaKey.Required |
  SchemaKey.Properties |
  SchemaKey.Items |
  SchemaKey.AdditionalProperties |
  SchemaKey.AllOf;

/**
 * keyBits, and the values of the keys the walk reads (in schemaValues): read by the key at hand in
 * the for-in rather than by name afterwards, where a load from objects of thousands of shapes
 * found no map it knew and deoptimized the walk each time a new one came.
 */
export function schemaKeyBits(obj: object): number {
  let keys = 0;
  for (const k in obj) {
    const bit = KEY_BITS.get(k);
    if (bit === undefined) continue;
    keys |= bit;
    if ((bit & READ) === 0) continue;
    // One load for every key read: its cache goes generic once rather than deoptimizing per name.
    const value = (obj as Record<string, unknown>)[k];
    if (bit === SchemaKey.Type) {
      if (value === 'array') keys |= SchemaKey.ArrayType;
    } else if (bit === SchemaKey.Properties) schemaValues.properties = value;
    else if (bit === SchemaKey.Items) schemaValues.items = value;
    else if (bit === SchemaKey.Required) schemaValues.required = value;
    else if (bit === SchemaKey.Ref) schemaValues.ref = value;
    else if (bit === SchemaKey.AllOf) schemaValues.allOf = value;
    else schemaValues.additionalProperties = value;
  }
  return keys;
}
