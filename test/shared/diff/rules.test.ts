// Each rule on a minimal change of the base connector: exactly the expected findings (rule,
// severity, connector, ValuePath, pointer), located where the pointer is in that connector's file.
import { describe, expect, it } from 'vitest';
import { ALL_DIFF_RULES, type DiffFinding } from '../../../shared/engines/diff';
import { diffChanged, type Json } from './support';

interface Expected {
  code: string;
  severity: DiffFinding['severity'];
  source: DiffFinding['source'];
  valuePath: string;
  pointer: string;
  /** A fragment the message must contain. */
  says?: string;
}

interface Case {
  name: string;
  change: (def: Json, props: Json) => void;
  findings: Expected[];
}

const ITEMS = '/paths/~1items';
const ITEM = '/paths/~1items~1{itemId}';
const e = (
  code: string,
  severity: Expected['severity'],
  source: Expected['source'],
  valuePath: string,
  pointer: string,
  says?: string,
): Expected => ({ code, severity, source, valuePath, pointer, ...(says ? { says } : {}) });

const CASES: Case[] = [
  // Operations
  {
    name: 'an operation deleted',
    change: (d) => delete d.paths['/items/{itemId}'].get,
    findings: [e('OperationRemoved', 'error', 'old', 'operation/GetItem', `${ITEM}/get`, 'was deleted')],
  },
  {
    name: 'an internal operation deleted (a warning)',
    change: (d) => delete d.paths['/folders'],
    findings: [e('OperationRemoved', 'warning', 'old', 'operation/ListFolders', '/paths/~1folders/get', 'it was internal')],
  },
  {
    name: 'an operation renamed: one finding',
    change: (d) => (d.paths['/items/{itemId}'].get.operationId = 'FetchItem'),
    findings: [
      e('OperationIdChanged', 'error', 'new', 'operation/FetchItem', `${ITEM}/get/operationId`, '"GetItem" was renamed to "FetchItem"'),
    ],
  },
  {
    name: 'a path template changed',
    change: (d) => {
      d.paths['/item/{itemId}'] = d.paths['/items/{itemId}'];
      delete d.paths['/items/{itemId}'];
    },
    findings: [
      e(
        'OperationPathChanged',
        'error',
        'new',
        'operation/GetItem',
        '/paths/~1item~1{itemId}',
        'from path "/items/{itemId}" to "/item/{itemId}"',
      ),
    ],
  },
  {
    name: 'a method changed',
    change: (d) => {
      d.paths['/items'].put = d.paths['/items'].post;
      delete d.paths['/items'].post;
    },
    findings: [e('OperationMethodChanged', 'error', 'new', 'operation/CreateItem', `${ITEMS}/put`, 'from POST to PUT')],
  },
  {
    name: 'an operation made internal',
    change: (d) => (d.paths['/items'].get['x-ms-visibility'] = 'internal'),
    findings: [e('VisibilityMadeInternal', 'error', 'new', 'operation/ListItems/x-ms-visibility', `${ITEMS}/get/x-ms-visibility`)],
  },
  {
    name: 'an operation deprecated',
    change: (d) => (d.paths['/items/{itemId}'].get.deprecated = true),
    findings: [e('OperationDeprecated', 'warning', 'new', 'operation/GetItem/deprecated', `${ITEM}/get/deprecated`)],
  },
  {
    name: 'a trigger made batch',
    change: (d) => (d.paths['/hooks'].post['x-ms-trigger'] = 'batch'),
    findings: [
      e(
        'TriggerTypeChanged',
        'error',
        'new',
        'operation/OnItemCreated/x-ms-trigger',
        '/paths/~1hooks/post/x-ms-trigger',
        'from a webhook trigger (single) to a webhook trigger (batch)',
      ),
    ],
  },
  {
    name: 'an operation added',
    change: (d) => (d.paths['/items/{itemId}'].delete = { operationId: 'DeleteItem', responses: { '204': { description: 'Deleted' } } }),
    findings: [e('OperationAdded', 'info', 'new', 'operation/DeleteItem', `${ITEM}/delete`)],
  },
  // Parameters
  {
    name: 'a parameter removed',
    change: (d) => d.paths['/items'].get.parameters.splice(2, 1),
    findings: [
      e(
        'ParameterRemoved',
        'error',
        'old',
        'operation/ListItems/parameter/filter',
        `${ITEMS}/get/parameters/2`,
        'parameter "filter" (query) was removed',
      ),
    ],
  },
  {
    name: 'a parameter moved to a header',
    change: (d) => (d.paths['/items'].get.parameters[2].in = 'header'),
    findings: [
      e(
        'ParameterLocationChanged',
        'error',
        'new',
        'operation/ListItems/parameter/filter/in',
        `${ITEMS}/get/parameters/2/in`,
        'from query to header',
      ),
    ],
  },
  {
    name: 'a required parameter added',
    change: (d) => d.paths['/items'].get.parameters.push({ name: 'tenant', in: 'query', type: 'string', required: true }),
    findings: [e('RequiredParameterAdded', 'error', 'new', 'operation/ListItems/parameter/tenant', `${ITEMS}/get/parameters/4`)],
  },
  {
    name: 'an optional parameter added',
    change: (d) => d.paths['/items'].get.parameters.push({ name: 'search', in: 'query', type: 'string' }),
    findings: [e('ParameterAdded', 'info', 'new', 'operation/ListItems/parameter/search', `${ITEMS}/get/parameters/4`)],
  },
  {
    name: 'a required parameter with a default added (additive)',
    change: (d) =>
      d.paths['/items'].get.parameters.push({ name: 'api-version', in: 'query', type: 'string', required: true, default: '2024-01-01' }),
    findings: [e('ParameterAdded', 'info', 'new', 'operation/ListItems/parameter/api-version', `${ITEMS}/get/parameters/4`)],
  },
  {
    name: 'a parameter made required',
    change: (d) => (d.paths['/items'].get.parameters[2].required = true),
    findings: [
      e('ParameterMadeRequired', 'error', 'new', 'operation/ListItems/parameter/filter/required', `${ITEMS}/get/parameters/2/required`),
    ],
  },
  {
    name: 'a parameter type changed',
    change: (d) => {
      d.paths['/items'].get.parameters[0].type = 'string';
      delete d.paths['/items'].get.parameters[0].format;
    },
    findings: [
      e(
        'ParameterTypeChanged',
        'error',
        'new',
        'operation/ListItems/parameter/top/type',
        `${ITEMS}/get/parameters/0/type`,
        'from integer to string',
      ),
    ],
  },
  {
    name: 'a parameter format changed',
    change: (d) => (d.paths['/items'].get.parameters[0].format = 'int64'),
    findings: [
      e(
        'ParameterFormatChanged',
        'error',
        'new',
        'operation/ListItems/parameter/top/format',
        `${ITEMS}/get/parameters/0/format`,
        'from int32 to int64',
      ),
    ],
  },
  {
    name: 'an enum added to a free input',
    change: (d) => (d.paths['/items'].get.parameters[2].enum = ['a', 'b']),
    findings: [
      e(
        'EnumAddedToInput',
        'error',
        'new',
        'operation/ListItems/parameter/filter/enum',
        `${ITEMS}/get/parameters/2/enum`,
        'now only accepts "a", "b"',
      ),
    ],
  },
  {
    name: 'an enum value removed',
    change: (d) => (d.paths['/items'].get.parameters[1].enum = ['open', 'closed']),
    findings: [
      e(
        'EnumValueRemoved',
        'error',
        'new',
        'operation/ListItems/parameter/status/enum',
        `${ITEMS}/get/parameters/1/enum`,
        'no longer accepts "archived"',
      ),
    ],
  },
  {
    name: 'a default changed',
    change: (d) => (d.paths['/items'].get.parameters[0].default = 20),
    findings: [
      e(
        'DefaultValueChanged',
        'warning',
        'new',
        'operation/ListItems/parameter/top/default',
        `${ITEMS}/get/parameters/0/default`,
        'from 10 to 20',
      ),
    ],
  },
  {
    name: 'dynamic values changed',
    change: (d) => (d.paths['/items'].get.parameters[3]['x-ms-dynamic-values']['value-path'] = 'name'),
    findings: [
      e(
        'DynamicValuesChanged',
        'warning',
        'new',
        'operation/ListItems/parameter/folder/x-ms-dynamic-values',
        `${ITEMS}/get/parameters/3/x-ms-dynamic-values`,
      ),
    ],
  },
  {
    name: 'a parameter made internal',
    change: (d) => Object.assign(d.paths['/items'].get.parameters[2], { 'x-ms-visibility': 'internal', default: 'all' }),
    findings: [
      e(
        'VisibilityMadeInternal',
        'error',
        'new',
        'operation/ListItems/parameter/filter/x-ms-visibility',
        `${ITEMS}/get/parameters/2/x-ms-visibility`,
      ),
    ],
  },
  {
    name: 'a $ref parameter changed where it is defined',
    change: (d) => (d.parameters.ItemId.type = 'integer'),
    findings: [e('ParameterTypeChanged', 'error', 'new', 'operation/GetItem/parameter/itemId/type', '/parameters/ItemId/type')],
  },
  // Body fields
  {
    name: 'a body field made required',
    change: (d) => d.definitions.NewItem.required.push('note'),
    findings: [
      e(
        'ParameterMadeRequired',
        'error',
        'new',
        'operation/CreateItem/parameter/body/schema/note/required',
        '/definitions/NewItem/properties/note',
        'body field "note" of parameter "body" is now required',
      ),
    ],
  },
  {
    name: 'a required body field added',
    change: (d) => {
      d.definitions.NewItem.properties.category = { type: 'string' };
      d.definitions.NewItem.required.push('category');
    },
    findings: [
      e(
        'RequiredParameterAdded',
        'error',
        'new',
        'operation/CreateItem/parameter/body/schema/category',
        '/definitions/NewItem/properties/category',
      ),
    ],
  },
  {
    name: 'a body field removed',
    change: (d) => delete d.definitions.NewItem.properties.note,
    findings: [
      e('ParameterRemoved', 'error', 'old', 'operation/CreateItem/parameter/body/schema/note', '/definitions/NewItem/properties/note'),
    ],
  },
  {
    name: 'a body field enum value removed',
    change: (d) => (d.definitions.NewItem.properties.priority.enum = ['low']),
    findings: [
      e(
        'EnumValueRemoved',
        'error',
        'new',
        'operation/CreateItem/parameter/body/schema/priority/enum',
        '/definitions/NewItem/properties/priority/enum',
        'no longer accepts "high"',
      ),
    ],
  },
  // Outputs
  {
    name: 'a response schema removed',
    change: (d) => delete d.paths['/items/{itemId}'].get.responses['200'].schema,
    findings: [e('ResponseSchemaRemoved', 'error', 'new', 'operation/GetItem/responses/200/schema', `${ITEM}/get/responses/200`)],
  },
  {
    name: 'the output moved to another status',
    change: (d) => {
      const r = d.paths['/items'].post.responses;
      r['200'] = r['201'];
      delete r['201'];
    },
    findings: [
      e(
        'ResponseStatusChanged',
        'warning',
        'new',
        'operation/CreateItem/responses/200',
        `${ITEMS}/post/responses/200`,
        'from the 201 response to the 200 response',
      ),
    ],
  },
  {
    name: 'an output field deleted (in every operation that returns it)',
    change: (d) => delete d.definitions.Item.properties.name,
    findings: [
      e(
        'ResponsePropertyRemoved',
        'error',
        'old',
        'operation/ListItems/responses/200/schema/value/items/name',
        '/definitions/Item/properties/name',
      ),
      e('ResponsePropertyRemoved', 'error', 'old', 'operation/CreateItem/responses/201/schema/name', '/definitions/Item/properties/name'),
      e('ResponsePropertyRemoved', 'error', 'old', 'operation/GetItem/responses/200/schema/name', '/definitions/Item/properties/name'),
      e(
        'ResponsePropertyRemoved',
        'error',
        'old',
        'operation/OnItemCreated/x-ms-notification-content/schema/name',
        '/definitions/Item/properties/name',
      ),
    ],
  },
  {
    name: 'an output field type changed',
    change: (d) => {
      const list = d.paths['/items'].get.responses['200'].schema.properties;
      list.nextLink.type = 'object';
    },
    findings: [
      e(
        'ResponsePropertyTypeChanged',
        'error',
        'new',
        'operation/ListItems/responses/200/schema/nextLink/type',
        `${ITEMS}/get/responses/200/schema/properties/nextLink/type`,
        'output field "nextLink" of the 200 response changed type from string to object',
      ),
    ],
  },
  {
    name: 'an output field format changed',
    change: (d) => {
      d.paths['/folders'].get.responses['200'].schema.items.properties.id.format = 'uuid';
    },
    findings: [
      e(
        'ResponsePropertyFormatChanged',
        'error',
        'new',
        'operation/ListFolders/responses/200/schema/items/id/format',
        '/paths/~1folders/get/responses/200/schema/items/properties/id/format',
      ),
    ],
  },
  {
    name: 'an output field type changed through allOf',
    change: (d) => (d.paths['/folders'].get.responses['200'].schema = { type: 'object', properties: { value: { type: 'array' } } }),
    findings: [
      e(
        'ResponsePropertyTypeChanged',
        'error',
        'new',
        'operation/ListFolders/responses/200/schema/type',
        '/paths/~1folders/get/responses/200/schema/type',
        'the body of the 200 response changed type from array to object',
      ),
    ],
  },
  {
    name: 'an output field made internal',
    change: (d) => (d.paths['/items'].get.responses['200'].schema.properties.nextLink['x-ms-visibility'] = 'internal'),
    findings: [
      e(
        'VisibilityMadeInternal',
        'error',
        'new',
        'operation/ListItems/responses/200/schema/nextLink/x-ms-visibility',
        `${ITEMS}/get/responses/200/schema/properties/nextLink/x-ms-visibility`,
      ),
    ],
  },
  {
    name: 'an output field added',
    change: (d) => (d.paths['/items'].get.responses['200'].schema.properties.count = { type: 'integer' }),
    findings: [
      e(
        'ResponsePropertyAdded',
        'info',
        'new',
        'operation/ListItems/responses/200/schema/count',
        `${ITEMS}/get/responses/200/schema/properties/count`,
      ),
    ],
  },
  // Connection
  {
    name: 'the authentication type changed',
    change: (d) => (d.securityDefinitions = { api_key: { type: 'apiKey', in: 'header', name: 'X-Api-Key' } }),
    findings: [
      e(
        'AuthenticationTypeChanged',
        'error',
        'new',
        '/securityDefinitions/api_key',
        '/securityDefinitions/api_key',
        'from OAuth 2.0 to an API key',
      ),
    ],
  },
  {
    name: 'the identity provider changed',
    change: (_d, p) => (p.properties.connectionParameters.token.oAuthSettings.identityProvider = 'aad'),
    findings: [
      e(
        'AuthenticationTypeChanged',
        'error',
        'new',
        '/properties/connectionParameters/token/oAuthSettings/identityProvider',
        '/properties/connectionParameters/token/oAuthSettings/identityProvider',
      ),
    ],
  },
  {
    name: 'a required connection parameter added',
    change: (_d, p) =>
      (p.properties.connectionParameters.site = {
        type: 'string',
        uiDefinition: { displayName: 'Site', constraints: { required: 'true' } },
      }),
    findings: [
      e('ConnectionParameterAdded', 'error', 'new', '/properties/connectionParameters/site', '/properties/connectionParameters/site'),
    ],
  },
  {
    name: 'an optional connection parameter added (additive)',
    change: (_d, p) =>
      (p.properties.connectionParameters.site = {
        type: 'string',
        uiDefinition: { displayName: 'Site', constraints: { required: 'false' } },
      }),
    findings: [
      e('ConnectionParameterAdded', 'info', 'new', '/properties/connectionParameters/site', '/properties/connectionParameters/site'),
    ],
  },
  {
    name: 'a connection parameter removed',
    change: (_d, p) => delete p.properties.connectionParameters.region,
    findings: [
      e(
        'ConnectionParameterRemoved',
        'warning',
        'old',
        '/properties/connectionParameters/region',
        '/properties/connectionParameters/region',
      ),
    ],
  },
  {
    name: 'a connection parameter type changed',
    change: (_d, p) => (p.properties.connectionParameters.region.type = 'securestring'),
    findings: [
      e(
        'ConnectionParameterTypeChanged',
        'error',
        'new',
        '/properties/connectionParameters/region/type',
        '/properties/connectionParameters/region/type',
      ),
    ],
  },
  {
    name: 'a connection parameter made required',
    change: (_d, p) => (p.properties.connectionParameters.region.uiDefinition.constraints.required = 'true'),
    findings: [
      e(
        'ConnectionParameterMadeRequired',
        'error',
        'new',
        '/properties/connectionParameters/region/uiDefinition/constraints/required',
        '/properties/connectionParameters/region/uiDefinition/constraints/required',
      ),
    ],
  },
  {
    name: 'new OAuth scopes',
    change: (d, p) => {
      p.properties.connectionParameters.token.oAuthSettings.scopes.push('items.write');
      d.securityDefinitions.oauth.scopes['items.write'] = 'Write items';
    },
    findings: [
      e(
        'OAuthSettingsChanged',
        'warning',
        'new',
        '/securityDefinitions/oauth/scopes',
        '/securityDefinitions/oauth/scopes',
        '"items.write"',
      ),
      e(
        'OAuthSettingsChanged',
        'warning',
        'new',
        '/properties/connectionParameters/token/oAuthSettings/scopes',
        '/properties/connectionParameters/token/oAuthSettings/scopes',
      ),
    ],
  },
  {
    name: 'the token URL changed',
    change: (d) => (d.securityDefinitions.oauth.tokenUrl = 'https://login.contoso.com/v2/token'),
    findings: [e('OAuthSettingsChanged', 'warning', 'new', '/securityDefinitions/oauth/tokenUrl', '/securityDefinitions/oauth/tokenUrl')],
  },
  // Endpoint
  {
    name: 'the host changed',
    change: (d) => (d.host = 'api.contoso.net'),
    findings: [e('HostChanged', 'warning', 'new', '/host', '/host', 'from "api.contoso.com" to "api.contoso.net"')],
  },
  {
    name: 'the base path changed',
    change: (d) => (d.basePath = '/v2'),
    findings: [e('BasePathChanged', 'warning', 'new', '/basePath', '/basePath')],
  },
];

describe('diff rules on minimal changes', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const { result, old, new: changed } = diffChanged(c.change);
      const got = result.findings.map((f) => ({
        code: f.code,
        severity: f.severity,
        source: f.source,
        valuePath: f.valuePath,
        pointer: f.pointer,
      }));
      expect(got).toEqual(expect.arrayContaining(c.findings.map(({ says: _, ...x }) => x)));
      expect(got).toHaveLength(c.findings.length);
      for (const x of c.findings) {
        const f = result.findings.find((d) => d.code === x.code && d.valuePath === x.valuePath)!;
        if (x.says) expect(f.message).toContain(x.says);
        expect(f.message).not.toMatch(/[\r\n]/);
        // Located at the pointer (its value or its key) in the file of the connector it names.
        const file = f.file === 'apiProperties.json' ? 'properties' : 'definition';
        const doc = (f.source === 'old' ? old : changed).files[file]!.doc!;
        const places = [doc.rangeOf(f.pointer), doc.keyRangeOf(f.pointer)]
          .filter((r) => r !== undefined)
          .map((r) => doc.lines.position(r.offset));
        expect(places.length, `${f.pointer} exists in the ${f.source} ${f.file}`).toBeGreaterThan(0);
        expect(places.map((p) => `${p.line}:${p.column}`)).toContain(`${f.line}:${f.column}`);
        if (f.source === 'old') expect(f.message).toContain('old connector');
      }
      expect(result.errors).toBe(result.findings.filter((f) => f.severity === 'error').length);
    });
  }

  it('has a case for every rule', () => {
    const covered = new Set(CASES.flatMap((c) => c.findings.map((f) => f.code)));
    expect(ALL_DIFF_RULES.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });
});
