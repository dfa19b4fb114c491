// Fresh security definitions and connection parameters for a new authentication type, in the shapes
// the maker portal writes (names, labels, descriptions, constraints), so a connector switched here
// looks like one made there.
import type { AuthType, SecuritySettings } from './security-types';

/** The security definition names the portal uses. */
export const DEFINITION_NAMES: Record<Exclude<AuthType, 'none'>, string> = {
  basic: 'basic_auth',
  apiKey: 'API Key',
  oauth2: 'oauth2_auth',
};

export const DEFAULT_LABELS = { username: 'Username', password: 'Password', apiKey: 'API Key' } as const;

/** Swagger's scopes object: each scope described by its own name unless a description is known. */
export function scopesObject(scopes: readonly string[], known: Readonly<Record<string, unknown>> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of scopes) out[s] = typeof known[s] === 'string' ? (known[s] as string) : s;
  return out;
}

export function securityDefinitionFor(to: SecuritySettings): Record<string, unknown> | undefined {
  switch (to.type) {
    case 'basic':
      return { type: 'basic' };
    case 'apiKey':
      return { type: 'apiKey', in: to.apiKeyIn ?? 'header', name: to.apiKeyName ?? '' };
    case 'oauth2':
      return {
        type: 'oauth2',
        flow: 'accessCode',
        authorizationUrl: to.authorizationUrl ?? '',
        tokenUrl: to.tokenUrl ?? '',
        scopes: scopesObject(to.scopes ?? []),
      };
    default:
      return undefined;
  }
}

function secureString(label: string, description: string, tooltip: string, tabIndex: number, clearText: boolean): Record<string, unknown> {
  return {
    type: 'securestring',
    uiDefinition: { displayName: label, description, tooltip, constraints: { tabIndex, clearText, required: 'true' } },
  };
}

export function oauthSettingsFor(to: SecuritySettings): Record<string, unknown> {
  const custom: Record<string, { value: string }> = {};
  for (const [k, v] of Object.entries(to.customParameters ?? {})) custom[k] = { value: v };
  return {
    identityProvider: to.identityProvider ?? 'oauth2',
    clientId: to.clientId ?? '',
    scopes: [...(to.oauthScopes ?? [])],
    redirectMode: to.redirectMode ?? 'GlobalPerConnector',
    properties: { IsFirstParty: 'False' },
    customParameters: custom,
  };
}

/** Entra ID's hidden tenant claim, which the portal adds beside the token. */
export const TENANT_PARAMETER = 'token:TenantId';
export const TENANT_CLAIM = {
  type: 'string',
  metadata: { sourceType: 'AzureActiveDirectoryTenant' },
  uiDefinition: { constraints: { required: 'false', hidden: 'true' } },
};

/** The connection parameters a type needs, by name. */
export function connectionParametersFor(to: SecuritySettings): Record<string, unknown> {
  switch (to.type) {
    case 'basic': {
      const user = to.usernameLabel ?? DEFAULT_LABELS.username;
      const pass = to.passwordLabel ?? DEFAULT_LABELS.password;
      return {
        username: secureString(user, `The ${user} for this api`, `Provide the ${user}`, 2, true),
        password: secureString(pass, `The ${pass} for this api`, `Provide the ${pass}`, 3, false),
      };
    }
    case 'apiKey': {
      const label = to.apiKeyLabel ?? DEFAULT_LABELS.apiKey;
      return { api_key: secureString(label, `The ${label} for this api`, `Provide your ${label}`, 2, false) };
    }
    case 'oauth2': {
      const token = { token: { type: 'oauthSetting', oAuthSettings: oauthSettingsFor(to) } };
      return to.identityProvider === 'aad' ? { ...token, [TENANT_PARAMETER]: TENANT_CLAIM } : token;
    }
    default:
      return {};
  }
}
