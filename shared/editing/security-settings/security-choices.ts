// What each choice made in the Security tab asks of the files, given the settings it was made on.
// Switching the type or the identity provider writes a fresh, consistent pair (security definition
// and connection parameters); editing one field writes that value, plus the definition's copy of it
// where the definition followed it (a generic provider's URLs, Entra ID's login URL and tenant, the
// scopes), so the two files stay in step without overwriting what an author set apart on purpose.
import { aadUrls, AAD_LOGIN_URI, AAD_TENANT, customKey, identityProvider } from './identity-providers';
import { DEFAULT_LABELS } from './security-entries';
import type { AuthType, SecurityChange, SecurityFields, SecuritySettings } from './security-types';

export type SecurityTextField =
  | 'usernameLabel'
  | 'passwordLabel'
  | 'apiKeyLabel'
  | 'apiKeyName'
  | 'apiKeyIn'
  | 'clientId'
  | 'redirectMode'
  | 'authorizationUrl'
  | 'tokenUrl';

export type SecurityChoice =
  | { kind: 'type'; type: AuthType }
  | { kind: 'provider'; identityProvider: string }
  | { kind: 'field'; field: SecurityTextField; value: string }
  /** A customParameters value, by its usual key (the file's own spelling of the key is kept). */
  | { kind: 'custom'; key: string; value: string }
  /** The Scope field: scopes separated by spaces. */
  | { kind: 'scope'; text: string }
  | { kind: 'removeFileSecret' };

export const DEFAULT_API_KEY_NAME = 'X-API-Key';
export const DEFAULT_REDIRECT_MODE = 'GlobalPerConnector';

/**
 * What each type held when it was last switched away from (while the connector is open), so that
 * switching back brings back its client ID, URLs, scopes, labels and key name rather than defaults.
 */
export type RememberedSecurity = Readonly<Partial<Record<AuthType, SecuritySettings>>>;

/** The memory with the current settings kept under their type (before a switch away from it). */
export function rememberSecurity(memory: RememberedSecurity, current: SecuritySettings): RememberedSecurity {
  return current.type === 'none' ? memory : { ...memory, [current.type]: current };
}

export function securityChangeFor(current: SecuritySettings, choice: SecurityChoice, memory: RememberedSecurity = {}): SecurityChange {
  switch (choice.kind) {
    case 'type': {
      if (choice.type === current.type) return {};
      const earlier = memory[choice.type];
      const to = earlier ? restoredSettings(current, earlier) : settingsForType(current, choice.type);
      return { switch: { from: selectionOf(current), to } };
    }
    case 'provider':
      if (current.type !== 'oauth2' || choice.identityProvider === current.identityProvider) return {};
      return { switch: { from: selectionOf(current), to: withProvider(current, choice.identityProvider) } };
    case 'field':
      return { fields: { [choice.field]: choice.value } };
    case 'custom':
      return { fields: customFields(current, choice.key, choice.value) };
    case 'scope':
      return { fields: scopeFields(current, choice.text) };
    case 'removeFileSecret':
      return { fields: { fileClientSecret: false } };
  }
}

function selectionOf(s: SecuritySettings): { type: AuthType; identityProvider?: string } {
  return s.identityProvider !== undefined ? { type: s.type, identityProvider: s.identityProvider } : { type: s.type };
}

/** What a type's settings hold that a switch back to it restores (what only the file knew is not carried). */
const RESTORED: readonly (keyof SecuritySettings)[] = [
  'usernameLabel',
  'passwordLabel',
  'apiKeyLabel',
  'apiKeyName',
  'apiKeyIn',
  'authorizationUrl',
  'tokenUrl',
  'scopes',
  'clientId',
  'oauthScopes',
  'redirectMode',
  'customParameters',
  'identityProvider',
];

/** A fresh pair for the type `earlier` held, with its values where it held them. */
function restoredSettings(current: SecuritySettings, earlier: SecuritySettings): SecuritySettings {
  const kept: Partial<SecuritySettings> = {};
  for (const key of RESTORED) if (earlier[key] !== undefined) Object.assign(kept, { [key]: earlier[key] });
  return { ...settingsForType(current, earlier.type), ...kept };
}

/** Settings for a newly chosen type, with the portal's defaults. */
export function settingsForType(current: SecuritySettings, type: AuthType): SecuritySettings {
  const base: SecuritySettings = {
    type,
    definitionCount: type === 'none' ? 0 : 1,
    plainClientSecret: false,
    parameterSets: current.parameterSets,
  };
  switch (type) {
    case 'basic':
      return { ...base, usernameLabel: DEFAULT_LABELS.username, passwordLabel: DEFAULT_LABELS.password };
    case 'apiKey':
      return { ...base, apiKeyLabel: DEFAULT_LABELS.apiKey, apiKeyName: DEFAULT_API_KEY_NAME, apiKeyIn: 'header' };
    case 'oauth2':
      return withProvider({ ...base, clientId: '', oauthScopes: [], scopes: [], redirectMode: DEFAULT_REDIRECT_MODE }, 'oauth2');
    default:
      return base;
  }
}

/** The settings with another identity provider: its fields (keeping values under the same keys) and URLs. */
export function withProvider(current: SecuritySettings, id: string): SecuritySettings {
  const provider = identityProvider(id);
  const custom: Record<string, string> = {};
  for (const f of provider.fields) {
    const kept = current.customParameters?.[customKey(current.customParameters, f.key)];
    if (kept !== undefined) custom[f.key] = kept;
    else if (f.initial !== undefined) custom[f.key] = f.initial;
  }
  let urls = { authorizationUrl: current.authorizationUrl ?? '', tokenUrl: current.tokenUrl ?? '' };
  if (provider.kind === 'generic') urls = { authorizationUrl: custom.authorizationUrl ?? '', tokenUrl: custom.tokenUrl ?? '' };
  if (provider.kind === 'templates')
    urls = { authorizationUrl: custom.authorizationUrlTemplate ?? '', tokenUrl: custom.tokenUrlTemplate ?? '' };
  if (provider.kind === 'aad') urls = aadUrls(custom.loginUri ?? AAD_LOGIN_URI, custom.tenantId ?? AAD_TENANT);
  const oauthScopes = current.oauthScopes ?? [];
  return {
    ...current,
    type: 'oauth2',
    identityProvider: provider.id,
    clientId: current.clientId ?? '',
    oauthScopes,
    scopes: current.scopes ?? splitScopes(oauthScopes.join(' ')),
    redirectMode: current.redirectMode ?? DEFAULT_REDIRECT_MODE,
    customParameters: custom,
    ...urls,
  };
}

/** Whether the definition's copy of a value followed it (or was never set), so it follows the change. */
function follows(copy: string | undefined, old: string | undefined): boolean {
  return copy === undefined || copy === '' || copy === old;
}

function customFields(current: SecuritySettings, key: string, value: string): SecurityFields {
  const actual = customKey(current.customParameters, key);
  const fields: SecurityFields = { customParameters: { [actual]: value } };
  const old = current.customParameters?.[actual];
  const kind = identityProvider(current.identityProvider).kind;
  const k = key.toLowerCase();
  const mirror = (field: 'authorizationUrl' | 'tokenUrl') => {
    if (follows(current[field], old)) fields[field] = value;
  };
  if (kind === 'generic' && k === 'authorizationurl') mirror('authorizationUrl');
  if (kind === 'generic' && k === 'tokenurl') mirror('tokenUrl');
  if (kind === 'templates' && k === 'authorizationurltemplate') mirror('authorizationUrl');
  if (kind === 'templates' && k === 'tokenurltemplate') mirror('tokenUrl');
  if (kind === 'aad' && (k === 'loginuri' || k === 'tenantid')) {
    const custom = current.customParameters ?? {};
    const login = custom[customKey(custom, 'loginUri')] ?? AAD_LOGIN_URI;
    const tenant = custom[customKey(custom, 'tenantId')] ?? AAD_TENANT;
    const before = aadUrls(login, tenant);
    const after = aadUrls(k === 'loginuri' ? value : login, k === 'tenantid' ? value : tenant);
    if (follows(current.authorizationUrl, before.authorizationUrl)) fields.authorizationUrl = after.authorizationUrl;
    if (follows(current.tokenUrl, before.tokenUrl)) fields.tokenUrl = after.tokenUrl;
  }
  return fields;
}

export function splitScopes(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

function scopeFields(current: SecuritySettings, text: string): SecurityFields {
  const old = current.oauthScopes ?? [];
  // A file that keeps all scopes in one space-separated string keeps doing so.
  const oneString = old.length === 1 && /\s/.test(old[0]!.trim());
  const oauthScopes = oneString ? (text.trim() ? [text.trim()] : []) : splitScopes(text);
  const fields: SecurityFields = { oauthScopes };
  const before = splitScopes(old.join(' '));
  const copy = current.scopes;
  if (copy === undefined || copy.length === 0 || (copy.length === before.length && copy.every((s, i) => s === before[i]))) {
    fields.scopes = splitScopes(text);
  }
  return fields;
}

/** The Scope field's text. */
export function scopeText(settings: SecuritySettings): string {
  return (settings.oauthScopes ?? []).join(' ');
}
