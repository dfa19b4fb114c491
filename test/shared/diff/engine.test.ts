// How the diff pairs operations and walks schemas: renames against moves, duplicate and missing
// ids, recursive schemas, hostile names, tolerant JSON, a connector without apiProperties.json.
import { describe, expect, it } from 'vitest';
import { diffConnectors } from '../../../shared/engines/diff';
import { baseDefinition, baseProperties, diffChanged, load, type Json } from './support';

const codes = (r: { findings: { code: string; valuePath: string }[] }) => r.findings.map((f) => `${f.code} ${f.valuePath}`);

describe('pairing operations', () => {
  it('an id moved to another path while another operation takes the old route is a move, not a rename', () => {
    const { result } = diffChanged((d) => {
      d.paths['/items/{itemId}/details'] = { get: d.paths['/items/{itemId}'].get };
      d.paths['/items/{itemId}'] = {
        get: {
          operationId: 'GetItemV2',
          parameters: [{ $ref: '#/parameters/ItemId' }],
          responses: { '200': { description: 'The item', schema: { $ref: '#/definitions/Item' } } },
        },
      };
    });
    // In text order: the new GetItemV2 comes first in the file.
    expect(codes(result)).toEqual(['OperationAdded operation/GetItemV2', 'OperationPathChanged operation/GetItem']);
  });

  it('a rename whose path parameter was renamed too still pairs by route', () => {
    const { result } = diffChanged((d) => {
      d.paths['/items/{id}'] = {
        get: {
          ...d.paths['/items/{itemId}'].get,
          operationId: 'FetchItem',
          parameters: [{ name: 'id', in: 'path', type: 'string', required: true }],
        },
      };
      delete d.paths['/items/{itemId}'];
    });
    expect(codes(result)).toEqual([
      'OperationPathChanged operation/FetchItem',
      'OperationIdChanged operation/FetchItem',
      'RequiredParameterAdded operation/FetchItem/parameter/id',
      'ParameterRemoved operation/GetItem/parameter/itemId',
    ]);
  });

  it('duplicate operation ids pair in order; an operation without an id pairs by route', () => {
    const def = (): Json => {
      const d = baseDefinition();
      d.paths['/other'] = {
        get: { operationId: 'ListItems', responses: { '200': { description: 'OK' } } },
        put: { responses: { '200': { description: 'OK' } } },
      };
      return d;
    };
    expect(diffConnectors(load({ definition: def() }), load({ definition: def() })).findings).toEqual([]);
    const removed = def();
    delete removed.paths['/other'].put;
    const r = diffConnectors(load({ definition: def() }), load({ definition: removed }));
    // Without an id, the ValuePath is the JSON pointer.
    expect(codes(r)).toEqual(['OperationRemoved /paths/~1other/put']);
    expect(r.findings[0]!.message).toContain('Operation PUT "/other"');
  });
});

describe('schemas', () => {
  it('a recursive schema: a change is reported once per operation, at the shortest path', () => {
    const { result } = diffChanged((d) => (d.definitions.Item.properties.id.type = 'integer'));
    expect(codes(result)).toEqual([
      'ResponsePropertyTypeChanged operation/CreateItem/responses/201/schema/id/type',
      'ResponsePropertyTypeChanged operation/GetItem/responses/200/schema/id/type',
      'ResponsePropertyTypeChanged operation/ListItems/responses/200/schema/value/items/id/type',
      'ResponsePropertyTypeChanged operation/OnItemCreated/x-ms-notification-content/schema/id/type',
    ]);
  });

  it('mutually recursive definitions end, and a change below the cycle is found', () => {
    const def = (): Json => {
      const d = baseDefinition();
      d.definitions.A = { type: 'object', properties: { b: { $ref: '#/definitions/B' }, x: { type: 'string' } } };
      d.definitions.B = { type: 'object', properties: { a: { $ref: '#/definitions/A' }, y: { type: 'string' } } };
      d.definitions.Self = { $ref: '#/definitions/Self' };
      d.paths['/a'] = {
        get: { operationId: 'GetA', responses: { '200': { description: 'A', schema: { $ref: '#/definitions/A' } } } },
        post: { operationId: 'PostSelf', responses: { '200': { description: 'S', schema: { $ref: '#/definitions/Self' } } } },
      };
      return d;
    };
    const changed = def();
    changed.definitions.B.properties.y.format = 'uri';
    expect(codes(diffConnectors(load({ definition: def() }), load({ definition: def() })))).toEqual([]);
    expect(codes(diffConnectors(load({ definition: def() }), load({ definition: changed })))).toEqual([
      'ResponsePropertyFormatChanged operation/GetA/responses/200/schema/b/y/format',
    ]);
  });

  it('a dynamic schema is not compared field by field', () => {
    const { result } = diffChanged((d) => {
      d.paths['/items'].get.responses['200'].schema = { 'x-ms-dynamic-schema': { operationId: 'ListFolders', 'value-path': 'schema' } };
    });
    expect(result.findings).toEqual([]);
  });

  it('a hidden body field may go; a read-only one too', () => {
    const def = (): Json => {
      const d = baseDefinition();
      d.definitions.NewItem.properties.secretSauce = { type: 'string', 'x-ms-visibility': 'internal', default: 'x' };
      d.definitions.NewItem.properties.etag = { type: 'string', readOnly: true };
      return d;
    };
    const changed = def();
    delete changed.definitions.NewItem.properties.secretSauce;
    delete changed.definitions.NewItem.properties.etag;
    expect(diffConnectors(load({ definition: def() }), load({ definition: changed })).findings).toEqual([]);
  });
});

describe('hostile and imperfect input', () => {
  it('a removed operation with a line break and quotes in its id: one message line, the id quoted', () => {
    const def = (): Json => {
      const d = baseDefinition();
      d.paths['/x'] = { get: { operationId: 'Bad\nId "x"', responses: { '200': { description: 'OK' } } } };
      return d;
    };
    const changed = def();
    delete changed.paths['/x'];
    const [f] = diffConnectors(load({ definition: def() }), load({ definition: changed })).findings;
    expect(f!.message).not.toMatch(/\n/);
    expect(f!.message).toContain('Operation "Bad\\nId \\"x\\""');
  });

  it('a definition that is not strict JSON (comments, trailing commas) is located through its syntax tree', () => {
    const text = JSON.stringify(baseDefinition(), null, 4);
    const changedText = text
      .replace('"host": "api.contoso.com",', '// moved\n    "host": "api.contoso.net",')
      .replace('"schemes": [\n        "https"\n    ],', '"schemes": [\n        "https",\n    ],');
    const changed = load({ definition: changedText });
    expect(changed.files.definition!.doc!.isStrict).toBe(false);
    const [f] = diffConnectors(load({ definition: text }), changed).findings;
    const lineOfHost = changedText.split('\n').findIndex((l) => l.includes('"api.contoso.net"')) + 1;
    expect(f).toMatchObject({ code: 'HostChanged', line: lineOfHost, column: 13 });
  });

  it('a connector that gains apiProperties.json and OAuth: the new connection parameters are located in it', () => {
    const plain = baseDefinition();
    delete plain.securityDefinitions;
    const r = diffConnectors(load({ definition: plain }), load({ definition: baseDefinition(), properties: baseProperties() }));
    expect(r.findings.map((f) => `${f.code} ${f.severity} ${f.file}`)).toEqual([
      'AuthenticationTypeChanged error apiDefinition.swagger.json',
      'ConnectionParameterAdded info apiProperties.json',
      'ConnectionParameterAdded info apiProperties.json',
    ]);
    expect(r.findings[0]!.message).toContain('from no authentication to OAuth 2.0');
  });

  it('an unresolved $ref and a definition that is not an object do not throw', () => {
    const broken = baseDefinition();
    broken.paths['/items/{itemId}'].get.responses['200'].schema = { $ref: '#/definitions/Nope' };
    broken.paths['/items'].get.parameters.push({ $ref: '#/parameters/Nope' });
    expect(() => diffConnectors(load({ definition: baseDefinition() }), load({ definition: broken }))).not.toThrow();
    expect(() => diffConnectors(load({ definition: '[1, 2]' }), load({ definition: baseDefinition() }))).not.toThrow();
    expect(
      diffConnectors(load({ definition: baseDefinition() }), load({ definition: '"text"' })).findings.filter(
        (f) => f.code === 'OperationRemoved',
      ),
    ).toHaveLength(5);
  });
});
