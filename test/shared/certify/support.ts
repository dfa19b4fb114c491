// Small inline connectors for the certification tests: a clean certified connector, and a way to
// check a variant of it under any profile.
import { certifyConnector, type CertifyDiagnostic, type CertifyProfile, type CertifyResult } from '../../../shared/engines/certify';
import { loadConnector, type LoadedConnector } from '../../../shared/core/connector';

export type Json = Record<string, any>;

/** A definition that passes every rule of every profile. */
export function goodDefinition(): Json {
  return {
    swagger: '2.0',
    info: {
      title: 'Contoso Items',
      version: '1.0',
      description: 'Manage the items of a Contoso account: list, read, create and watch them.',
      contact: { name: 'Contoso Support', url: 'https://contoso.com/support', email: 'support@contoso.com' },
    },
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
          description: 'Lists the items of the account.',
          parameters: [
            { name: 'top', in: 'query', type: 'integer', required: false, 'x-ms-summary': 'Top', description: 'How many items to return.' },
          ],
          responses: { '200': { description: 'The items', schema: { type: 'array', items: { $ref: '#/definitions/Item' } } } },
        },
        post: {
          operationId: 'CreateItem',
          summary: 'Create an item',
          description: 'Creates an item.',
          parameters: [{ name: 'body', in: 'body', required: true, schema: { $ref: '#/definitions/NewItem' } }],
          responses: { '201': { description: 'Created', schema: { $ref: '#/definitions/Item' } } },
        },
      },
      '/items/{itemId}': {
        get: {
          operationId: 'GetItem',
          summary: 'Get an item',
          description: 'Gets one item by its id.',
          parameters: [{ $ref: '#/parameters/ItemId' }],
          responses: { '200': { description: 'The item', schema: { $ref: '#/definitions/Item' } } },
        },
      },
      '/hooks': {
        'x-ms-notification-content': { description: 'An item changed', schema: { $ref: '#/definitions/Item' } },
        post: {
          operationId: 'OnItemChanged',
          summary: 'When an item changes',
          description: 'Triggers when an item changes.',
          'x-ms-trigger': 'single',
          parameters: [
            {
              name: 'body',
              in: 'body',
              required: true,
              schema: {
                type: 'object',
                required: ['callbackUrl'],
                properties: {
                  callbackUrl: { type: 'string', 'x-ms-notification-url': true, 'x-ms-visibility': 'internal', description: 'Callback' },
                },
              },
            },
          ],
          responses: { '201': { description: 'Subscribed', schema: { type: 'object', properties: { id: { type: 'string' } } } } },
        },
      },
    },
    definitions: {
      Item: {
        type: 'object',
        properties: { id: { type: 'string', 'x-ms-summary': 'Id' }, name: { type: 'string', 'x-ms-summary': 'Name' } },
      },
      NewItem: { type: 'object', required: ['name'], properties: { name: { type: 'string', 'x-ms-summary': 'Name' } } },
    },
    parameters: {
      ItemId: {
        name: 'itemId',
        in: 'path',
        type: 'string',
        required: true,
        'x-ms-url-encoding': 'single',
        'x-ms-summary': 'Item id',
        description: 'The id of the item.',
      },
    },
    responses: {},
    securityDefinitions: { api_key: { type: 'apiKey', in: 'header', name: 'X-Api-Key' } },
    security: [{ api_key: [] }],
    tags: [],
    'x-ms-connector-metadata': [
      { propertyName: 'Website', propertyValue: 'https://contoso.com' },
      { propertyName: 'Privacy policy', propertyValue: 'https://contoso.com/privacy' },
      { propertyName: 'Categories', propertyValue: 'Productivity;Data' },
    ],
  };
}

export function goodProperties(): Json {
  return {
    properties: {
      connectionParameters: {
        api_key: {
          type: 'securestring',
          uiDefinition: {
            displayName: 'API key',
            description: 'Your Contoso API key',
            tooltip: 'The API key',
            constraints: { required: 'true', tabIndex: 2 },
          },
        },
      },
      iconBrandColor: '#0f6cbd',
      capabilities: [],
      publisher: 'Contoso',
      stackOwner: 'Contoso',
    },
  };
}

export interface InlineConnector {
  definition?: Json | string;
  properties?: Json | string;
  script?: string;
  /** true: a stand-in for an icon's presence; bytes: the icon itself. */
  icon?: boolean | Uint8Array;
  readme?: string;
  /** Read as a whole folder (absent files are absent). */
  folder?: boolean;
  /** The definition was read with a UTF-8 byte order mark. */
  bom?: boolean;
}

/** Files as text (4-space indented JSON, like the PowerPlatformConnectors repository). */
export function loadInline(c: InlineConnector): LoadedConnector {
  const text = (v: Json | string) => (typeof v === 'string' ? v : JSON.stringify(v, null, 4));
  const file = (fileName: string, t: string) => ({ fileName, text: t, encoding: 'utf-8' as const, bom: false });
  const loaded = loadConnector(
    {
      ...(c.definition !== undefined
        ? { definition: { ...file('apiDefinition.swagger.json', text(c.definition)), bom: c.bom === true } }
        : {}),
      ...(c.properties !== undefined ? { properties: file('apiProperties.json', text(c.properties)) } : {}),
      ...(c.script !== undefined ? { script: file('script.csx', c.script) } : {}),
      ...(c.readme !== undefined ? { readme: file('readme.md', c.readme) } : {}),
    },
    c.icon instanceof Uint8Array ? c.icon : c.icon ? new Uint8Array([137, 80, 78, 71]) : undefined,
  );
  return c.folder ? { ...loaded, folder: true } : loaded;
}

export function certifyInline(c: InlineConnector, profile: CertifyProfile = 'certified'): CertifyResult {
  return certifyConnector(loadInline(c), { profile });
}

export function codes(result: CertifyResult): string[] {
  return result.diagnostics.map((d) => d.code);
}

export function findingsOf(result: CertifyResult, code: string): CertifyDiagnostic[] {
  return result.diagnostics.filter((d) => d.code === code);
}
