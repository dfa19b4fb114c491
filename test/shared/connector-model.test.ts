// The connector model over small hand-written Swagger 2.0 definitions and apiProperties values:
// operation kinds, parameter merging and references, responses, pointers, security, connection
// parameters, policies, script operations, and hostile input.
import { describe, expect, it } from 'vitest';
import { buildConnectorModel, countOperations, type ConnectorModel, type OperationView } from '../../shared/core/model';
import { valueAt } from '../../shared/core/text/json-pointer';

function op(model: ConnectorModel, operationId: string): OperationView {
  const found = model.operations.find((o) => o.operationId === operationId);
  if (!found) throw new Error(`no operation ${operationId} in ${model.operations.map((o) => o.operationId).join(', ')}`);
  return found;
}

const EMPTY_COUNTS = { total: 0, actions: 0, webhookTriggers: 0, pollingTriggers: 0, deprecated: 0, internal: 0 };

describe('operation kinds', () => {
  const definition = {
    swagger: '2.0',
    info: { title: 'Kinds', version: '1.0', description: 'Operation kinds.' },
    host: 'api.example.com',
    basePath: '/v1',
    schemes: ['https'],
    paths: {
      '/items': {
        get: { operationId: 'ListItems', summary: 'List items', responses: { '200': { description: 'OK' } } },
        post: { operationId: 'CreateItem', deprecated: true, responses: { '201': { description: 'Created' } } },
      },
      // Webhook detected by the path item's x-ms-notification-content.
      '/hooks/content': {
        'x-ms-notification-content': { description: 'payload', schema: { $ref: '#/definitions/Event' } },
        post: {
          operationId: 'OnEventByContent',
          'x-ms-trigger': 'single',
          parameters: [{ name: 'body', in: 'body', schema: { type: 'object', properties: { url: { type: 'string' } } } }],
          responses: { '201': { description: 'Created' } },
        },
      },
      // Webhook detected by a body property marked x-ms-notification-url (inline schema).
      '/hooks/url': {
        post: {
          operationId: 'OnEventByUrl',
          'x-ms-trigger': 'batch',
          parameters: [
            {
              name: 'body',
              in: 'body',
              schema: { type: 'object', properties: { callback: { type: 'string', 'x-ms-notification-url': true } } },
            },
          ],
          responses: { '201': { description: 'Created' } },
        },
      },
      // Webhook detected through a referenced body schema, with the flag written as the string "true".
      '/hooks/ref': {
        post: {
          operationId: 'OnEventByRefSchema',
          'x-ms-trigger': 'single',
          parameters: [{ name: 'body', in: 'body', schema: { $ref: '#/definitions/Subscription' } }],
          responses: { '201': { description: 'Created' } },
        },
      },
      // Polling: a trigger with neither notification content nor a notification URL.
      '/changes': {
        get: {
          operationId: 'OnNewItem',
          'x-ms-trigger': 'batch',
          'x-ms-trigger-metadata': { kind: 'query', mode: 'polling' },
          parameters: [
            // A body property without the flag, or with it false, does not make a webhook.
            {
              name: 'body',
              in: 'body',
              schema: { type: 'object', properties: { url: { type: 'string', 'x-ms-notification-url': false } } },
            },
          ],
          responses: { '200': { description: 'OK' } },
        },
      },
      // x-ms-notification-url on a query parameter (not a body schema property) does not count.
      '/changes2': {
        get: {
          operationId: 'OnNewItemQuery',
          'x-ms-trigger': 'single',
          parameters: [{ name: 'callback', in: 'query', type: 'string', 'x-ms-notification-url': true }],
          responses: { '200': { description: 'OK' } },
        },
      },
      // Notification content without x-ms-trigger is still an action.
      '/not-a-trigger': {
        'x-ms-notification-content': { schema: { type: 'object' } },
        post: { operationId: 'PlainPost', responses: { '200': { description: 'OK' } } },
      },
      'x-ignored-extension': { get: { operationId: 'NotAnOperation' } },
    },
    definitions: {
      Event: { type: 'object', properties: { id: { type: 'string' } } },
      Subscription: { type: 'object', properties: { notificationUrl: { type: 'string', 'x-ms-notification-url': 'true' } } },
    },
  };
  const model = buildConnectorModel(definition);

  it('reads the root fields', () => {
    expect(model.swaggerVersion).toBe('2.0');
    expect(model.title).toBe('Kinds');
    expect(model.version).toBe('1.0');
    expect(model.description).toBe('Operation kinds.');
    expect(model.host).toBe('api.example.com');
    expect(model.basePath).toBe('/v1');
    expect(model.schemes).toEqual(['https']);
  });

  it('classifies actions, webhook triggers (both detections) and polling triggers', () => {
    const kinds = Object.fromEntries(model.operations.map((o) => [o.operationId, o.kind]));
    expect(kinds).toEqual({
      ListItems: 'action',
      CreateItem: 'action',
      OnEventByContent: 'webhook-trigger',
      OnEventByUrl: 'webhook-trigger',
      OnEventByRefSchema: 'webhook-trigger',
      OnNewItem: 'polling-trigger',
      OnNewItemQuery: 'polling-trigger',
      PlainPost: 'action',
    });
    expect(op(model, 'OnEventByUrl').trigger).toBe('batch');
    expect(op(model, 'OnEventByContent').trigger).toBe('single');
    expect(op(model, 'ListItems').trigger).toBeUndefined();
  });

  it('keeps the webhook payload schema with its pointer, only for webhook triggers', () => {
    const content = op(model, 'OnEventByContent').notificationContent;
    expect(content).toMatchObject({
      pointer: '/paths/~1hooks~1content/x-ms-notification-content/schema',
      ref: '#/definitions/Event',
      resolvedPointer: '/definitions/Event',
      type: 'object',
    });
    expect(op(model, 'PlainPost').notificationContent).toBeUndefined();
    expect(op(model, 'OnEventByUrl').notificationContent).toBeUndefined();
  });

  it('ignores x- keys under paths', () => {
    expect(model.operations.some((o) => o.operationId === 'NotAnOperation')).toBe(false);
    expect(model.operations).toHaveLength(8);
  });

  it('counts operations by kind', () => {
    expect(countOperations(model)).toEqual({ total: 8, actions: 3, webhookTriggers: 3, pollingTriggers: 2, deprecated: 1, internal: 0 });
  });

  it('lists operations in path order, then method order', () => {
    expect(model.operations.slice(0, 2).map((o) => `${o.method} ${o.path}`)).toEqual(['get /items', 'post /items']);
    expect(op(model, 'CreateItem').deprecated).toBe(true);
    expect(op(model, 'ListItems').deprecated).toBe(false);
  });
});

describe('parameters', () => {
  const definition = {
    swagger: '2.0',
    info: { title: 'Params', version: '1' },
    paths: {
      '/items/{id}': {
        parameters: [
          { name: 'id', in: 'path', required: true, type: 'string', description: 'from the path item' },
          { name: 'filter', in: 'query', type: 'string', description: 'path item filter' },
          // Same name, other location: not overridden.
          { name: 'id', in: 'header', type: 'string' },
        ],
        get: {
          operationId: 'GetItem',
          parameters: [
            {
              name: 'filter',
              in: 'query',
              type: 'integer',
              format: 'int32',
              description: 'operation filter',
              'x-ms-summary': 'Filter',
              'x-ms-visibility': 'advanced',
            },
            { $ref: '#/parameters/limit' },
            { $ref: '#/parameters/missing' },
            { $ref: '#/parameters/a' },
            { $ref: '#/parameters/with~1slash' },
            { name: 'body', in: 'body', required: true, schema: { $ref: '#/definitions/Item' } },
          ],
          responses: {
            '200': { description: 'OK', schema: { $ref: '#/definitions/Item' } },
            '404': { $ref: '#/responses/NotFound' },
            '410': { $ref: '#/responses/Gone' },
            default: { description: 'Error' },
            'x-ms-extension': { description: 'not a response' },
          },
        },
        put: {
          operationId: 'PutItem',
          // Overrides the path-item "id" in path by name and location, via a $ref.
          parameters: [{ $ref: '#/parameters/itemId' }],
          responses: {},
        },
      },
    },
    parameters: {
      limit: {
        name: 'limit',
        in: 'query',
        type: 'integer',
        default: 10,
        enum: [10, 50, 100],
        'x-ms-visibility': 'important',
        'x-ms-dynamic-values': { operationId: 'ListLimits' },
      },
      itemId: { name: 'id', in: 'path', required: true, type: 'string', description: 'from #/parameters' },
      // A cycle: a -> b -> a.
      a: { $ref: '#/parameters/b' },
      b: { $ref: '#/parameters/a' },
      'with/slash': { name: 'slashed', in: 'header', type: 'string', 'x-ms-dynamic-list': { operationId: 'X' } },
    },
    responses: {
      NotFound: { description: 'Not found', schema: { $ref: '#/definitions/Error' } },
    },
    definitions: {
      Item: { type: 'object', properties: { id: { type: 'string' } } },
      Error: { properties: { message: { type: 'string' } } },
    },
  };
  const model = buildConnectorModel(definition);
  const get = op(model, 'GetItem');

  it('merges path-item parameters with the operation own, the operation winning by name and location', () => {
    expect(get.parameters.map((p) => `${p.in}:${p.name}:${p.fromPathItem}`)).toEqual([
      'path:id:true',
      'header:id:true',
      'query:filter:false',
      'query:limit:false',
      '::false',
      '::false',
      'header:slashed:false',
      'body:body:false',
    ]);
    const filter = get.parameters.find((p) => p.name === 'filter')!;
    expect(filter).toMatchObject({
      pointer: '/paths/~1items~1{id}/get/parameters/0',
      resolved: true,
      type: 'integer',
      format: 'int32',
      description: 'operation filter',
      summary: 'Filter',
      visibility: 'advanced',
      required: false,
      fromPathItem: false,
    });
    const pathId = get.parameters.find((p) => p.name === 'id' && p.in === 'path')!;
    expect(pathId).toMatchObject({ pointer: '/paths/~1items~1{id}/parameters/0', required: true, fromPathItem: true });
    expect(get.parameters.find((p) => p.name === 'id' && p.in === 'header')!.pointer).toBe('/paths/~1items~1{id}/parameters/2');
  });

  it('overrides a path-item parameter with a $ref operation parameter of the same name and location', () => {
    const put = op(model, 'PutItem');
    expect(put.parameters.map((p) => `${p.in}:${p.name}:${p.fromPathItem}`)).toEqual([
      'query:filter:true',
      'header:id:true',
      'path:id:false',
    ]);
    const id = put.parameters.find((p) => p.in === 'path')!;
    expect(id).toMatchObject({
      pointer: '/paths/~1items~1{id}/put/parameters/0',
      ref: '#/parameters/itemId',
      resolvedPointer: '/parameters/itemId',
      description: 'from #/parameters',
    });
  });

  it('resolves a $ref parameter to #/parameters', () => {
    const limit = get.parameters.find((p) => p.name === 'limit')!;
    expect(limit).toMatchObject({
      pointer: '/paths/~1items~1{id}/get/parameters/1',
      ref: '#/parameters/limit',
      resolvedPointer: '/parameters/limit',
      resolved: true,
      in: 'query',
      type: 'integer',
      default: 10,
      enum: [10, 50, 100],
      visibility: 'important',
      dynamicValues: { operationId: 'ListLimits' },
    });
    expect(valueAt(definition, limit.resolvedPointer!)).toBe(definition.parameters.limit);
  });

  it('resolves a $ref whose name holds an escaped "/"', () => {
    const slashed = get.parameters[6]!;
    expect(slashed).toMatchObject({
      ref: '#/parameters/with~1slash',
      resolvedPointer: '/parameters/with~1slash',
      resolved: true,
      name: 'slashed',
      dynamicList: { operationId: 'X' },
    });
  });

  it('marks a dangling $ref and a cyclic $ref chain as unresolved, with empty fields', () => {
    for (const [i, ref] of [
      [4, '#/parameters/missing'],
      [5, '#/parameters/a'],
    ] as const) {
      const p = get.parameters.find((x) => x.pointer === `/paths/~1items~1{id}/get/parameters/${i - 2}`)!;
      expect(p, ref).toBeDefined();
      expect(p.ref).toBe(ref);
      expect(p.resolved).toBe(false);
      expect(p.resolvedPointer).toBeUndefined();
      expect(p.name).toBe('');
      expect(p.in).toBe('');
      expect(p.required).toBe(false);
      expect(p.visibility).toBe('none');
      expect(p.type).toBeUndefined();
    }
  });

  it('gives a parameter without default an undefined default, and keeps a falsy default', () => {
    const filter = get.parameters.find((p) => p.name === 'filter')!;
    expect(filter.default).toBeUndefined();
    const m = buildConnectorModel({
      paths: { '/x': { get: { operationId: 'X', parameters: [{ name: 'n', in: 'query', type: 'integer', default: 0 }] } } },
    });
    expect(m.operations[0]!.parameters[0]).toHaveProperty('default', 0);
  });

  it('reads the body parameter schema and its reference', () => {
    const body = get.parameters.find((p) => p.in === 'body')!;
    expect(body.schema).toMatchObject({
      pointer: '/paths/~1items~1{id}/get/parameters/5/schema',
      ref: '#/definitions/Item',
      resolvedPointer: '/definitions/Item',
      type: 'object',
    });
    expect(body.required).toBe(true);
  });

  it('reads responses, following $ref to #/responses and schema references', () => {
    expect(get.responses.map((r) => r.status)).toEqual(['200', '404', '410', 'default']);
    const [ok, notFound, gone, def] = get.responses;
    expect(ok).toMatchObject({
      pointer: '/paths/~1items~1{id}/get/responses/200',
      description: 'OK',
      schema: {
        pointer: '/paths/~1items~1{id}/get/responses/200/schema',
        ref: '#/definitions/Item',
        resolvedPointer: '/definitions/Item',
        type: 'object',
      },
    });
    expect(ok!.ref).toBeUndefined();
    expect(notFound).toMatchObject({
      pointer: '/paths/~1items~1{id}/get/responses/404',
      ref: '#/responses/NotFound',
      resolvedPointer: '/responses/NotFound',
      description: 'Not found',
      // The schema is that of the referenced response, so its pointer is there too.
      schema: { pointer: '/responses/NotFound/schema', ref: '#/definitions/Error', resolvedPointer: '/definitions/Error', type: 'object' },
    });
    expect(gone).toMatchObject({ ref: '#/responses/Gone', pointer: '/paths/~1items~1{id}/get/responses/410' });
    expect(gone!.resolvedPointer).toBeUndefined();
    expect(gone!.description).toBeUndefined();
    expect(gone!.schema).toBeUndefined();
    expect(def).toMatchObject({ status: 'default', description: 'Error' });
  });

  it('reads an empty path-item list as none, and keeps path-item parameters the operation does not redeclare', () => {
    const m = buildConnectorModel({
      swagger: '2.0',
      paths: {
        '/a': { parameters: [], get: { operationId: 'A', parameters: [{ name: 'q', in: 'query' }] } },
        '/b': {
          parameters: [
            { name: 'q', in: 'query' },
            { name: 'q', in: 'header' },
          ],
          get: { operationId: 'B', parameters: [{ name: 'q', in: 'query', type: 'integer' }] },
        },
      },
    });
    const list = (id: string) => op(m, id).parameters.map((p) => `${p.in}:${p.name}:${p.fromPathItem}:${p.pointer}`);
    expect(list('A')).toEqual(['query:q:false:/paths/~1a/get/parameters/0']);
    expect(list('B')).toEqual(['header:q:true:/paths/~1b/parameters/1', 'query:q:false:/paths/~1b/get/parameters/0']);
  });
});

describe('visibility', () => {
  const definition = {
    swagger: '2.0',
    paths: {
      '/v': {
        get: { operationId: 'Important', 'x-ms-visibility': 'important' },
        put: { operationId: 'Advanced', 'x-ms-visibility': 'advanced' },
        post: { operationId: 'Internal', 'x-ms-visibility': 'internal' },
        delete: { operationId: 'None', 'x-ms-visibility': 'none' },
        patch: { operationId: 'Unknown', 'x-ms-visibility': 'bogus' },
        head: { operationId: 'Absent' },
        options: { operationId: 'NotAString', 'x-ms-visibility': 1 },
      },
    },
  };
  const model = buildConnectorModel(definition);

  it('maps each value, anything unknown to none', () => {
    expect(Object.fromEntries(model.operations.map((o) => [o.operationId, o.visibility]))).toEqual({
      Important: 'important',
      Advanced: 'advanced',
      Internal: 'internal',
      None: 'none',
      Unknown: 'none',
      Absent: 'none',
      NotAString: 'none',
    });
    expect(countOperations(model).internal).toBe(1);
  });

  it('visits every HTTP method in a fixed order', () => {
    expect(model.operations.map((o) => o.method)).toEqual(['get', 'put', 'post', 'delete', 'options', 'head', 'patch']);
    expect(model.operations.find((o) => o.method === 'head')!.pointer).toBe('/paths/~1v/head');
  });
});

describe('pointers', () => {
  const definition = {
    swagger: '2.0',
    paths: {
      '/a~b/{c}': {
        get: { operationId: 'Tilde', parameters: [{ name: 'c', in: 'path', type: 'string' }], responses: { '200': { description: 'ok' } } },
      },
      '/~1literal': { post: { operationId: 'TildeOne' } },
      '/': { get: { operationId: 'Root' } },
    },
    securityDefinitions: { 'weird/name~x': { type: 'basic' } },
  };
  const model = buildConnectorModel(definition);

  it('escapes "/" as ~1 and "~" as ~0 in every pointer', () => {
    expect(op(model, 'Tilde').pointer).toBe('/paths/~1a~0b~1{c}/get');
    expect(op(model, 'Tilde').parameters[0]!.pointer).toBe('/paths/~1a~0b~1{c}/get/parameters/0');
    expect(op(model, 'Tilde').responses[0]!.pointer).toBe('/paths/~1a~0b~1{c}/get/responses/200');
    expect(op(model, 'TildeOne').pointer).toBe('/paths/~1~01literal/post');
    expect(op(model, 'Root').pointer).toBe('/paths/~1/get');
    expect(model.securityDefinitions[0]!.pointer).toBe('/securityDefinitions/weird~1name~0x');
  });

  it('every pointer leads back to the value it describes', () => {
    for (const o of model.operations) {
      expect(valueAt(definition, o.pointer), o.pointer).toBe(
        (definition.paths as Record<string, Record<string, unknown>>)[o.path]![o.method],
      );
    }
    expect(valueAt(definition, op(model, 'Tilde').parameters[0]!.pointer)).toEqual({ name: 'c', in: 'path', type: 'string' });
    expect(valueAt(definition, model.securityDefinitions[0]!.pointer)).toEqual({ type: 'basic' });
  });
});

describe('security definitions and auth kind', () => {
  const defs = {
    basic: { type: 'basic' },
    apiKey: { type: 'apiKey', in: 'header', name: 'Ocp-Apim-Subscription-Key' },
    oauth: {
      type: 'oauth2',
      flow: 'accessCode',
      authorizationUrl: 'https://login.example.com/authorize',
      tokenUrl: 'https://login.example.com/token',
      scopes: { 'read:items': 'Read', 'write:items': 'Write' },
    },
  };

  it('reads each type with its fields', () => {
    const model = buildConnectorModel({ swagger: '2.0', securityDefinitions: defs });
    expect(model.securityDefinitions).toEqual([
      { pointer: '/securityDefinitions/basic', name: 'basic', type: 'basic', scopes: [] },
      {
        pointer: '/securityDefinitions/apiKey',
        name: 'apiKey',
        type: 'apiKey',
        in: 'header',
        paramName: 'Ocp-Apim-Subscription-Key',
        scopes: [],
      },
      {
        pointer: '/securityDefinitions/oauth',
        name: 'oauth',
        type: 'oauth2',
        flow: 'accessCode',
        authorizationUrl: 'https://login.example.com/authorize',
        tokenUrl: 'https://login.example.com/token',
        scopes: ['read:items', 'write:items'],
      },
    ]);
  });

  it.each([
    ['basic', { b: defs.basic }, 'basic'],
    ['apiKey', { k: defs.apiKey }, 'apiKey'],
    ['oauth2', { o: defs.oauth }, 'oauth2'],
    ['the first of several', { o: defs.oauth, k: defs.apiKey }, 'oauth2'],
    ['the first of several (other order)', { k: defs.apiKey, o: defs.oauth }, 'apiKey'],
    ['an unknown type', { x: { type: 'openIdConnect' } }, 'none'],
    ['an empty object', {}, 'none'],
  ])('auth from %s', (_label, securityDefinitions, auth) => {
    expect(buildConnectorModel({ swagger: '2.0', securityDefinitions }).auth).toBe(auth);
  });

  it('auth is none without security definitions', () => {
    expect(buildConnectorModel({ swagger: '2.0' }).auth).toBe('none');
    expect(buildConnectorModel({ swagger: '2.0', securityDefinitions: [] }).securityDefinitions).toEqual([]);
  });

  it('a security definition that is not an object reads as empty, not a crash', () => {
    const model = buildConnectorModel({ securityDefinitions: { s: 'basic', t: null } });
    expect(model.securityDefinitions.map((s) => [s.name, s.type, s.scopes])).toEqual([
      ['s', '', []],
      ['t', '', []],
    ]);
    expect(model.auth).toBe('none');
  });
});

describe('connection parameters', () => {
  const properties = {
    properties: {
      iconBrandColor: '#112233',
      publisher: 'Contoso',
      stackOwner: 'Contoso Ltd',
      capabilities: ['actions', 7, 'triggers'],
      connectionParameters: {
        api_key: {
          type: 'securestring',
          uiDefinition: { displayName: 'API Key', description: 'The key', constraints: { required: 'true', clearText: false } },
        },
        region: { type: 'string', uiDefinition: { displayName: 'Region', constraints: { required: true, hidden: 'true' } } },
        optional: { type: 'string', uiDefinition: { constraints: { required: 'false', hidden: false } } },
        bare: { type: 'bool' },
        token: {
          type: 'oauthSetting',
          oAuthSettings: { identityProvider: 'aad', clientId: 'id', scopes: ['User.Read', 3], redirectMode: 'GlobalPerConnector' },
        },
        'token:TenantId': { type: 'string', uiDefinition: { constraints: { required: 'false', hidden: 'true' } } },
        broken: 'not an object',
      },
    },
  };
  const model = buildConnectorModel(
    { swagger: '2.0', securityDefinitions: { k: { type: 'apiKey', in: 'query', name: 'key' } } },
    properties,
  );
  const byName = Object.fromEntries(model.connectionParameters.map((p) => [p.name, p]));

  it('reads required and hidden written as strings or booleans', () => {
    expect(byName.api_key).toEqual({
      pointer: '/properties/connectionParameters/api_key',
      name: 'api_key',
      type: 'securestring',
      displayName: 'API Key',
      description: 'The key',
      required: true,
      hidden: false,
    });
    expect(byName.region).toMatchObject({ required: true, hidden: true, displayName: 'Region' });
    expect(byName.optional).toMatchObject({ required: false, hidden: false });
    expect(byName.bare).toMatchObject({ type: 'bool', required: false, hidden: false });
    expect(byName.bare!.displayName).toBeUndefined();
    expect(byName['token:TenantId']).toMatchObject({
      required: false,
      hidden: true,
      pointer: '/properties/connectionParameters/token:TenantId',
    });
    expect(byName.broken).toMatchObject({ type: '', required: false, hidden: false });
  });

  it('reads OAuth settings of oauthSetting parameters', () => {
    expect(byName.token).toMatchObject({
      type: 'oauthSetting',
      identityProvider: 'aad',
      redirectMode: 'GlobalPerConnector',
      scopes: ['User.Read'],
    });
    expect(byName.api_key!.scopes).toBeUndefined();
    expect(byName.api_key!.set).toBeUndefined();
  });

  it('auth follows the first security definition when there are no parameter sets', () => {
    expect(model.auth).toBe('apiKey');
  });

  it('reads the root properties', () => {
    expect(model.iconBrandColor).toBe('#112233');
    expect(model.publisher).toBe('Contoso');
    expect(model.stackOwner).toBe('Contoso Ltd');
    expect(model.capabilities).toEqual(['actions', 'triggers']);
  });

  it('reads connectionParameterSets: each parameter carries its set name, and auth is multiple', () => {
    const multi = buildConnectorModel(
      { swagger: '2.0', securityDefinitions: { oauth: { type: 'oauth2', flow: 'accessCode' } } },
      {
        properties: {
          connectionParameterSets: {
            uiDefinition: { displayName: 'Authentication type', description: 'Pick one' },
            values: [
              {
                name: 'oauth',
                uiDefinition: { displayName: 'OAuth' },
                parameters: { token: { type: 'oauthSetting', oAuthSettings: { identityProvider: 'oauth2', scopes: [] } } },
              },
              {
                name: 'key',
                parameters: {
                  api_key: {
                    type: 'securestring',
                    uiDefinition: { schema: { description: 'Key from the set schema' }, constraints: { required: 'true' } },
                  },
                },
              },
              // No name: the index stands in.
              { parameters: { user: { type: 'string' } } },
              'garbage',
            ],
          },
        },
      },
    );
    expect(multi.auth).toBe('multiple');
    expect(multi.connectionParameters.map((p) => [p.set, p.name, p.pointer])).toEqual([
      ['oauth', 'token', '/properties/connectionParameterSets/values/0/parameters/token'],
      ['key', 'api_key', '/properties/connectionParameterSets/values/1/parameters/api_key'],
      ['2', 'user', '/properties/connectionParameterSets/values/2/parameters/user'],
    ]);
    expect(multi.connectionParameters[1]).toMatchObject({ description: 'Key from the set schema', required: true });
  });
});

describe('policies', () => {
  const definition = {
    swagger: '2.0',
    paths: {
      '/a': { get: { operationId: 'OpA' } },
      '/b': { get: { operationId: 'OpB' } },
      '/c': { get: {} },
    },
  };
  const properties = {
    properties: {
      policyTemplateInstances: [
        {
          templateId: 'SetHeader',
          title: 'Header on A',
          parameters: {
            'x-ms-apimTemplateParameter.name': 'X-Api',
            'x-ms-apimTemplate-policySection': 'Request',
            'x-ms-apimTemplate-operationName': ['OpA', 42],
          },
        },
        { templateId: 'dynamichosturl', parameters: { 'x-ms-apimTemplateParameter.urlTemplate': "https://@connectionParameters('h')" } },
        { templateId: 'RouteRequestToEndpoint', parameters: { 'x-ms-apimTemplate-operationName': 'OpB' } },
        { templateId: 'setqueryparameter', parameters: { 'x-ms-apimTemplate-operationName': [] } },
        'not an object',
      ],
    },
  };
  const model = buildConnectorModel(definition, properties);

  it('lists policy instances with lower-cased template ids and the operations they name', () => {
    expect(model.policies.map((p) => [p.templateId, p.operations, p.pointer])).toEqual([
      ['setheader', ['OpA'], '/properties/policyTemplateInstances/0'],
      ['dynamichosturl', [], '/properties/policyTemplateInstances/1'],
      ['routerequesttoendpoint', ['OpB'], '/properties/policyTemplateInstances/2'],
      ['setqueryparameter', [], '/properties/policyTemplateInstances/3'],
      ['', [], '/properties/policyTemplateInstances/4'],
    ]);
    expect(model.policies[0]).toMatchObject({ title: 'Header on A', section: 'Request' });
    expect(model.policies[0]!.parameters['x-ms-apimTemplateParameter.name']).toBe('X-Api');
    expect(model.policies[1]!.title).toBeUndefined();
  });

  it('applies a policy to the operations it lists, or to every operation when it lists none', () => {
    expect(op(model, 'OpA').policies).toEqual(['setheader', 'dynamichosturl', 'setqueryparameter', '']);
    expect(op(model, 'OpB').policies).toEqual(['dynamichosturl', 'routerequesttoendpoint', 'setqueryparameter', '']);
    // An operation without an id only gets the policies that apply to all.
    const noId = model.operations.find((o) => o.path === '/c')!;
    expect(noId.operationId).toBeUndefined();
    expect(noId.policies).toEqual(['dynamichosturl', 'setqueryparameter', '']);
  });
});

describe('script operations', () => {
  const definition = {
    swagger: '2.0',
    paths: { '/a': { get: { operationId: 'OpA' }, post: { operationId: 'OpB' } }, '/c': { get: {} } },
  };
  const uses = (m: ConnectorModel) => m.operations.map((o) => o.usesScript);

  it('no script: no operation uses it, whatever the list says', () => {
    const m = buildConnectorModel(definition, { properties: { scriptOperations: ['OpA'] } }, false);
    expect(m.scriptOperations).toEqual(['OpA']);
    expect(uses(m)).toEqual([false, false, false]);
  });

  it('script with scriptOperations [] runs for every operation', () => {
    const m = buildConnectorModel(definition, { properties: { scriptOperations: [] } }, true);
    expect(m.scriptOperations).toEqual([]);
    expect(uses(m)).toEqual([true, true, true]);
  });

  it('script with no scriptOperations runs for every operation, and scriptOperations stays undefined', () => {
    const m = buildConnectorModel(definition, { properties: {} }, true);
    expect(m.scriptOperations).toBeUndefined();
    expect('scriptOperations' in m).toBe(false);
    expect(uses(m)).toEqual([true, true, true]);
  });

  it('script with a list runs only for the listed operations', () => {
    const m = buildConnectorModel(definition, { properties: { scriptOperations: ['OpB', 5, 'Missing'] } }, true);
    expect(m.scriptOperations).toEqual(['OpB', 'Missing']);
    expect(uses(m)).toEqual([false, true, false]);
  });
});

describe('hostile input never throws', () => {
  const emptyModel = (m: ConnectorModel) => {
    expect(m.operations).toEqual([]);
    expect(m.securityDefinitions).toEqual([]);
    expect(m.connectionParameters).toEqual([]);
    expect(m.policies).toEqual([]);
    expect(m.schemes).toEqual([]);
    expect(m.capabilities).toEqual([]);
    expect(m.auth).toBe('none');
    expect(m.title).toBeUndefined();
    expect(m.swaggerVersion).toBeUndefined();
    expect(countOperations(m)).toEqual(EMPTY_COUNTS);
  };

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'swagger 2.0'],
    ['a number', 42],
    ['an array', [{ swagger: '2.0', paths: { '/a': { get: {} } } }]],
    ['an empty object', {}],
  ])('definition = %s', (_label, definition) => {
    emptyModel(buildConnectorModel(definition));
    emptyModel(buildConnectorModel(definition, definition, true));
  });

  it('wrongly typed fields read as empties', () => {
    const m = buildConnectorModel(
      {
        swagger: 2,
        info: 'title',
        host: ['h'],
        schemes: 'https',
        paths: [{ '/a': { get: {} } }],
        securityDefinitions: [{ type: 'basic' }],
      },
      { properties: { connectionParameters: [], policyTemplateInstances: {}, scriptOperations: 'OpA', capabilities: 'actions' } },
      true,
    );
    emptyModel(m);
    expect(m.host).toBeUndefined();
    expect(m.scriptOperations).toBeUndefined();
  });

  it('properties that are not an object', () => {
    for (const properties of [null, 'x', [], 3, { properties: null }, { properties: [] }]) {
      const m = buildConnectorModel({ swagger: '2.0', paths: { '/a': { get: { operationId: 'A' } } } }, properties, true);
      expect(m.operations.map((o) => [o.operationId, o.usesScript, o.policies])).toEqual([['A', true, []]]);
      expect(m.connectionParameters).toEqual([]);
    }
  });

  it('operations, path items, parameters and responses of the wrong type are skipped or read as empty', () => {
    const m = buildConnectorModel({
      swagger: '2.0',
      paths: {
        '/number': { get: 5, post: 'text', put: null, delete: [] },
        '/null': null,
        '/string': 'path item',
        '/array': [{ get: {} }],
        '/ok': {
          parameters: 'not an array',
          get: {
            operationId: 'Ok',
            'x-ms-trigger': 7,
            tags: ['t', 1],
            parameters: [null, 3, 'x', { name: 5, in: 'query', required: 'yes' }, { $ref: 7 }],
            responses: ['200'],
          },
          post: { operationId: 'Ok2', parameters: {}, responses: { '200': null, '201': 'Created' } },
        },
      },
    });
    expect(m.operations.map((o) => o.operationId)).toEqual(['Ok', 'Ok2']);
    const ok = m.operations[0]!;
    // A non-string x-ms-trigger is no trigger.
    expect(ok.kind).toBe('action');
    expect(ok.tags).toEqual(['t']);
    expect(ok.parameters).toHaveLength(5);
    for (const p of ok.parameters.slice(0, 3)) expect(p).toMatchObject({ resolved: false, name: '', in: '', required: false });
    expect(ok.parameters[3]).toMatchObject({ resolved: true, name: '', in: 'query', required: false });
    expect(ok.parameters[4]).toMatchObject({ resolved: true, name: '', in: '' });
    expect(ok.responses).toEqual([]);
    const ok2 = m.operations[1]!;
    expect(ok2.parameters).toEqual([]);
    expect(ok2.responses.map((r) => [r.status, r.description, r.schema])).toEqual([
      ['200', undefined, undefined],
      ['201', undefined, undefined],
    ]);
  });

  it('a cyclic $ref chain resolves to nothing, for parameters, responses, schemas and path items', () => {
    const definition = {
      swagger: '2.0',
      paths: {
        '/loop': {
          'x-ms-notification-content': { schema: { $ref: '#/definitions/A' } },
          post: {
            operationId: 'Loop',
            'x-ms-trigger': 'single',
            parameters: [{ $ref: '#/parameters/a' }, { name: 'body', in: 'body', schema: { $ref: '#/definitions/A' } }],
            responses: { '200': { $ref: '#/responses/r1' } },
          },
        },
        '/self': { $ref: '#/paths/~1self' },
      },
      parameters: { a: { $ref: '#/parameters/b' }, b: { $ref: '#/parameters/a' } },
      responses: { r1: { $ref: '#/responses/r2' }, r2: { $ref: '#/responses/r1' } },
      definitions: { A: { $ref: '#/definitions/B' }, B: { $ref: '#/definitions/A' } },
    };
    const m = buildConnectorModel(definition);
    expect(m.operations).toHaveLength(1);
    const loop = m.operations[0]!;
    expect(loop.parameters[0]).toMatchObject({ ref: '#/parameters/a', resolved: false, name: '', in: '' });
    expect(loop.parameters[0]!.resolvedPointer).toBeUndefined();
    expect(loop.parameters[1]!.schema).toMatchObject({ ref: '#/definitions/A' });
    expect(loop.parameters[1]!.schema!.type).toBeUndefined();
    expect(loop.parameters[1]!.schema!.resolvedPointer).toBeUndefined();
    expect(loop.responses[0]).toMatchObject({ status: '200', ref: '#/responses/r1' });
    expect(loop.responses[0]!.resolvedPointer).toBeUndefined();
    // Notification content still makes it a webhook; its schema does not resolve.
    expect(loop.kind).toBe('webhook-trigger');
    expect(loop.notificationContent!.resolvedPointer).toBeUndefined();
  });

  // BUG (shared/core/model/resolve-ref.ts, resolveRef): a chain longer than maxHops (8) ends the loop on a
  // node that is still a `$ref`, and returns it as the target: the parameter then reads as
  // resolved (resolved: true) with an empty name, and resolvedPointer names a `$ref` node rather
  // than a parameter. It should be unresolved (or followed to the end).
  it('a long $ref chain never reads as resolved with empty fields', () => {
    const parameters: Record<string, unknown> = {};
    for (let i = 0; i < 9; i++) parameters[`p${i}`] = { $ref: `#/parameters/p${i + 1}` };
    parameters.p9 = { name: 'deep', in: 'query', type: 'string' };
    const definition = {
      swagger: '2.0',
      paths: { '/x': { get: { operationId: 'X', parameters: [{ $ref: '#/parameters/p0' }] } } },
      parameters,
    };
    const p = buildConnectorModel(definition).operations[0]!.parameters[0]!;
    expect(p.resolved ? p.name : 'unresolved').toMatch(/^(deep|unresolved)$/);
    if (p.resolvedPointer) expect(valueAt(definition, p.resolvedPointer)).not.toHaveProperty('$ref');
  });

  // BUG (shared/core/model/operations.ts, listOperations): a path item written as a local `$ref` is
  // followed, but the operation pointers are built from /paths/<path>, where only the `$ref` is:
  // the pointer does not lead to the operation. itemPointer should be the path item's resolvedPointer.
  it('operations of a $ref path item carry a pointer to the operation', () => {
    const definition = {
      swagger: '2.0',
      paths: { '/y': { $ref: '#/x-shared/y' } },
      'x-shared': { y: { get: { operationId: 'Y', parameters: [{ name: 'q', in: 'query', type: 'string' }] } } },
    };
    const y = buildConnectorModel(definition).operations[0]!;
    expect(y.operationId).toBe('Y');
    expect(valueAt(definition, y.pointer)).toBe(definition['x-shared'].y.get);
  });

  it('a self-referencing schema and external or malformed $refs do not throw', () => {
    const m = buildConnectorModel({
      swagger: '2.0',
      paths: {
        '/x': {
          post: {
            operationId: 'X',
            'x-ms-trigger': 'single',
            parameters: [
              { $ref: 'other.json#/parameters/p' },
              { $ref: '#parameters/p' },
              { $ref: '#/parameters/%ZZ' },
              { name: 'body', in: 'body', schema: { $ref: '#/definitions/Node' } },
            ],
          },
        },
      },
      definitions: { Node: { type: 'object', properties: { child: { $ref: '#/definitions/Node' } } } },
    });
    const x = m.operations[0]!;
    expect(x.parameters.slice(0, 3).map((p) => p.resolved)).toEqual([false, false, false]);
    expect(x.parameters[3]!.schema).toMatchObject({ resolvedPointer: '/definitions/Node', type: 'object' });
    expect(x.kind).toBe('polling-trigger');
  });
});
