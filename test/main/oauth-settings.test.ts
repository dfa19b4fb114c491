// Where and how a connector signs in, read from its files: Generic OAuth 2 (customParameters, else
// the security definition), Entra ID (v2.0 endpoints, resource -> <resource>/.default), named
// providers, oauth2generic templates (real corpus connectors where they exist), and the requests
// built from them. Every refusal is one sentence.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { authenticateClient } from '../../main/services/oauth/client-authentication';
import { authorizationRequestUrl, clientCredentialsBody, codeExchangeBody, refreshBody } from '../../main/services/oauth/oauth-requests';
import { requireForGrant, resolveOAuthSettings, type OAuthSettings } from '../../main/services/oauth/oauth-settings';
import { StudioError } from '../../shared/contracts/ipc/studio-error';
import { CONNECTORS_DIR, HAVE_CORPUS } from '../support/corpus';

const definition = (security?: object) =>
  JSON.stringify({ swagger: '2.0', info: { title: 't', version: '1' }, paths: {}, ...(security ? { securityDefinitions: security } : {}) });
const properties = (oAuthSettings: object, extra: object = {}) =>
  JSON.stringify({ properties: { connectionParameters: { token: { type: 'oauthSetting', oAuthSettings }, ...extra } } });

function resolve(
  propertiesText: string | undefined,
  opts: { definitionText?: string; values?: Record<string, string>; secret?: string | null } = {},
): OAuthSettings {
  return resolveOAuthSettings({
    texts: { definitionText: opts.definitionText ?? definition(), ...(propertiesText !== undefined ? { propertiesText } : {}) },
    values: opts.values ?? {},
    connectorClientSecret: opts.secret ?? null,
  });
}

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(StudioError);
    return (err as Error).message;
  }
  throw new Error('expected a refusal');
}

function corpus(name: string): { definitionText: string; propertiesText: string } {
  const dir = path.join(CONNECTORS_DIR, name);
  return {
    definitionText: readFileSync(path.join(dir, 'apiDefinition.swagger.json'), 'utf8'),
    propertiesText: readFileSync(path.join(dir, 'apiProperties.json'), 'utf8'),
  };
}

const redirect = 'http://127.0.0.1:50123/callback';

describe('Generic OAuth 2 and named providers', () => {
  it('takes customParameters first, the refresh URL apart, and the client secret from the store', () => {
    const s = resolve(
      properties({
        identityProvider: 'oauth2',
        clientId: 'app',
        scopes: ['read write', 'admin'],
        customParameters: {
          authorizationUrl: { value: 'https://id.example.com/authorize' },
          tokenUrl: { value: 'https://id.example.com/token' },
          refreshUrl: { value: 'https://id.example.com/refresh' },
        },
      }),
      { secret: 'from-the-store' },
    );
    expect(s).toMatchObject({
      provider: 'oauth2',
      parameterName: 'token',
      clientId: 'app',
      clientSecret: 'from-the-store',
      scopes: ['read', 'write', 'admin'],
    });
    expect([s.authorizationUrl, s.tokenUrl, s.refreshUrl]).toEqual([
      'https://id.example.com/authorize',
      'https://id.example.com/token',
      'https://id.example.com/refresh',
    ]);
  });

  it('falls back to the oauth2 security definition, and the connection may give its own client', () => {
    const s = resolve(properties({ identityProvider: 'oauth2', clientId: 'file-client' }), {
      definitionText: definition({
        oauth: {
          type: 'oauth2',
          flow: 'accessCode',
          authorizationUrl: 'https://a.example.com/auth',
          tokenUrl: 'https://a.example.com/tok',
          scopes: { 'x.read': '' },
        },
      }),
      values: { 'token:clientId': 'conn-client', 'TOKEN:clientsecret': 'conn-secret' },
      secret: 'store-secret',
    });
    expect(s).toMatchObject({
      clientId: 'conn-client',
      clientSecret: 'conn-secret',
      scopes: ['x.read'],
      authorizationUrl: 'https://a.example.com/auth',
      tokenUrl: 'https://a.example.com/tok',
      refreshUrl: 'https://a.example.com/tok',
    });
  });

  it('reads a definition with no apiProperties.json (the parameter is then "token")', () => {
    const s = resolve(undefined, {
      definitionText: definition({
        o: { type: 'oauth2', authorizationUrl: 'https://a.example.com/auth', tokenUrl: 'https://a.example.com/tok' },
      }),
    });
    expect(s).toMatchObject({ provider: 'oauth2', parameterName: 'token' });
    expect(refusal(() => requireForGrant(s, 'authorization_code'))).toBe(
      'The OAuth settings have no client id; enter it on the Security tab.',
    );
  });

  it('a named provider is read from the security definition, and says so when that lacks an endpoint', () => {
    const s = resolve(properties({ identityProvider: 'facebook', clientId: 'fb' }), {
      definitionText: definition({ o: { type: 'oauth2', authorizationUrl: 'https://graph.facebook.com/oauth/authorize' } }),
    });
    expect(s.authorizationUrl).toBe('https://graph.facebook.com/oauth/authorize');
    expect(refusal(() => requireForGrant(s, 'authorization_code'))).toBe(
      `There is no token URL in the definition's oauth2 security definition (the platform knows the "facebook" provider's endpoints; the studio reads them there).`,
    );
  });

  it('refuses endpoints that would send secrets in the clear, carry credentials or an environment variable', () => {
    const withUrl = (url: string) => () => resolve(properties({ clientId: 'a', customParameters: { tokenUrl: { value: url } } }));
    expect(refusal(withUrl('http://id.example.com/token'))).toBe(
      'The token URL "http://id.example.com/token" is not an https URL; only https (or http on 127.0.0.1 / localhost) may receive sign-in secrets.',
    );
    expect(refusal(withUrl('https://user:pw@id.example.com/token'))).toBe('The token URL must not hold a user name or password.');
    expect(refusal(withUrl('@environmentVariables("x_TokenUrl")'))).toMatch(
      /uses an environment variable, which only the platform resolves/,
    );
    expect(refusal(withUrl('not a url'))).toBe('The token URL "not a url" is not a valid URL.');
    expect(resolve(properties({ clientId: 'a', customParameters: { tokenUrl: { value: 'http://localhost:8080/token' } } })).tokenUrl).toBe(
      'http://localhost:8080/token',
    );
  });

  it('says when the connector does not use OAuth 2.0 at all', () => {
    expect(refusal(() => resolve(JSON.stringify({ properties: { connectionParameters: { api_key: { type: 'securestring' } } } })))).toBe(
      'The connector does not use OAuth 2.0: apiProperties.json has no oauthSetting connection parameter and the definition no oauth2 security definition.',
    );
  });

  it('reads broken JSON as far as it goes', () => {
    const s = resolve('{"properties":{"connectionParameters":{"token":{"type":"oauthSetting","oAuthSettings":{"clientId":"c",}}}}', {
      definitionText: definition({
        o: { type: 'oauth2', authorizationUrl: 'https://a.example.com/auth', tokenUrl: 'https://a.example.com/tok' },
      }),
    });
    expect(s.clientId).toBe('c');
  });
});

describe('Entra ID (aad)', () => {
  const aad = (custom: Record<string, string>, scopes: string[] = []) =>
    properties({
      identityProvider: 'aad',
      clientId: 'app-id',
      scopes,
      customParameters: Object.fromEntries(Object.entries(custom).map(([k, v]) => [k, { value: v }])),
    });

  it('v2.0 endpoints from the login URI and tenant; the resource becomes <resource>/.default, plus offline_access for the code grant', () => {
    const s = resolve(
      aad({ loginUri: 'https://login.windows.net/', tenantId: 'contoso.onmicrosoft.com', resourceUri: 'https://graph.microsoft.com' }),
    );
    expect(s.authorizationUrl).toBe('https://login.windows.net/contoso.onmicrosoft.com/oauth2/v2.0/authorize');
    expect(s.tokenUrl).toBe('https://login.windows.net/contoso.onmicrosoft.com/oauth2/v2.0/token');
    expect(s.scopes).toEqual(['https://graph.microsoft.com/.default']);
    const r = requireForGrant({ ...s, clientSecret: 'x' }, 'client_credentials');
    expect(clientCredentialsBody(r).get('scope')).toBe('https://graph.microsoft.com/.default');
    const url = new URL(
      authorizationRequestUrl({ ...r, authorizationUrl: s.authorizationUrl! }, { redirectUri: redirect, state: 's', codeChallenge: 'c' }),
    );
    expect(url.searchParams.get('scope')).toBe('https://graph.microsoft.com/.default offline_access');
  });

  it('defaults to login.microsoftonline.com and the common tenant; a resource ending in "/" keeps it (//.default)', () => {
    const s = resolve(aad({ resourceUri: 'https://management.core.windows.net/' }));
    expect(s.authorizationUrl).toBe('https://login.microsoftonline.com/common/oauth2/v2.0/authorize');
    expect(s.scopes).toEqual(['https://management.core.windows.net//.default']);
  });

  it('without a resource, sends the scopes; with neither, refuses', () => {
    expect(resolve(aad({}, ['api://x/access_as_user'])).scopes).toEqual(['api://x/access_as_user']);
    expect(refusal(() => resolve(aad({})))).toBe(
      'The Entra ID settings have neither a resource URL nor scopes, so there is nothing to ask a token for.',
    );
    expect(refusal(() => resolve(aad({ tenantId: 'a/b?c', resourceUri: 'r' })))).toMatch(/^The tenant id "a\/b\?c" is neither a GUID/);
  });

  it('aadcertificate is first-party only', () => {
    expect(refusal(() => resolve(properties({ identityProvider: 'aadcertificate' })))).toMatch(/first-party \(Microsoft\) connectors/);
  });

  it.skipIf(!HAVE_CORPUS)('real connectors: CM Informatik AG (api:// resource) and AzureKeyVault (login.windows.net)', () => {
    const cmi = resolveOAuthSettings({ texts: corpus('certified-connectors/CM Informatik AG'), values: {}, connectorClientSecret: null });
    expect(cmi.scopes).toEqual(['api://cmi-proxy-aadbridge-prod-e780cbb4-ae62-8dc7-69cf-46374cd56a34/.default']);
    expect(cmi.tokenUrl).toBe('https://login.microsoftonline.com/common/oauth2/v2.0/token');
    const kv = resolveOAuthSettings({ texts: corpus('custom-connectors/AzureKeyVault'), values: {}, connectorClientSecret: null });
    expect(kv.authorizationUrl).toBe('https://login.windows.net/common/oauth2/v2.0/authorize');
    expect(kv.scopes).toEqual(['https://vault.azure.net/.default']);
  });
});

describe('requests', () => {
  const generic = requireForGrant(
    resolve(
      properties({
        clientId: 'app',
        scopes: ['a', 'b'],
        customParameters: {
          authorizationUrl: { value: 'https://id.example.com/authorize?prompt=consent' },
          tokenUrl: { value: 'https://id.example.com/token' },
        },
      }),
      { secret: 'cs' },
    ),
    'authorization_code',
  );

  it('the authorization URL keeps its own query and adds the standard parameters and PKCE', () => {
    const url = new URL(
      authorizationRequestUrl(
        { ...generic, authorizationUrl: generic.authorizationUrl! },
        { redirectUri: redirect, state: 'st', codeChallenge: 'ch' },
      ),
    );
    expect(Object.fromEntries(url.searchParams)).toEqual({
      prompt: 'consent',
      response_type: 'code',
      client_id: 'app',
      scope: 'a b',
      redirect_uri: redirect,
      state: 'st',
      code_challenge: 'ch',
      code_challenge_method: 'S256',
    });
  });

  it('token bodies: the code with its verifier, a refresh with no scope (RFC 6749 §6); the client added where its authentication says', () => {
    const code = codeExchangeBody(generic, { code: 'k', redirectUri: redirect, codeVerifier: 'v' });
    expect(Object.fromEntries(code)).toEqual({ grant_type: 'authorization_code', code: 'k', redirect_uri: redirect, code_verifier: 'v' });
    expect(Object.fromEntries(refreshBody(generic, 'r'))).toEqual({ grant_type: 'refresh_token', refresh_token: 'r' });
    const client = { clientId: 'app', clientSecret: 'cs' };
    expect(authenticateClient(code, client, 'body')).toEqual({
      form: new URLSearchParams({ ...Object.fromEntries(code), client_id: 'app', client_secret: 'cs' }),
      headers: {},
    });
    // Basic: each part form-encoded, then base64 (RFC 6749 §2.3.1); nothing of the client in the body.
    const odd = { clientId: 'a:b c', clientSecret: 's%/ü' };
    const basic = authenticateClient(code, odd, 'basic');
    expect(Object.fromEntries(basic.form)).toEqual(Object.fromEntries(code));
    expect(Buffer.from(basic.headers.Authorization!.replace(/^Basic /, ''), 'base64').toString('utf8')).toBe('a%3Ab+c:s%25%2F%C3%BC');
    expect(Object.fromEntries(authenticateClient(code, { clientId: 'app' }, 'none').form)).toMatchObject({ client_id: 'app' });
  });

  it('Entra ID refreshes with the scopes of the sign-in, as its v2.0 endpoint expects', () => {
    const s = requireForGrant(
      resolve(
        properties({
          identityProvider: 'aad',
          clientId: 'app-id',
          customParameters: { resourceUri: { value: 'https://graph.microsoft.com' } },
        }),
      ),
      'refresh_token',
    );
    expect(refreshBody(s, 'r').get('scope')).toBe('https://graph.microsoft.com/.default offline_access');
  });
});

describe('oauth2generic templates', () => {
  it.skipIf(!HAVE_CORPUS)('Zoho Mail: {CustomHost} from the connection, the query template filled, the verifier always sent', () => {
    const texts = corpus('certified-connectors/Zoho Mail');
    const s = requireForGrant(
      resolveOAuthSettings({ texts, values: { 'token:customHost': '.eu' }, connectorClientSecret: 'zs' }),
      'authorization_code',
    );
    expect(s.authorizationUrl).toBe('https://accounts.zoho.eu/oauth/v2/auth');
    expect(s.tokenUrl).toBe('https://accounts.zoho.eu/oauth/v2/token');
    const url = new URL(
      authorizationRequestUrl({ ...s, authorizationUrl: s.authorizationUrl! }, { redirectUri: redirect, state: 'st', codeChallenge: 'ch' }),
    );
    expect(url.searchParams.get('access_type')).toBe('offline');
    expect(url.searchParams.get('prompt')).toBe('consent');
    expect(url.searchParams.get('redirect_uri')).toBe(redirect);
    expect(url.searchParams.get('scope')).toBe(s.scopes.join(' '));
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    const body = codeExchangeBody(s, { code: 'k', redirectUri: redirect, codeVerifier: 'v' });
    expect(Object.fromEntries(body)).toMatchObject({
      code: 'k',
      grant_type: 'authorization_code',
      redirect_uri: redirect,
      client_id: s.clientId,
      client_secret: 'zs',
      code_verifier: 'v',
    });
    expect(Object.fromEntries(refreshBody(s, 'rt'))).toMatchObject({
      grant_type: 'refresh_token',
      refresh_token: 'rt',
      client_secret: 'zs',
    });
  });

  it('a value cannot add a parameter, and an unknown placeholder is named', () => {
    const props = (query: string) =>
      properties({
        identityProvider: 'oauth2generic',
        clientId: 'c',
        customParameters: {
          authorizationUrlTemplate: { value: 'https://{Region}.example.com/auth' },
          tokenUrlTemplate: { value: 'https://x.example.com/t' },
          authorizationUrlQueryStringTemplate: { value: query },
        },
      });
    const s = requireForGrant(
      resolve(props('?tenant={Tenant}&client_id={ClientId}'), { values: { 'token:region': 'eu', 'token:tenant': 'a&scope=evil' } }),
      'authorization_code',
    );
    const url = new URL(
      authorizationRequestUrl({ ...s, authorizationUrl: s.authorizationUrl! }, { redirectUri: redirect, state: 's', codeChallenge: 'c' }),
    );
    expect(url.host).toBe('eu.example.com');
    expect(url.searchParams.getAll('tenant')).toEqual(['a&scope=evil']);
    expect(url.searchParams.getAll('scope')).toEqual([]);
    expect(refusal(() => resolve(props(''), { values: {} }))).toBe(
      "The authorization URL template names {Region}, which neither the sign-in nor the connection's values give.",
    );
  });
});
