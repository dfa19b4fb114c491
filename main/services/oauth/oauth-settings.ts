// Where and how a connector signs in, read from the connector as it is being edited: the
// `oauthSetting` connection parameter of apiProperties.json (identityProvider, clientId, scopes,
// customParameters) and, where that says nothing, the definition's oauth2 security definition.
//
// - Generic OAuth 2 (`oauth2`) and named providers (github, facebook, ...): customParameters
//   authorizationUrl / tokenUrl / refreshUrl, else the security definition's authorizationUrl and
//   tokenUrl (the platform knows named providers' endpoints; the studio can only read them here).
// - `oauth2generic`: the URL, query and body templates, filled per request (oauth-templates.ts).
// - Entra ID (`aad`): the v2.0 endpoints <loginUri>/<tenantId>/oauth2/v2.0/authorize|token. v2.0
//   because it is the endpoint that takes PKCE from a desktop app with a loopback redirect on any
//   port. The platform sends the v1 `resource`; its v2.0 equivalent is the scope `<resourceUri>/.default`
//   (the permissions granted to the app for that resource; a resource ending in "/" gives "//.default",
//   as Microsoft documents), plus `offline_access` for a refresh token. Without a resourceUri the
//   connector's scopes are sent as they are. enableOnbehalfOfLogin concerns the platform, not a test.
//
// The client secret never comes from a file: the connection's value `<param>:clientSecret`, else the
// connector secret "clientSecret" the Security tab keeps in the secret store.
import { asObject, asString, asStringArray, entries, listSecurityDefinitions } from '../../../shared/core/model';
import { StudioError } from '../../../shared/contracts/ipc';
import { JsonDocument } from '../../../shared/core/text';
import type { ConnectorTexts } from '../service-context';
import { fillTemplate, templateLookup } from './oauth-templates';

export type OAuthGrant = 'authorization_code' | 'client_credentials';

export interface OAuthSettings {
  /** identityProvider as written, lower-cased; "oauth2" when only the definition declares OAuth. */
  provider: string;
  /** The oauthSetting connection parameter ("token"), whose sub-values (token:clientId) count. */
  parameterName: string;
  authorizationUrl?: string;
  tokenUrl?: string;
  /** Where refresh tokens go: the refresh URL when one is given, else the token URL. */
  refreshUrl?: string;
  clientId?: string;
  clientSecret?: string;
  /** Scopes of every grant. */
  scopes: string[];
  /** Scopes only the authorization code grant asks for (Entra ID's offline_access). */
  codeScopes: string[];
  scopeDelimiter: string;
  /** oauth2generic: query and body templates, filled per request. */
  templates: { authorizeQuery?: string; tokenBody?: string; refreshBody?: string };
  /** The connection's values (template placeholders). */
  values: Record<string, string>;
}

export interface SettingsInput {
  texts: ConnectorTexts;
  /** The saved connection's values, secret ones included. */
  values: Record<string, string>;
  /** The connector secret "clientSecret" from the secret store, if any. */
  connectorClientSecret: string | null;
}

const fail = (message: string): never => {
  throw new StudioError('oauth-settings', message);
};

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** An endpoint must be https: the client secret, codes and tokens go there. Plain http is allowed only on this machine. */
export function checkEndpoint(what: string, raw: string): string {
  const shown = raw.length > 120 ? `${raw.slice(0, 117)}...` : raw;
  if (/@environmentVariables\(/i.test(raw))
    fail(
      `The ${what} "${shown}" uses an environment variable, which only the platform resolves; write the URL itself to sign in from the studio.`,
    );
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return fail(`The ${what} "${shown}" is not a valid URL.`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))) {
    fail(`The ${what} "${shown}" is not an https URL; only https (or http on 127.0.0.1 / localhost) may receive sign-in secrets.`);
  }
  if (url.username || url.password) fail(`The ${what} must not hold a user name or password.`);
  url.hash = '';
  return url.href;
}

function caseless(o: Record<string, unknown> | undefined): (key: string) => unknown {
  const map = new Map(entries(o).map(([k, v]) => [k.toLowerCase(), v] as const));
  return (key) => map.get(key.toLowerCase());
}

function parse(text: string | undefined): unknown {
  return text === undefined ? undefined : JsonDocument.parse(text).value;
}

function findOAuthParameter(properties: unknown): { name: string; settings: Record<string, unknown> } | undefined {
  for (const [name, raw] of entries(asObject(asObject(properties)?.properties)?.connectionParameters)) {
    const p = asObject(raw);
    if (p && String(p.type).toLowerCase() === 'oauthsetting') return { name, settings: asObject(p.oAuthSettings) ?? {} };
  }
  return undefined;
}

function splitScopes(list: string[]): string[] {
  return list.flatMap((s) => s.split(/\s+/)).filter(Boolean);
}

export function resolveOAuthSettings(input: SettingsInput): OAuthSettings {
  const definition = listSecurityDefinitions(parse(input.texts.definitionText)).find((d) => d.type === 'oauth2');
  const param = findOAuthParameter(parse(input.texts.propertiesText));
  if (!param && !definition) {
    fail(
      'The connector does not use OAuth 2.0: apiProperties.json has no oauthSetting connection parameter and the definition no oauth2 security definition.',
    );
  }
  const oauth = param?.settings ?? {};
  const parameterName = param?.name ?? 'token';
  const provider = (asString(oauth.identityProvider) ?? 'oauth2').trim().toLowerCase();
  const custom = caseless(asObject(oauth.customParameters));
  const customValue = (key: string): string | undefined => {
    const v = asString(asObject(custom(key))?.value)?.trim();
    return v ? v : undefined;
  };
  const fromConnection = caseless(input.values);
  const connectionValue = (sub: string): string | undefined => {
    const v = fromConnection(`${parameterName}:${sub}`);
    return typeof v === 'string' && v !== '' ? v : undefined;
  };

  const clientId = connectionValue('clientId') ?? asString(oauth.clientId)?.trim();
  const clientSecret = connectionValue('clientSecret') ?? input.connectorClientSecret ?? undefined;
  let scopes = splitScopes(asStringArray(oauth.scopes));
  if (scopes.length === 0 && definition) scopes = definition.scopes;
  const base = {
    provider,
    parameterName,
    ...(clientId ? { clientId } : {}),
    ...(clientSecret ? { clientSecret } : {}),
    scopes,
    codeScopes: [] as string[],
    scopeDelimiter: customValue('scopeListDelimiter') ?? ' ',
    templates: {},
    values: input.values,
  };
  if (clientId && /@environmentVariables\(/i.test(clientId)) {
    fail(
      'The client id uses an environment variable, which only the platform resolves; write the client id itself to sign in from the studio.',
    );
  }

  switch (provider) {
    case 'aadcertificate':
      return fail(
        'The identity provider "aadcertificate" signs in with a certificate only first-party (Microsoft) connectors have; the studio cannot sign in with it.',
      );
    case 'aad': {
      const loginUri = checkEndpoint('login URI', customValue('loginUri') ?? 'https://login.microsoftonline.com').replace(/\/+$/, '');
      const tenant = customValue('tenantId') ?? 'common';
      if (!/^[A-Za-z0-9.-]{1,100}$/.test(tenant))
        fail(`The tenant id "${tenant.slice(0, 60)}" is neither a GUID, a domain nor common / organizations / consumers.`);
      const resource = customValue('resourceUri');
      const aadScopes = resource ? [`${resource}/.default`] : scopes;
      if (aadScopes.length === 0)
        fail('The Entra ID settings have neither a resource URL nor scopes, so there is nothing to ask a token for.');
      const endpoint = (leg: string) => `${loginUri}/${encodeURIComponent(tenant)}/oauth2/v2.0/${leg}`;
      return {
        ...base,
        scopes: aadScopes,
        codeScopes: ['offline_access'],
        authorizationUrl: endpoint('authorize'),
        tokenUrl: endpoint('token'),
        refreshUrl: endpoint('token'),
      };
    }
    case 'oauth2generic': {
      const lookup = templateLookup(clientId ? { clientid: clientId } : {}, input.values, parameterName);
      const url = (key: string, what: string) => {
        const t = customValue(key);
        return t === undefined ? undefined : checkEndpoint(what, fillTemplate(t, lookup, `${what} template`));
      };
      const authorizationUrl = url('authorizationUrlTemplate', 'authorization URL');
      const tokenUrl = url('tokenUrlTemplate', 'token URL');
      const refreshUrl = url('refreshUrlTemplate', 'refresh URL') ?? tokenUrl;
      const authorizeQuery = customValue('authorizationUrlQueryStringTemplate');
      const tokenBody = customValue('tokenBodyTemplate');
      const refreshBody = customValue('refreshBodyTemplate');
      return {
        ...base,
        ...(authorizationUrl ? { authorizationUrl } : {}),
        ...(tokenUrl ? { tokenUrl } : {}),
        ...(refreshUrl ? { refreshUrl } : {}),
        templates: {
          ...(authorizeQuery ? { authorizeQuery } : {}),
          ...(tokenBody ? { tokenBody } : {}),
          ...(refreshBody ? { refreshBody } : {}),
        },
      };
    }
    default: {
      const pick = (key: 'authorizationUrl' | 'tokenUrl', what: string) => {
        const v = customValue(key) ?? definition?.[key]?.trim();
        return v ? checkEndpoint(what, v) : undefined;
      };
      const authorizationUrl = pick('authorizationUrl', 'authorization URL');
      const tokenUrl = pick('tokenUrl', 'token URL');
      const refresh = customValue('refreshUrl');
      const refreshUrl = refresh ? checkEndpoint('refresh URL', refresh) : tokenUrl;
      return {
        ...base,
        ...(authorizationUrl ? { authorizationUrl } : {}),
        ...(tokenUrl ? { tokenUrl } : {}),
        ...(refreshUrl ? { refreshUrl } : {}),
      };
    }
  }
}

/** The settings a grant (or a refresh) needs, or one sentence naming what is missing. */
export function requireForGrant(
  s: OAuthSettings,
  grant: OAuthGrant | 'refresh_token',
): OAuthSettings & { tokenUrl: string; refreshUrl: string; clientId: string } {
  const where =
    s.provider === 'oauth2' || s.provider === 'oauth2generic' || s.provider === 'aad'
      ? 'the Security settings'
      : `the definition's oauth2 security definition (the platform knows the "${s.provider}" provider's endpoints; the studio reads them there)`;
  if (!s.clientId) fail('The OAuth settings have no client id; enter it on the Security tab.');
  if (grant === 'authorization_code' && !s.authorizationUrl) fail(`There is no authorization URL in ${where}.`);
  if (!s.tokenUrl) fail(`There is no token URL in ${where}.`);
  if (grant === 'client_credentials' && !s.clientSecret)
    fail('The client credentials grant needs a client secret; enter it on the Security tab.');
  return s as OAuthSettings & { tokenUrl: string; refreshUrl: string; clientId: string };
}
