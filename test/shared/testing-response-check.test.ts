// The response check: the declared response for a status (or default), the Swagger 2.0 schema
// subset, each mismatch located by its path in the body and the schema keyword in the definition
// (down to line and column), and $ref cycles that must neither hang nor hide mismatches.
import { describe, expect, it } from 'vitest';
import { buildConnectorModel } from '../../shared/core/model';
import { JsonDocument } from '../../shared/core/text/json-document';
import { checkAgainstSchema, checkResponse, selectResponse } from '../../shared/engines/operation-runs';

const definition = {
  swagger: '2.0',
  info: { title: 'Shop', version: '1' },
  host: 'api.example.com',
  paths: {
    '/items': {
      get: {
        operationId: 'ListItems',
        responses: {
          '200': { description: 'OK', schema: { $ref: '#/definitions/ItemList' } },
          '404': { description: 'Not found' },
          default: { description: 'Error', schema: { $ref: '#/definitions/Error' } },
        },
      },
    },
    '/tree': { get: { operationId: 'Tree', responses: { '200': { description: 'OK', schema: { $ref: '#/definitions/Node' } } } } },
    '/text': { get: { operationId: 'Text', responses: { '2XX': { description: 'OK', schema: { type: 'string' } } } } },
  },
  definitions: {
    ItemList: {
      type: 'object',
      required: ['items'],
      properties: {
        items: { type: 'array', items: { $ref: '#/definitions/Item' } },
        '@odata.nextLink': { type: 'string' },
        webhook: { type: 'object' },
      },
    },
    Item: {
      type: 'object',
      required: ['id', 'name'],
      additionalProperties: false,
      properties: {
        id: { type: 'integer' },
        name: { type: 'string' },
        price: { type: 'number' },
        status: { type: 'string', enum: ['open', 'closed'] },
        created: { type: 'string', format: 'date-time' },
        note: { type: 'string', 'x-nullable': true },
        tags: { type: 'object', additionalProperties: { type: 'string' } },
      },
    },
    Error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } },
    Node: { type: 'object', properties: { name: { type: 'string' }, children: { type: 'array', items: { $ref: '#/definitions/Node' } } } },
  },
};
const text = JSON.stringify(definition, null, 2);
const doc = JsonDocument.parse(text);
const model = buildConnectorModel(definition);
const op = (id: string) => model.operations.find((o) => o.operationId === id)!;
const check = (id: string, status: number, body: unknown, contentType = 'application/json') =>
  checkResponse({ definition, operation: op(id), status, contentType, body: typeof body === 'string' ? body : JSON.stringify(body) });

const item = (extra: Record<string, unknown> = {}) => ({ id: 1, name: 'Pen', ...extra });

describe('which response applies', () => {
  it('the exact status, a range, then default; none is a note', () => {
    expect(selectResponse(op('ListItems'), 200)?.status).toBe('200');
    expect(selectResponse(op('ListItems'), 500)?.status).toBe('default');
    expect(selectResponse(op('Text'), 201)?.status).toBe('2XX');
    const none = check('Text', 500, {});
    expect(none).toMatchObject({ checked: false, mismatches: [] });
    expect(none.notes).toEqual([
      'The definition declares no response for status 500 and no default (declared: 2XX); the body was not checked.',
    ]);
  });

  it('a response without schema: nothing to check', () => {
    expect(check('ListItems', 404, { whatever: 1 })).toMatchObject({ responseKey: '404', checked: false, mismatches: [] });
  });

  it('default applies to errors', () => {
    const r = check('ListItems', 500, { code: 42 });
    expect(r.responseKey).toBe('default');
    expect(r.mismatches.map((m) => m.message)).toEqual(['Property .code type mismatch, Expected: string, Actual: integer']);
  });
});

describe('mismatches, located', () => {
  it('a valid body has none', () => {
    const r = check('ListItems', 200, {
      items: [item({ price: 2, status: 'open', created: '2024-05-01T10:00:00Z', note: null, tags: { a: 'b' } }), item({ price: 3.5 })],
    });
    expect(r).toMatchObject({ responseKey: '200', checked: true, mismatches: [], notes: [] });
  });

  it('a type mismatch deep in an array: body path, schema keyword, portal-style message', () => {
    const body = { items: [item(), item(), item(), { id: 'four', name: 'Cup' }] };
    const [m, ...rest] = check('ListItems', 200, body).mismatches;
    expect(rest).toEqual([]);
    expect(m).toEqual({
      kind: 'type',
      path: '$.items[3].id',
      schemaPointer: '/definitions/Item/properties/id',
      keywordPointer: '/definitions/Item/properties/id/type',
      expected: 'integer',
      actual: 'string',
      message: 'Property .items[3].id type mismatch, Expected: integer, Actual: string',
    });
    // The keyword is found in the text: the line of `"type": "integer"` under Item.id.
    const at = doc.locate(m!.keywordPointer)!;
    const line = text.split('\n')[at.line - 1]!;
    expect(line.trim()).toBe('"type": "integer"');
    expect(text.split('\n')[at.line - 2]!.trim()).toBe('"id": {');
    expect(line.slice(at.column - 1)).toBe('"integer"');
  });

  it('the portal example: an object expected, a string found', () => {
    expect(check('ListItems', 200, { items: [], webhook: 'https://x' }).mismatches[0]!.message).toBe(
      'Property .webhook type mismatch, Expected: object, Actual: string',
    );
  });

  it('integer versus number', () => {
    const r = check('ListItems', 200, { items: [item({ id: 1.5, price: 2 })] });
    expect(r.mismatches.map((m) => m.message)).toEqual(['Property .items[0].id type mismatch, Expected: integer, Actual: number']);
  });

  it('required, enum, additionalProperties false and a schema, date-time, x-nullable', () => {
    const r = check('ListItems', 200, {
      items: [{ id: 1, status: 'lost', created: 'yesterday', note: null, price: null, extra: true, tags: { a: 1 } }],
    });
    expect(r.mismatches.map((m) => [m.kind, m.path, m.keywordPointer, m.message])).toEqual([
      ['required', '$.items[0].name', '/definitions/Item/required/1', 'Property .items[0].name is required, but missing'],
      [
        'enum',
        '$.items[0].status',
        '/definitions/Item/properties/status/enum',
        'Property .items[0].status value mismatch, Expected one of: "open", "closed", Actual: "lost"',
      ],
      [
        'format',
        '$.items[0].created',
        '/definitions/Item/properties/created/format',
        'Property .items[0].created format mismatch, Expected: date-time, Actual: "yesterday"',
      ],
      [
        'type',
        '$.items[0].price',
        '/definitions/Item/properties/price/type',
        'Property .items[0].price type mismatch, Expected: number, Actual: null (mark the schema "x-nullable": true if null is allowed)',
      ],
      [
        'additional-property',
        '$.items[0].extra',
        '/definitions/Item/additionalProperties',
        'Property .items[0].extra is not in the schema, which allows no other properties (additionalProperties: false)',
      ],
      [
        'type',
        '$.items[0].tags.a',
        '/definitions/Item/properties/tags/additionalProperties/type',
        'Property .items[0].tags.a type mismatch, Expected: string, Actual: integer',
      ],
    ]);
  });

  it('a missing required property at the root; keys that are not identifiers', () => {
    const r = check('ListItems', 200, { '@odata.nextLink': 5 });
    expect(r.mismatches.map((m) => m.path)).toEqual(['$.items', "$['@odata.nextLink']"]);
    expect(r.mismatches[1]!.message).toBe("Property ['@odata.nextLink'] type mismatch, Expected: string, Actual: integer");
  });

  it('a root of the wrong type', () => {
    expect(check('ListItems', 200, [1, 2]).mismatches[0]).toMatchObject({
      path: '$',
      keywordPointer: '/definitions/ItemList/type',
      message: 'The body type mismatch, Expected: object, Actual: array',
    });
  });
});

describe('bodies that are not JSON', () => {
  it('invalid JSON is a mismatch at the response schema', () => {
    const r = check('ListItems', 200, '{"items": [');
    expect(r.mismatches).toHaveLength(1);
    expect(r.mismatches[0]).toMatchObject({ kind: 'not-json', path: '$', keywordPointer: '/paths/~1items/get/responses/200/schema' });
  });

  it('HTML where JSON is declared', () => {
    const r = check('ListItems', 200, '<html>Sign in</html>', 'text/html; charset=utf-8');
    expect(r.mismatches[0]!.message).toMatch(/^The body is text\/html, not JSON \(.+\), but the response 200 declares a JSON schema$/);
  });

  it('an empty body where a schema is declared; 204 may be empty', () => {
    expect(check('ListItems', 200, '').mismatches[0]).toMatchObject({
      kind: 'empty',
      message: 'The body is empty, but the response 200 declares a schema (type object)',
    });
    expect(check('Text', 204, '').mismatches).toEqual([]);
  });

  it('text for a string schema is fine; a cut body is not checked', () => {
    expect(check('Text', 200, 'hello', 'text/plain')).toMatchObject({ checked: false, mismatches: [] });
    const cut = checkResponse({ definition, operation: op('ListItems'), status: 200, body: '{"items":[', truncated: true });
    expect(cut).toMatchObject({
      checked: false,
      mismatches: [],
      notes: ['The body was cut at the size limit, so it was not checked against the schema.'],
    });
  });
});

describe('$ref cycles', () => {
  it('a recursive definition checks a deep body, and finds a mismatch at depth', () => {
    let node: Record<string, unknown> = { name: 'leaf', children: [{ name: 7 }] };
    for (let i = 0; i < 50; i++) node = { name: `n${i}`, children: [node] };
    const r = check('Tree', 200, node);
    expect(r.mismatches).toHaveLength(1);
    expect(r.mismatches[0]!.path).toBe(`$${'.children[0]'.repeat(51)}.name`);
    expect(r.mismatches[0]!.keywordPointer).toBe('/definitions/Node/properties/name/type');
  });

  it('references that loop without reading data end, with a note', () => {
    const root = {
      definitions: {
        A: { $ref: '#/definitions/B' },
        B: { $ref: '#/definitions/A' },
        C: { allOf: [{ $ref: '#/definitions/C' }, { type: 'object', required: ['x'] }] },
        D: { type: 'object', properties: { self: { $ref: '#/definitions/D' }, n: { type: 'integer' } } },
      },
    };
    const loop = checkAgainstSchema(root, { $ref: '#/definitions/A' }, '/x', { any: 1 });
    expect(loop.mismatches).toEqual([]);
    expect(loop.notes).toEqual(['The schema reference #/definitions/A refers back to itself; values there were not checked.']);
    const allOf = checkAgainstSchema(root, { $ref: '#/definitions/C' }, '/x', {});
    expect(allOf.mismatches.map((m) => [m.path, m.keywordPointer])).toEqual([['$.x', '/definitions/C/allOf/1/required/0']]);
    const self = checkAgainstSchema(root, { $ref: '#/definitions/D' }, '/x', { self: { self: { n: 'x' } } });
    expect(self.mismatches.map((m) => m.path)).toEqual(['$.self.self.n']);
  });

  it('an unresolved reference is a note, not a crash', () => {
    const r = checkAgainstSchema({}, { $ref: '#/definitions/Missing' }, '/s', 1);
    expect(r).toEqual({
      mismatches: [],
      omitted: 0,
      notes: ['The schema reference #/definitions/Missing (at /s) does not resolve; values there were not checked.'],
    });
  });
});

describe('limits', () => {
  it('at most 100 mismatches are listed; the rest are counted', () => {
    const r = checkAgainstSchema(
      {},
      { type: 'array', items: { type: 'string' } },
      '/s',
      Array.from({ length: 250 }, (_, i) => i),
    );
    expect(r.mismatches).toHaveLength(100);
    expect(r.omitted).toBe(150);
  });

  it('types Swagger 2.0 does not define are noted, not failed', () => {
    const r = checkAgainstSchema({}, { type: 'date' }, '/s', 5);
    expect(r.mismatches).toEqual([]);
    expect(r.notes).toEqual(['The schema at /s has type "date", which Swagger 2.0 does not define; its values were not type-checked.']);
  });
});
