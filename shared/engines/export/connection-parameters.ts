// Connection parameters that match a definition's security, as the portal writes them: the first
// security definition decides (the platform ignores the others).
import type { SecurityDefinitionView } from '../../core/model';

export type ConnectionParameters = Record<string, Record<string, unknown>>;

export function connectionParametersFor(security: SecurityDefinitionView[]): ConnectionParameters {
  const first = security[0];
  if (!first) return {};
  switch (first.type) {
    case 'basic':
      return {
        username: secure('Username', 'The user name for this API', 2),
        password: secure('Password', 'The password for this API', 3),
      };
    case 'apiKey':
      return {
        api_key: secure('API Key', `The API key for this API (sent as ${first.paramName ?? 'a key'} in the ${first.in ?? 'header'})`, 2),
      };
    case 'oauth2':
      return {
        token: {
          type: 'oauthSetting',
          oAuthSettings: {
            identityProvider: 'oauth2',
            clientId: '',
            scopes: first.scopes,
            redirectMode: 'GlobalPerConnector',
            customParameters: {
              authorizationUrl: { value: first.authorizationUrl ?? '' },
              tokenUrl: { value: first.tokenUrl ?? '' },
              refreshUrl: { value: first.tokenUrl ?? '' },
            },
          },
        },
      };
    default:
      return {};
  }
}

function secure(displayName: string, description: string, tabIndex: number): Record<string, unknown> {
  return {
    type: 'securestring',
    uiDefinition: {
      displayName,
      description,
      tooltip: `Provide your ${displayName.toLowerCase()}`,
      constraints: { tabIndex, clearText: false, required: 'true' },
    },
  };
}
