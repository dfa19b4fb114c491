// The OAuth 2.0 identity providers the Security tab offers, with the fields each shows (the portal's
// wording) and the customParameters they write. Values outside this list (read from a file) are kept
// and shown as they are.

export type ProviderKind = 'generic' | 'aad' | 'templates' | 'named';

export interface CustomParameterField {
  /** The key under oAuthSettings.customParameters. */
  key: string;
  label: string;
  /** Written when the provider is chosen. Fields without one are added when first typed. */
  initial?: string;
  /** A yes/no value written as the strings "true" / "false". */
  boolean?: boolean;
  hint?: string;
}

export interface IdentityProvider {
  id: string;
  label: string;
  kind: ProviderKind;
  fields: readonly CustomParameterField[];
}

const GENERIC: IdentityProvider = {
  id: 'oauth2',
  label: 'Generic OAuth 2',
  kind: 'generic',
  fields: [
    { key: 'authorizationUrl', label: 'Authorization URL', initial: '' },
    { key: 'tokenUrl', label: 'Token URL', initial: '' },
    { key: 'refreshUrl', label: 'Refresh URL', initial: '' },
  ],
};

export const AAD_LOGIN_URI = 'https://login.windows.net';
export const AAD_TENANT = 'common';

const AAD: IdentityProvider = {
  id: 'aad',
  label: 'Microsoft Entra ID',
  kind: 'aad',
  fields: [
    { key: 'loginUri', label: 'Login URL', initial: AAD_LOGIN_URI },
    { key: 'tenantId', label: 'Tenant ID', initial: AAD_TENANT },
    { key: 'resourceUri', label: 'Resource URL', initial: '', hint: 'The trailing slash matters: it must match the resource exactly.' },
    { key: 'enableOnbehalfOfLogin', label: 'Enable on-behalf-of login', initial: 'false', boolean: true },
  ],
};

const PLACEHOLDERS = 'Placeholders: {ClientId} {ClientSecret} {RedirectUrl} {Scopes} {State} {Code} {RefreshToken}.';

const TEMPLATES: IdentityProvider = {
  id: 'oauth2generic',
  label: 'Generic OAuth 2 with templates',
  kind: 'templates',
  fields: [
    { key: 'authorizationUrlTemplate', label: 'Authorization URL template', initial: '' },
    { key: 'authorizationUrlQueryStringTemplate', label: 'Authorization URL query string template', hint: PLACEHOLDERS },
    { key: 'tokenUrlTemplate', label: 'Token URL template', initial: '' },
    { key: 'tokenUrlQueryStringTemplate', label: 'Token URL query string template' },
    { key: 'tokenBodyTemplate', label: 'Token body template', hint: PLACEHOLDERS },
    { key: 'refreshUrlTemplate', label: 'Refresh URL template', initial: '' },
    { key: 'refreshUrlQueryStringTemplate', label: 'Refresh URL query string template' },
    { key: 'refreshBodyTemplate', label: 'Refresh body template', hint: PLACEHOLDERS },
    { key: 'scopeListDelimiter', label: 'Scope list delimiter', hint: 'Joins the scopes in {Scopes}; a space when empty.' },
  ],
};

const named = (id: string, label: string): IdentityProvider => ({ id, label, kind: 'named', fields: [] });

/** In the order the list shows them. */
export const IDENTITY_PROVIDERS: readonly IdentityProvider[] = [
  GENERIC,
  AAD,
  TEMPLATES,
  named('dropbox', 'Dropbox'),
  named('facebook', 'Facebook'),
  named('github', 'GitHub'),
  named('google', 'Google'),
];

/** A provider by id (ids compare without case, as files vary); unknown ids are named providers. */
export function identityProvider(id: string | undefined): IdentityProvider {
  const known = IDENTITY_PROVIDERS.find((p) => p.id.toLowerCase() === (id ?? '').toLowerCase());
  if (known) return known;
  if ((id ?? '').toLowerCase() === 'aadcertificate')
    return { ...AAD, id: 'aadcertificate', label: 'Microsoft Entra ID certificate (first-party only)' };
  return named(id ?? '', id ? `${id} (as in the file)` : 'Not set');
}

/** The customParameters key the file uses for `key` (spelling varies: `LoginUri`), else `key`. */
export function customKey(custom: Readonly<Record<string, string>> | undefined, key: string): string {
  return Object.keys(custom ?? {}).find((k) => k.toLowerCase() === key.toLowerCase()) ?? key;
}

/** Entra ID's authorization and token URLs for a login URL and tenant. */
export function aadUrls(loginUri: string, tenantId: string): { authorizationUrl: string; tokenUrl: string } {
  const base = `${loginUri.replace(/\/+$/, '')}/${tenantId || AAD_TENANT}/oauth2`;
  return { authorizationUrl: `${base}/authorize`, tokenUrl: `${base}/token` };
}
