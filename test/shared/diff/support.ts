// A small connector with a bit of everything the diff compares (query, path and body parameters,
// enums, defaults, dynamic values, `$ref`, `allOf` and a recursive schema in the outputs, a webhook
// trigger, OAuth), and a way to diff a changed copy of it against the original.
import { loadConnector, type LoadedConnector } from '../../../shared/core/connector';
import { diffConnectors, type DiffResult } from '../../../shared/engines/diff';

export type Json = Record<string, any>;

export function baseDefinition(): Json {
  return {
    swagger: '2.0',
    info: { title: 'Contoso Items', version: '1.0', description: 'Manage the items of a Contoso account.' },
    host: 'api.contoso.com',
    basePath: '/v1',
    schemes: ['https'],
    consumes: ['application/json'],
    produces: ['application/json'],
    paths: {
      '/items': {
        get: {
          operationId: 'ListItems',
          summary: 'List items',
          parameters: [
            { name: 'top', in: 'query', type: 'integer', format: 'int32', required: false, default: 10 },
            { name: 'status', in: 'query', type: 'string', enum: ['open', 'closed', 'archived'] },
            { name: 'filter', in: 'query', type: 'string' },
            {
              name: 'folder',
              in: 'query',
              type: 'string',
              'x-ms-dynamic-values': { operationId: 'ListFolders', 'value-path': 'id', 'value-title': 'name' },
            },
          ],
          responses: {
            '200': {
              description: 'The items',
              schema: {
                type: 'object',
                properties: { value: { type: 'array', items: { $ref: '#/definitions/Item' } }, nextLink: { type: 'string' } },
              },
            },
          },
        },
        post: {
          operationId: 'CreateItem',
          summary: 'Create an item',
          parameters: [{ name: 'body', in: 'body', required: true, schema: { $ref: '#/definitions/NewItem' } }],
          responses: { '201': { description: 'Created', schema: { $ref: '#/definitions/Item' } } },
        },
      },
      '/items/{itemId}': {
        get: {
          operationId: 'GetItem',
          summary: 'Get an item',
          parameters: [{ $ref: '#/parameters/ItemId' }],
          responses: { '200': { description: 'The item', schema: { $ref: '#/definitions/Item' } }, '404': { description: 'Not found' } },
        },
      },
      '/folders': {
        get: {
          operationId: 'ListFolders',
          summary: 'List folders',
          'x-ms-visibility': 'internal',
          responses: {
            '200': {
              description: 'Folders',
              schema: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } } },
            },
          },
        },
      },
      '/hooks': {
        'x-ms-notification-content': { description: 'An item', schema: { $ref: '#/definitions/Item' } },
        post: {
          operationId: 'OnItemCreated',
          summary: 'When an item is created',
          'x-ms-trigger': 'single',
          parameters: [
            {
              name: 'body',
              in: 'body',
              required: true,
              schema: {
                type: 'object',
                required: ['callbackUrl'],
                properties: { callbackUrl: { type: 'string', 'x-ms-notification-url': true, 'x-ms-visibility': 'internal' } },
              },
            },
          ],
          responses: { '201': { description: 'Subscribed' } },
        },
      },
    },
    definitions: {
      Item: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          created: { type: 'string', format: 'date-time' },
          owner: { $ref: '#/definitions/Person' },
          children: { type: 'array', items: { $ref: '#/definitions/Item' } },
        },
      },
      Person: { type: 'object', allOf: [{ $ref: '#/definitions/Base' }], properties: { email: { type: 'string' } } },
      Base: { type: 'object', properties: { displayName: { type: 'string' } } },
      NewItem: {
        type: 'object',
        required: ['name'],
        properties: { name: { type: 'string' }, priority: { type: 'string', enum: ['low', 'high'] }, note: { type: 'string' } },
      },
    },
    parameters: { ItemId: { name: 'itemId', in: 'path', type: 'string', required: true } },
    securityDefinitions: {
      oauth: {
        type: 'oauth2',
        flow: 'accessCode',
        authorizationUrl: 'https://login.contoso.com/authorize',
        tokenUrl: 'https://login.contoso.com/token',
        scopes: { 'items.read': 'Read items' },
      },
    },
  };
}

export function baseProperties(): Json {
  return {
    properties: {
      connectionParameters: {
        token: {
          type: 'oauthSetting',
          oAuthSettings: {
            identityProvider: 'oauth2',
            clientId: 'contoso-client',
            scopes: ['items.read'],
            redirectMode: 'GlobalPerConnector',
            redirectUrl: 'https://global.consent.azure-apim.net/redirect',
            properties: {},
          },
        },
        region: { type: 'string', uiDefinition: { displayName: 'Region', description: 'Data region', constraints: { required: 'false' } } },
      },
      publisher: 'Contoso',
      stackOwner: 'Contoso',
    },
  };
}

export interface Files {
  definition: Json | string;
  properties?: Json | string;
}

export function load(files: Files): LoadedConnector {
  const text = (v: Json | string) => (typeof v === 'string' ? v : JSON.stringify(v, null, 4));
  const file = (fileName: string, t: string) => ({ fileName, text: t, encoding: 'utf-8' as const, bom: false });
  return loadConnector({
    definition: file('apiDefinition.swagger.json', text(files.definition)),
    ...(files.properties !== undefined ? { properties: file('apiProperties.json', text(files.properties)) } : {}),
  });
}

/** Diffs the base connector against a copy changed by `change`. */
export function diffChanged(change: (def: Json, props: Json) => void): { result: DiffResult; old: LoadedConnector; new: LoadedConnector } {
  const def = baseDefinition();
  const props = baseProperties();
  change(def, props);
  const old = load({ definition: baseDefinition(), properties: baseProperties() });
  const changed = load({ definition: def, properties: props });
  return { result: diffConnectors(old, changed), old, new: changed };
}
