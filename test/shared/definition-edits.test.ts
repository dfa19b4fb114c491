// The Definition tab's structural changes as text edits: each is minimal (the lines it is about and
// nothing else), keeps the file's formatting, and comes out as one list of edits (one undo step).
import { describe, expect, it } from 'vitest';
import {
  composeEdits,
  copyOperationId,
  definitionChangeEdits,
  definitionOperationReferences,
  operationDetail,
  propertiesOperationReferences,
  schemaTree,
  type DefinitionChange,
} from '../../shared/editing/definition-edits';
import { applyEdits, JsonDocument, setValueEdits, type TextEdit } from '../../shared/core/text';

const DEFINITION = `{
  "swagger": "2.0",
  "info": { "title": "Contoso", "version": "1.0" },
  "host": "api.contoso.com",
  "basePath": "/v1",
  "paths": {
    "/items": {
      "get": {
        "operationId": "ListItems",
        "summary": "List items",
        "parameters": [
          { "name": "top", "in": "query", "type": "integer", "format": "int32" },
          { "$ref": "#/parameters/Folder" }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "schema": { "$ref": "#/definitions/ItemList" }
          }
        }
      },
      "post": {
        "operationId": "CreateItem",
        "summary": "Create an item",
        "parameters": [
          {
            "name": "body",
            "in": "body",
            "schema": {
              "type": "object",
              "required": ["name"],
              "properties": {
                "name": { "type": "string", "x-ms-summary": "Name" },
                "kind": {
                  "type": "string",
                  "x-ms-dynamic-values": { "operationId": "ListKinds", "value-path": "id" }
                }
              }
            }
          }
        ],
        "responses": { "201": { "description": "Created" } }
      }
    },
    "/kinds": {
      "get": {
        "operationId": "ListKinds",
        "summary": "List kinds",
        "x-ms-visibility": "internal",
        "responses": { "200": { "description": "OK" } }
      }
    }
  },
  "parameters": {
    "Folder": {
      "name": "folder",
      "in": "query",
      "type": "string",
      "x-ms-dynamic-values": { "operationId": "ListKinds", "value-collection": "value" }
    }
  },
  "definitions": {
    "ItemList": {
      "type": "object",
      "properties": {
        "value": { "type": "array", "items": { "$ref": "#/definitions/Item" } }
      }
    },
    "Item": {
      "type": "object",
      "properties": {
        "id": { "type": "string" },
        "children": { "type": "array", "items": { "$ref": "#/definitions/Item" } }
      }
    }
  },
  "x-ms-capabilities": { "testConnection": { "operationId": "ListKinds" } }
}
`;

const PROPERTIES = `{
  "properties": {
    "policyTemplateInstances": [
      {
        "templateId": "setheader",
        "parameters": {
          "x-ms-apimTemplate-operationName": ["ListItems", "ListKinds"],
          "x-ms-apimTemplateParameter.name": "X-Kind"
        }
      },
      { "templateId": "routerequesttoendpoint", "parameters": { "x-ms-apimTemplate-operationName": "ListKinds" } }
    ],
    "scriptOperations": ["ListKinds"]
  }
}
`;

function change(text: string, c: DefinitionChange): { text: string; edits: number; list: TextEdit[] } {
  const list = definitionChangeEdits(JsonDocument.parse(text), c);
  return { text: applyEdits(text, list), edits: list.length, list };
}

/** The one line of `text` that contains `needle`. */
function lineOf(text: string, needle: string): string {
  const lines = text.split('\n').filter((l) => l.includes(needle));
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

/** Lines of `after` that are not in `before` (as a multiset), and the other way round. */
function lineDiff(before: string, after: string): { added: string[]; removed: string[] } {
  const count = (lines: string[]) => lines.reduce((m, l) => m.set(l, (m.get(l) ?? 0) + 1), new Map<string, number>());
  const a = count(before.split('\n'));
  const b = count(after.split('\n'));
  const added: string[] = [];
  const removed: string[] = [];
  for (const [l, n] of b) for (let i = a.get(l) ?? 0; i < n; i++) added.push(l);
  for (const [l, n] of a) for (let i = b.get(l) ?? 0; i < n; i++) removed.push(l);
  return { added, removed };
}

const json = (text: string) => JSON.parse(text) as any;

describe('operations', () => {
  it('adds an operation under a new path as one insertion, with its path parameter', () => {
    const out = change(DEFINITION, {
      kind: 'add-operation',
      operation: { method: 'get', path: '/items/{id}', operationId: 'GetItem', summary: 'Get an item' },
    });
    expect(out.edits).toBe(1);
    const d = json(out.text);
    expect(d.paths['/items/{id}'].get).toEqual({
      summary: 'Get an item',
      operationId: 'GetItem',
      parameters: [{ name: 'id', in: 'path', required: true, type: 'string' }],
      responses: { '200': { description: 'OK' } },
    });
    // One insertion after the /kinds path item: its closing brace gains the comma, nothing else changes.
    expect(out.list[0]!.length).toBe(0);
    expect(out.list[0]!.content.startsWith(',\n    "/items/{id}": {\n      "get": {\n        "summary": "Get an item",')).toBe(true);
    expect(lineDiff(DEFINITION, out.text).removed).toEqual([]);
  });

  it('adds a method under an existing path, and refuses a taken ID or verb', () => {
    const out = change(DEFINITION, {
      kind: 'add-operation',
      operation: { method: 'delete', path: '/kinds', operationId: 'DeleteKinds', summary: 'Delete kinds' },
    });
    expect(Object.keys(json(out.text).paths['/kinds'])).toEqual(['get', 'delete']);
    expect(() =>
      change(DEFINITION, { kind: 'add-operation', operation: { method: 'put', path: '/kinds', operationId: 'ListItems', summary: '' } }),
    ).toThrow(/already an operation with the ID "ListItems"/);
    expect(() =>
      change(DEFINITION, { kind: 'add-operation', operation: { method: 'get', path: '/kinds', operationId: 'Other', summary: '' } }),
    ).toThrow(/already a GET operation on \/kinds/);
    expect(() =>
      change(DEFINITION, { kind: 'add-operation', operation: { method: 'get', path: 'kinds', operationId: 'Other', summary: '' } }),
    ).toThrow(/starts with "\/"/);
  });

  it('creates paths when the definition has none', () => {
    const text = '{\n\t"swagger": "2.0"\n}\n';
    const out = change(text, { kind: 'add-operation', operation: { method: 'post', path: '/run', operationId: 'Run', summary: 'Run' } });
    expect(json(out.text).paths['/run'].post.operationId).toBe('Run');
    // The file's tab indentation is kept.
    expect(out.text).toContain('\n\t"paths": {\n\t\t"/run": {\n\t\t\t"post": {');
  });

  it('duplicates an operation with a new ID, and finds a free copy ID', () => {
    const def = json(DEFINITION);
    expect(copyOperationId(def, 'ListItems')).toBe('ListItemsCopy');
    const out = change(DEFINITION, {
      kind: 'duplicate-operation',
      pointer: '/paths/~1items/get',
      operation: { method: 'get', path: '/items/all', operationId: copyOperationId(def, 'ListItems'), summary: 'List all items' },
    });
    const copy = json(out.text).paths['/items/all'].get;
    expect(copy).toEqual({ ...def.paths['/items'].get, operationId: 'ListItemsCopy', summary: 'List all items' });
    expect(copyOperationId(json(out.text), 'ListItems')).toBe('ListItemsCopy2');
  });

  it('deletes a method, and the path item with its last operation', () => {
    const one = change(DEFINITION, { kind: 'delete-operation', pointer: '/paths/~1items/post' });
    expect(one.edits).toBe(1);
    expect(Object.keys(json(one.text).paths['/items'])).toEqual(['get']);
    const last = change(DEFINITION, { kind: 'delete-operation', pointer: '/paths/~1kinds/get' });
    expect(Object.keys(json(last.text).paths)).toEqual(['/items']);
    // The /kinds path item's lines go, and no line is added or rewritten.
    const diff = lineDiff(DEFINITION, last.text);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toContain('    "/kinds": {');
  });

  it('moves an operation alone on its path by renaming the key, adding the new path parameter', () => {
    const out = change(DEFINITION, { kind: 'move-operation', pointer: '/paths/~1kinds/get', path: '/kinds/{group}', method: 'get' });
    const d = json(out.text);
    expect(Object.keys(d.paths)).toEqual(['/items', '/kinds/{group}']);
    expect(d.paths['/kinds/{group}'].get.parameters).toEqual([{ name: 'group', in: 'path', required: true, type: 'string' }]);
    expect(d.paths['/kinds/{group}'].get.summary).toBe('List kinds');
  });

  it('moves an operation off a shared path item', () => {
    const out = change(DEFINITION, { kind: 'move-operation', pointer: '/paths/~1items/post', path: '/items/new', method: 'post' });
    const d = json(out.text);
    expect(Object.keys(d.paths['/items'])).toEqual(['get']);
    expect(d.paths['/items/new'].post.operationId).toBe('CreateItem');
  });
});

describe('operationId references', () => {
  it('finds every kind of reference in the definition and in apiProperties.json', () => {
    const def = definitionOperationReferences(json(DEFINITION));
    expect(def.map((r) => [r.pointer, r.via])).toEqual([
      ['/paths/~1items/post/parameters/0/schema/properties/kind/x-ms-dynamic-values/operationId', 'x-ms-dynamic-values'],
      ['/parameters/Folder/x-ms-dynamic-values/operationId', 'x-ms-dynamic-values'],
      ['/x-ms-capabilities/testConnection/operationId', 'x-ms-capabilities'],
    ]);
    const props = propertiesOperationReferences(json(PROPERTIES));
    expect(props.map((r) => r.pointer)).toEqual([
      '/properties/policyTemplateInstances/0/parameters/x-ms-apimTemplate-operationName/0',
      '/properties/policyTemplateInstances/0/parameters/x-ms-apimTemplate-operationName/1',
      '/properties/policyTemplateInstances/1/parameters/x-ms-apimTemplate-operationName',
      '/properties/scriptOperations/0',
    ]);
  });

  it('renames an operation and every reference in one list of edits per file, each a one-line change', () => {
    const def = change(DEFINITION, {
      kind: 'rename-operation',
      file: 'definition',
      pointer: '/paths/~1kinds/get',
      from: 'ListKinds',
      to: 'GetKinds',
    });
    expect(def.edits).toBe(4);
    expect(def.text).toBe(DEFINITION.replaceAll('"ListKinds"', '"GetKinds"'));
    const props = change(PROPERTIES, { kind: 'rename-operation', file: 'properties', from: 'ListKinds', to: 'GetKinds' });
    expect(props.edits).toBe(3);
    expect(props.text).toBe(PROPERTIES.replaceAll('"ListKinds"', '"GetKinds"'));
    // The other IDs in the same list are left alone.
    expect(json(props.text).properties.policyTemplateInstances[0].parameters['x-ms-apimTemplate-operationName']).toEqual([
      'ListItems',
      'GetKinds',
    ]);
  });

  it('finds the dynamic-list, -schema, -properties, -tree, notification and file-picker references', () => {
    const def = {
      paths: {
        '/a': {
          post: {
            'x-ms-notification': { operationId: 'A' },
            parameters: [
              {
                name: 'x',
                in: 'query',
                'x-ms-dynamic-list': { operationId: 'A' },
                'x-ms-dynamic-tree': { open: { operationId: 'A' }, browse: { operationId: 'B' } },
              },
              { name: 'body', in: 'body', schema: { 'x-ms-dynamic-schema': { operationId: 'A' } } },
            ],
            responses: { '200': { description: 'OK', schema: { 'x-ms-dynamic-properties': { operationId: 'A' } } } },
          },
        },
      },
      'x-ms-capabilities': { 'file-picker': { open: { operationId: 'A' }, browse: { operationId: 'A' } } },
    };
    const refs = definitionOperationReferences(def).filter((r) => r.operationId === 'A');
    expect(refs.map((r) => r.via).sort()).toEqual(
      [
        'x-ms-capabilities',
        'x-ms-capabilities',
        'x-ms-dynamic-list',
        'x-ms-dynamic-properties',
        'x-ms-dynamic-schema',
        'x-ms-dynamic-tree',
        'x-ms-notification',
      ].sort(),
    );
  });
});

describe('parameters', () => {
  it('adds a query parameter to the end of the list, and a first one as a new list', () => {
    const out = change(DEFINITION, {
      kind: 'add-parameter',
      pointer: '/paths/~1items/get',
      path: '/items',
      parameter: { name: 'filter', in: 'query' },
    });
    expect(out.edits).toBe(1);
    expect(json(out.text).paths['/items'].get.parameters[2]).toEqual({ name: 'filter', in: 'query', required: false, type: 'string' });
    expect(lineDiff(DEFINITION, out.text).removed).toEqual(['          { "$ref": "#/parameters/Folder" }']);
    const first = change(DEFINITION, {
      kind: 'add-parameter',
      pointer: '/paths/~1kinds/get',
      path: '/kinds',
      parameter: { name: 'body', in: 'body' },
    });
    expect(json(first.text).paths['/kinds'].get.parameters).toEqual([
      { name: 'body', in: 'body', required: true, schema: { type: 'object', properties: {} } },
    ]);
  });

  it('refuses a duplicate, a second body, a path parameter missing from the path', () => {
    const add = (parameter: { name: string; in: 'query' | 'body' | 'path' }) => () =>
      change(DEFINITION, { kind: 'add-parameter', pointer: '/paths/~1items/post', path: '/items', parameter });
    expect(add({ name: 'body', in: 'body' })).toThrow(/at most one body/);
    expect(add({ name: 'id', in: 'path' })).toThrow(/Add \{id\} to the path first/);
    expect(() =>
      change(DEFINITION, {
        kind: 'add-parameter',
        pointer: '/paths/~1items/get',
        path: '/items',
        parameter: { name: 'folder', in: 'query' },
      }),
    ).toThrow(/already has the query parameter "folder"/);
  });

  it('removes a parameter, and the list with its last one', () => {
    const out = change(DEFINITION, { kind: 'remove-parameter', pointer: '/paths/~1items/get/parameters/0' });
    expect(json(out.text).paths['/items'].get.parameters).toEqual([{ $ref: '#/parameters/Folder' }]);
    const last = change(DEFINITION, { kind: 'remove-parameter', pointer: '/paths/~1items/post/parameters/0' });
    expect(json(last.text).paths['/items'].post.parameters).toBeUndefined();
  });

  it('changes a type with what comes with it (format, items), in one list of edits', () => {
    const toArray = change(DEFINITION, { kind: 'set-type', pointer: '/paths/~1items/get/parameters/0', type: 'array' });
    expect(json(toArray.text).paths['/items'].get.parameters[0]).toEqual({
      name: 'top',
      in: 'query',
      type: 'array',
      items: { type: 'string' },
    });
    const toNumber = change(DEFINITION, { kind: 'set-type', pointer: '/paths/~1items/get/parameters/0', type: 'number' });
    expect(json(toNumber.text).paths['/items'].get.parameters[0]).toEqual({ name: 'top', in: 'query', type: 'number' });
    // The inline parameter stays on its line.
    expect(lineDiff(DEFINITION, toNumber.text).added).toEqual(['          { "name": "top", "in": "query", "type": "number" },']);
  });

  it('switches the dropdown kind, leaving only what it uses', () => {
    const none = change(DEFINITION, { kind: 'set-dropdown', pointer: '/parameters/Folder', dropdown: 'none' });
    expect(json(none.text).parameters.Folder).toEqual({ name: 'folder', in: 'query', type: 'string' });
    const stat = change(DEFINITION, { kind: 'set-dropdown', pointer: '/parameters/Folder', dropdown: 'static', enum: ['a', 'b'] });
    expect(json(stat.text).parameters.Folder).toEqual({ name: 'folder', in: 'query', type: 'string', enum: ['a', 'b'] });
    const dyn = change(DEFINITION, {
      kind: 'set-dropdown',
      pointer: '/paths/~1items/get/parameters/0',
      dropdown: 'dynamic',
      operationId: 'ListKinds',
    });
    expect(json(dyn.text).paths['/items'].get.parameters[0]['x-ms-dynamic-values']).toEqual({ operationId: 'ListKinds' });
  });

  it('writes x-ms-dynamic-list from x-ms-dynamic-values, and a dropdown of no kind drops both', () => {
    const withParameters = DEFINITION.replace(
      '"x-ms-dynamic-values": { "operationId": "ListKinds", "value-collection": "value" }',
      '"x-ms-dynamic-values": { "operationId": "ListKinds", "value-collection": "value", "value-path": "id", "value-title": "name", "parameters": { "scope": { "parameter": "top" }, "api-version": "2", "depth": { "value": 3 } } }',
    );
    const added = change(withParameters, { kind: 'add-dynamic-list', pointer: '/parameters/Folder' });
    const folder = json(added.text).parameters.Folder;
    expect(folder['x-ms-dynamic-list']).toEqual({
      operationId: 'ListKinds',
      parameters: { scope: { parameterReference: 'top' }, 'api-version': { value: '2' }, depth: { value: 3 } },
      itemsPath: 'value',
      itemValuePath: 'id',
      itemTitlePath: 'name',
    });
    // Added beside the values, which stay as they were.
    expect(folder['x-ms-dynamic-values']).toEqual(json(withParameters).parameters.Folder['x-ms-dynamic-values']);
    expect(lineDiff(withParameters, added.text).removed).toEqual([lineOf(withParameters, '"value-title": "name"')]);
    expect(() => change(added.text, { kind: 'add-dynamic-list', pointer: '/parameters/Folder' })).toThrow(
      'already has an x-ms-dynamic-list',
    );
    expect(() => change(DEFINITION, { kind: 'add-dynamic-list', pointer: '/paths/~1items/get/parameters/0' })).toThrow(
      'Choose the operation that lists the values first.',
    );

    const detail = operationDetail(json(added.text), undefined, '/paths/~1items/get')!;
    const view = detail.parameters.find((x) => x.name === 'folder')!;
    expect(view.dynamicList).toEqual({
      operationId: 'ListKinds',
      parameters: [
        { name: 'scope', source: 'parameter', value: 'top' },
        { name: 'api-version', source: 'value', value: '2' },
        { name: 'depth', source: 'value', value: '3' },
      ],
      itemsPath: 'value',
      itemValuePath: 'id',
      itemTitlePath: 'name',
    });
    expect(view.otherDynamic).not.toContain('x-ms-dynamic-list');

    const none = change(added.text, { kind: 'set-dropdown', pointer: '/parameters/Folder', dropdown: 'none' });
    expect(json(none.text).parameters.Folder).toEqual({ name: 'folder', in: 'query', type: 'string' });
  });

  it('writes x-ms-dynamic-properties from x-ms-dynamic-schema, read through the schema reference', () => {
    const withSchema = DEFINITION.replace(
      '"ItemList": {\n      "type": "object",',
      '"ItemList": {\n      "type": "object",\n      "x-ms-dynamic-schema": { "operationId": "ListKinds", "parameters": { "kind": { "parameter": "top" }, "depth": "2" }, "value-path": "schema" },',
    );
    expect(withSchema).not.toBe(DEFINITION);
    const added = change(withSchema, { kind: 'add-dynamic-properties', schemaPointer: '/definitions/ItemList' });
    expect(json(added.text).definitions.ItemList['x-ms-dynamic-properties']).toEqual({
      operationId: 'ListKinds',
      parameters: { kind: { parameterReference: 'top' }, depth: { value: '2' } },
      itemValuePath: 'schema',
    });
    // Lines added, none changed.
    const diff = lineDiff(withSchema, added.text);
    expect(diff.removed).toEqual([]);
    expect(diff.added.join('\n')).toContain('"x-ms-dynamic-properties"');
    expect(() => change(added.text, { kind: 'add-dynamic-properties', schemaPointer: '/definitions/ItemList' })).toThrow(
      'already has an x-ms-dynamic-properties',
    );
    expect(() => change(DEFINITION, { kind: 'add-dynamic-properties', schemaPointer: '/definitions/Item' })).toThrow(
      'Choose the operation whose answer is the schema first.',
    );
    // The 200 response of ListItems points at ItemList: its detail shows both forms.
    const response = operationDetail(json(added.text), undefined, '/paths/~1items/get')!.responses.find((r) => r.status === '200')!;
    expect(response.dynamicSchema?.operationId).toBe('ListKinds');
    expect(response.dynamicProperties).toEqual({
      operationId: 'ListKinds',
      parameters: [
        { name: 'kind', source: 'parameter', value: 'top' },
        { name: 'depth', source: 'value', value: '2' },
      ],
      itemValuePath: 'schema',
    });
  });

  it("sets and clears a schema property's required flag in its parent's list", () => {
    const schema = '/paths/~1items/post/parameters/0/schema';
    const on = change(DEFINITION, { kind: 'schema-required', schemaPointer: schema, name: 'kind', required: true });
    expect(json(on.text).paths['/items'].post.parameters[0].schema.required).toEqual(['name', 'kind']);
    const off = change(DEFINITION, { kind: 'schema-required', schemaPointer: schema, name: 'name', required: false });
    expect(json(off.text).paths['/items'].post.parameters[0].schema.required).toBeUndefined();
  });
});

describe('responses and samples', () => {
  it('adds a response and refuses a taken or invalid status', () => {
    const out = change(DEFINITION, { kind: 'add-response', pointer: '/paths/~1kinds/get', status: '404', description: 'Not found' });
    expect(json(out.text).paths['/kinds'].get.responses['404']).toEqual({ description: 'Not found' });
    expect(() => change(DEFINITION, { kind: 'add-response', pointer: '/paths/~1kinds/get', status: '200', description: '' })).toThrow(
      /already has a 200/,
    );
    expect(() => change(DEFINITION, { kind: 'add-response', pointer: '/paths/~1kinds/get', status: '99', description: '' })).toThrow(
      /100 to 599/,
    );
  });

  it('imports a response sample as the 200 schema of an existing response, keeping its description', () => {
    const out = change(DEFINITION, {
      kind: 'import-response',
      pointer: '/paths/~1kinds/get',
      sample: { status: 200, headers: 'X-Total: 12\nContent-Type: application/json', body: '{"value":[{"id":"a","count":2}]}' },
    });
    const r = json(out.text).paths['/kinds'].get.responses['200'];
    expect(r.description).toBe('OK');
    expect(r.schema.properties.value.items.properties.count.type).toBe('integer');
    expect(r.headers).toEqual({ 'X-Total': { type: 'integer' } });
  });

  it('imports a request sample: parameters, consumes, and the operation moves to the sample path', () => {
    const out = change(DEFINITION, {
      kind: 'import-request',
      pointer: '/paths/~1kinds/get',
      sample: { verb: 'POST', url: 'https://api.contoso.com/v1/kinds/{group}?top=5', headers: 'X-Trace: abc', body: '{"name":"x"}' },
    });
    const d = json(out.text);
    expect(d.paths['/kinds']).toBeUndefined();
    const op = d.paths['/kinds/{group}'].post;
    expect(op.operationId).toBe('ListKinds');
    expect(op.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`)).toEqual([
      'path:group',
      'query:top',
      'header:X-Trace',
      'body:body',
    ]);
    expect(op.consumes).toEqual(['application/json']);
  });

  it('refuses a sample that is not JSON with the importer message', () => {
    expect(() =>
      change(DEFINITION, { kind: 'import-response', pointer: '/paths/~1kinds/get', sample: { status: 200, headers: '', body: '{nope' } }),
    ).toThrow(/not valid JSON/);
  });
});

describe('views', () => {
  it('reads an operation: own, $ref and shared parameters, responses, schema trees, references', () => {
    const detail = operationDetail(json(DEFINITION), json(PROPERTIES), '/paths/~1items/get')!;
    expect(detail.parameters.map((p) => [p.name, p.editPointer, p.ref ?? ''])).toEqual([
      ['top', '/paths/~1items/get/parameters/0', ''],
      ['folder', '/parameters/Folder', '#/parameters/Folder'],
    ]);
    expect(detail.parameters[1]!.dynamicValues).toMatchObject({ operationId: 'ListKinds', valueCollection: 'value' });
    expect(detail.responses[0]!.schema!.rows.map((r) => r.label)).toEqual(['', 'value', 'value[].id', 'value[].children']);
    // The recursive definition is cut where it repeats.
    expect(detail.responses[0]!.schema!.rows[3]!.cut).toBe('cycle');
    expect(detail.references.properties.map((r) => r.via)).toEqual(['policy template setheader']);
    const kinds = operationDetail(json(DEFINITION), json(PROPERTIES), '/paths/~1kinds/get')!;
    expect(kinds.references.definition).toHaveLength(3);
    expect(kinds.references.properties).toHaveLength(3);
    expect(operationDetail(json(DEFINITION), undefined, '/paths/~1nothing/get')).toBeUndefined();
  });

  it('reads x-ms-dynamic-schema on a body schema (through its $ref) and on a response schema', () => {
    const definition = {
      swagger: '2.0',
      info: { title: 'Rows', version: '1' },
      paths: {
        '/tables/{table}/rows': {
          post: {
            operationId: 'AddRow',
            parameters: [
              { name: 'table', in: 'path', required: true, type: 'string' },
              { name: 'row', in: 'body', schema: { $ref: '#/definitions/Row' } },
            ],
            responses: {
              '200': {
                description: 'OK',
                schema: {
                  type: 'object',
                  'x-ms-dynamic-schema': { operationId: 'GetTableSchema', parameters: { table: { parameter: 'table' }, version: 2 } },
                },
              },
              '404': { description: 'Not found' },
            },
          },
        },
      },
      definitions: {
        Row: {
          type: 'object',
          'x-ms-dynamic-schema': { operationId: 'GetTableSchema', parameters: { table: { parameter: 'table' } }, 'value-path': 'schema' },
        },
      },
    };
    const detail = operationDetail(definition, undefined, '/paths/~1tables~1{table}~1rows/post')!;
    const body = detail.parameters.find((p) => p.in === 'body')!;
    expect(body.schemaPointer).toBe('/definitions/Row');
    expect(body.dynamicSchema).toEqual({
      operationId: 'GetTableSchema',
      parameters: [{ name: 'table', source: 'parameter', value: 'table' }],
      valuePath: 'schema',
    });
    expect(detail.parameters.find((p) => p.in === 'path')!.dynamicSchema).toBeUndefined();
    expect(detail.responses[0]!.dynamicSchema).toEqual({
      operationId: 'GetTableSchema',
      parameters: [
        { name: 'table', source: 'parameter', value: 'table' },
        { name: 'version', source: 'value', value: '2' },
      ],
      valuePath: '',
    });
    expect(detail.responses[1]!.dynamicSchema).toBeUndefined();
  });

  it('says where the path template and the path parameters disagree', () => {
    const def = json(DEFINITION);
    def.paths['/items/{id}'] = { get: { parameters: [{ name: 'other', in: 'path', type: 'string' }], responses: {} } };
    expect(operationDetail(def, undefined, '/paths/~1items~1{id}/get')!.pathProblems).toEqual([
      'The path names {id}, but no path parameter "id" is declared.',
      'The path parameter "other" is not in the path /items/{id}.',
    ]);
  });

  it('lists a body schema with required flags and stops at the row limit', () => {
    const def = json(DEFINITION);
    const tree = schemaTree(def, def.paths['/items'].post.parameters[0].schema, '/paths/~1items/post/parameters/0/schema');
    expect(tree.rows.map((r) => [r.label, r.required, r.summary])).toEqual([
      ['', false, ''],
      ['name', true, 'Name'],
      ['kind', false, ''],
    ]);
    const big = { type: 'object', properties: Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`p${i}`, { type: 'string' }])) };
    const cut = schemaTree({}, big, '/x', 10);
    expect(cut.rows).toHaveLength(10);
    expect(cut.truncated).toBe(true);
  });
});

describe('composeEdits', () => {
  it('maps later steps back to the original text, and spans steps that meet', () => {
    const text = '{\n  "a": 1,\n  "b": 2\n}\n';
    const doc = JsonDocument.parse(text);
    const apart = composeEdits(doc, [(d) => setValueEdits(d, '/a', 10), (d) => setValueEdits(d, '/b', 20)]);
    expect(apart).toHaveLength(2);
    expect(applyEdits(text, apart)).toBe('{\n  "a": 10,\n  "b": 20\n}\n');
    const meeting = composeEdits(doc, [(d) => setValueEdits(d, '/c', 3), (d) => setValueEdits(d, '/d', 4)]);
    expect(meeting).toHaveLength(1);
    expect(applyEdits(text, meeting)).toBe('{\n  "a": 1,\n  "b": 2,\n  "c": 3,\n  "d": 4\n}\n');
  });
});
