// A connector secured by the test authorization server (oauth-server.ts): Generic OAuth 2 in
// apiProperties.json, an oauth2 accessCode security definition, and one operation, GetResource, on
// the server's protected resource. Objects, for writeConnector (e2e) or JSON.stringify (unit tests).
import type { OAuthTestServer } from './oauth-server';

export interface OAuthConnectorOptions {
  clientId: string;
  scopes?: string[];
  /** identityProvider; "oauth2" (Generic OAuth 2) by default. */
  identityProvider?: string;
}

export function oauthConnector(
  server: Pick<OAuthTestServer, 'origin' | 'authorizationUrl' | 'tokenUrl'>,
  options: OAuthConnectorOptions,
): { definition: object; properties: object } {
  const scopes = options.scopes ?? ['read'];
  const definition = {
    swagger: '2.0',
    info: { title: 'OAuth test API', description: 'The protected resource of the test authorization server.', version: '1.0' },
    host: new URL(server.origin).host,
    basePath: '/',
    schemes: ['http'],
    consumes: [],
    produces: ['application/json'],
    paths: {
      '/resource': {
        get: {
          operationId: 'GetResource',
          summary: 'Get the protected resource',
          description: 'Answers who the bearer token belongs to.',
          parameters: [],
          responses: {
            '200': {
              description: 'The token is valid.',
              schema: {
                type: 'object',
                properties: { subject: { type: 'string' }, clientId: { type: 'string' }, scope: { type: 'string' } },
              },
            },
          },
        },
      },
    },
    securityDefinitions: {
      oauth2_auth: {
        type: 'oauth2',
        flow: 'accessCode',
        authorizationUrl: server.authorizationUrl,
        tokenUrl: server.tokenUrl,
        scopes: Object.fromEntries(scopes.map((s) => [s, s])),
      },
    },
    security: [{ oauth2_auth: scopes }],
  };
  const properties = {
    properties: {
      connectionParameters: {
        token: {
          type: 'oauthSetting',
          oAuthSettings: {
            identityProvider: options.identityProvider ?? 'oauth2',
            clientId: options.clientId,
            scopes,
            redirectMode: 'Global',
            redirectUrl: 'https://global.consent.azure-apim.net/redirect',
            properties: { IsFirstParty: 'False' },
            customParameters: {
              authorizationUrl: { value: server.authorizationUrl },
              tokenUrl: { value: server.tokenUrl },
              refreshUrl: { value: server.tokenUrl },
            },
          },
        },
      },
      iconBrandColor: '#da3b01',
      capabilities: [],
      publisher: 'Connector Studio tests',
      stackOwner: 'Connector Studio tests',
    },
  };
  return { definition, properties };
}
