// OpenAPI 3 import where the wire or the schema changes: a schema with properties but no type, and
// a oneOf of objects merged into one. What the original accepts is checked against the imported
// definition with the studio's own response check (Swagger 2.0 words: x-nullable, enum, required),
// and whatever the import could not keep is in the report.
import { describe, expect, it } from 'vitest';
import { importOpenApi3 } from '../../shared/engines/import/openapi3';
import type { ImportNote, ImportResult } from '../../shared/engines/import/import-result';
import { checkAgainstSchema } from '../../shared/engines/operation-runs/schema-check';

type Json = Record<string, any>;

function imported(schemas: Json, responseSchema: Json): { r: ImportResult; definition: Json; schema: Json } {
  const doc = {
    openapi: '3.0.3',
    info: { title: 'T', version: '1' },
    servers: [{ url: 'https://api.example.com' }],
    paths: {
      '/x': {
        post: {
          operationId: 'X',
          responses: { '200': { description: 'OK', content: { 'application/json': { schema: responseSchema } } } },
        },
      },
    },
    components: { schemas },
  };
  const r = importOpenApi3(doc);
  const definition = r.definition as Json;
  return { r, definition, schema: definition.paths['/x'].post.responses['200'].schema };
}

const notes = (r: ImportResult, code: string): ImportNote[] => r.report.filter((n) => n.code === code);
const accepts = (definition: Json, schema: Json, value: unknown) =>
  checkAgainstSchema(definition, schema, '/schema', value).mismatches.map((m) => m.message);

describe('a schema with properties but no type', () => {
  it("stays an object for the designer but still takes null (Xero's Pagination), and the report says what it refuses now", () => {
    const pagination = { properties: { page: { type: 'integer' }, pageSize: { type: 'integer' } } };
    const { r, definition, schema } = imported(
      { Pagination: pagination },
      {
        type: 'object',
        properties: { pagination: { $ref: '#/components/schemas/Pagination' }, items: { type: 'array', items: { type: 'string' } } },
      },
    );
    expect(definition.definitions.Pagination).toEqual({
      type: 'object',
      properties: { page: { type: 'integer' }, pageSize: { type: 'integer' } },
      'x-nullable': true,
    });
    expect(accepts(definition, schema, { pagination: null, items: [] })).toEqual([]);
    expect(accepts(definition, schema, { pagination: { page: 1, pageSize: 10 }, items: [] })).toEqual([]);
    const [note] = notes(r, 'UntypedObjectTyped');
    expect(note).toMatchObject({ kind: 'loss', sourcePointer: '/components/schemas/Pagination' });
    expect(note!.message).toBe(
      '1 schema with properties but no type (e.g. Pagination) became an object that may also be null: the original takes any value there, and Swagger 2.0 needs the type to show the properties, so text, numbers and lists are now refused.',
    );
  });

  it('a typed object, or an allOf member, is not touched', () => {
    const { r, definition } = imported(
      {
        Typed: { type: 'object', properties: { a: { type: 'string' } } },
        Both: { allOf: [{ $ref: '#/components/schemas/Typed' }, { properties: { b: { type: 'string' } } }] },
      },
      { $ref: '#/components/schemas/Both' },
    );
    expect(definition.definitions.Typed['x-nullable']).toBeUndefined();
    expect(definition.definitions.Both.allOf[1]['x-nullable']).toBeUndefined();
    expect(notes(r, 'UntypedObjectTyped')).toEqual([]);
  });
});

describe('a oneOf of objects merged into one', () => {
  const message = {
    oneOf: [
      {
        type: 'object',
        required: ['role', 'content'],
        properties: {
          role: { type: 'string', enum: ['user'] },
          content: {
            type: 'object',
            required: ['text'],
            properties: { kind: { type: 'string', enum: ['text'] }, text: { type: 'string' } },
          },
          meta: { type: 'string' },
        },
      },
      {
        type: 'object',
        required: ['role', 'content'],
        properties: {
          role: { type: 'string', enum: ['assistant'] },
          content: {
            type: 'object',
            required: ['url'],
            properties: { kind: { type: 'string', enum: ['image'] }, url: { type: 'string' } },
          },
          meta: { type: 'integer' },
        },
      },
    ],
  };

  it('widens shared properties all the way down, so what either choice allows passes', () => {
    const { definition, schema } = imported({ Message: message }, { $ref: '#/components/schemas/Message' });
    const merged = definition.definitions.Message;
    expect(merged.properties.content).toEqual({
      type: 'object',
      properties: { kind: { type: 'string', enum: ['text', 'image'] }, text: { type: 'string' }, url: { type: 'string' } },
    });
    expect(merged.required).toEqual(['role', 'content']);
    expect(accepts(definition, schema, { role: 'user', content: { kind: 'text', text: 'hi' } })).toEqual([]);
    // The second choice's nested enum value and nested required property: refused before the widening.
    expect(accepts(definition, schema, { role: 'assistant', content: { kind: 'image', url: 'https://x/y.png' } })).toEqual([]);
  });

  it('names what it could not widen (a property of different types): the first choice is kept there', () => {
    const { r } = imported({ Message: message }, { $ref: '#/components/schemas/Message' });
    const [lost] = notes(r, 'UnionNestedChoiceLost');
    expect(lost).toMatchObject({ kind: 'loss', sourcePointer: '/components/schemas/Message/oneOf' });
    expect(lost!.message).toBe(
      "Merging this oneOf kept the first choice's description where the choices differ below the top level (meta (string or integer)): a value only another choice allows there may be refused.",
    );
    expect(notes(r, 'UnionMergedToObject')).toHaveLength(1);
  });
});

describe('a list in a form body', () => {
  it('is sent comma-separated, and the report says the API expects the field repeated', () => {
    const doc = {
      openapi: '3.0.3',
      info: { title: 'T', version: '1' },
      servers: [{ url: 'https://api.example.com' }],
      paths: {
        '/x': {
          post: {
            operationId: 'X',
            requestBody: {
              content: {
                'application/x-www-form-urlencoded': {
                  schema: {
                    type: 'object',
                    properties: { Users: { type: 'array', items: { type: 'string' } }, Tags: { type: 'array', items: { type: 'string' } } },
                  },
                  encoding: { Tags: { style: 'form', explode: false } },
                },
              },
            },
            responses: { '200': { description: 'OK' } },
          },
        },
      },
    };
    const r = importOpenApi3(doc);
    const fields = (r.definition as Json).paths['/x'].post.parameters;
    expect(fields.map((f: Json) => [f.name, f.collectionFormat])).toEqual([
      ['Users', 'csv'],
      ['Tags', 'csv'],
    ]);
    // Tags says explode: false (comma-separated already): only Users changed on the wire.
    const repeated = notes(r, 'RepeatedFormField');
    expect(repeated).toHaveLength(1);
    expect(repeated[0]).toMatchObject({
      kind: 'loss',
      sourcePointer: '/paths/~1x/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/Users',
    });
    expect(repeated[0]!.message).toBe(
      '1 form field holding a list (e.g. "Users") is sent as one comma-separated value: the API expects the field repeated (a=1&a=2), which Power Platform does not support. Check that the API accepts commas.',
    );
  });
});
