// The two files of a new connector from a template: apiDefinition.swagger.json (Swagger 2.0) and
// apiProperties.json. Both are plain JSON with two-space indents, so they open untouched.
import { newApiProperties } from '../../engines/export';
import { connectorTemplate, type ConnectorTemplateId } from './connector-templates';

export interface NewConnectorOptions {
  template: ConnectorTemplateId;
  /** info.title: the connector's name in the portal. */
  title: string;
  /** The API's host name, or its base URL (`https://api.contoso.com/v1`: the path is the base path). Default: api.contoso.com. */
  host?: string;
  description?: string;
}

export interface NewConnectorFiles {
  definition: string;
  properties: string;
}

export const DEFAULT_HOST = 'api.contoso.com';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** A host name as the definition holds it: a scheme and a path typed by habit are dropped. */
export function normalizeHost(host: string | undefined): string {
  return splitBaseUrl(host).host;
}

/**
 * A host or a pasted base URL as the definition holds it: `https://api.contoso.com/v1/?x#y` is host
 * `api.contoso.com` and base path `/v1` (no trailing slash, query or fragment); no path is `/`.
 */
export function splitBaseUrl(text: string | undefined): { host: string; basePath: string } {
  const trimmed = (text ?? '').trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  const end = trimmed.search(/[/?#]|$/);
  const host = trimmed.slice(0, end) || DEFAULT_HOST;
  const path = trimmed.slice(end).split(/[?#]/)[0]!.replace(/\/+/g, '/').replace(/\/$/, '');
  return { host, basePath: path.startsWith('/') ? path : '/' };
}

export function newConnectorFiles(options: NewConnectorOptions): NewConnectorFiles {
  const template = connectorTemplate(options.template);
  const title = options.title.trim() || 'New connector';
  const security = template.securityDefinitions;
  const names = Object.keys(security);
  const definition: Record<string, unknown> = {
    swagger: '2.0',
    info: {
      title,
      description: options.description?.trim() || `Actions of the ${title} API.`,
      version: '1.0',
    },
    ...splitBaseUrl(options.host),
    schemes: ['https'],
    consumes: ['application/json'],
    produces: ['application/json'],
    paths: template.sampleAction ? sampleAction() : {},
    definitions: {},
    parameters: {},
    responses: {},
    securityDefinitions: security,
    security: names.map((name) => ({ [name]: [] })),
    tags: [],
  };
  // The exporter's template fills colour and capabilities; the connection parameters are the template's.
  const properties = JSON.parse(newApiProperties([])) as { properties: Record<string, unknown> };
  properties.properties.connectionParameters = template.connectionParameters(security);
  return { definition: json(definition), properties: json(properties) };
}

function sampleAction(): Record<string, unknown> {
  return {
    '/items': {
      get: {
        operationId: 'ListItems',
        summary: 'List items',
        description: 'Lists the items of the service. Replace this sample with the API’s own actions.',
        parameters: [
          {
            name: 'top',
            in: 'query',
            required: false,
            type: 'integer',
            'x-ms-summary': 'Number of items',
            description: 'The largest number of items to return.',
          },
        ],
        responses: {
          '200': {
            description: 'The items.',
            schema: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  id: { type: 'string', 'x-ms-summary': 'ID', description: 'The item’s identifier.' },
                  name: { type: 'string', 'x-ms-summary': 'Name', description: 'The item’s name.' },
                },
              },
            },
          },
        },
      },
    },
  };
}
