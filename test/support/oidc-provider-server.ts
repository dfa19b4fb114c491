// A certified OpenID Connect provider nobody here wrote (the oidc-provider package), started on
// 127.0.0.1 for tests: its own login and consent pages (devInteractions: any login, any password),
// PKCE, loopback redirect URIs on any port for native clients and exact ones for web clients,
// refresh tokens only for offline_access asked with prompt=consent, rotating refresh tokens, the
// client credentials grant, and clients that authenticate only one way. Around it, two things the
// provider does not have: a protected resource that takes its live access tokens, and a record of
// every token request (grant, how the client authenticated, the scope asked; never a secret).
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface OidcClient {
  clientId: string;
  clientSecret?: string;
}

export interface OidcTokenRequest {
  grant: string;
  /** How the client authenticated: an Authorization: Basic header, client_secret in the body, or neither. */
  auth: 'basic' | 'body' | 'none';
  /** The scope parameter as sent, if any. */
  scope?: string;
  status: number;
  error?: string;
}

export interface OidcTestServer {
  issuer: string;
  authorizationUrl: string;
  tokenUrl: string;
  /** GET with a bearer token: 200 JSON {subject, clientId, scope} for a live token, else 401. */
  resourceUrl: string;
  /** Public native client: no secret, loopback redirect on any port. */
  nativeClient: OidcClient;
  /** Confidential client that may authenticate only with HTTP Basic (client_secret_basic). */
  basicClient: OidcClient & { clientSecret: string };
  /** Confidential client that may authenticate only in the body (client_secret_post). */
  postClient: OidcClient & { clientSecret: string };
  /** Client credentials only (client_secret_basic). */
  serviceClient: OidcClient & { clientSecret: string };
  /** The port web clients' redirect URI is registered with, exactly. */
  fixedRedirectPort: number;
  tokenRequests: OidcTokenRequest[];
  /** Every access token, refresh token and code issued so far. */
  issued(): string[];
  /** The refresh tokens issued so far, oldest first. */
  refreshTokens(): string[];
  /** The authorization codes issued so far. */
  codes(): string[];
  /** Makes every access token issued so far invalid (a revocation the client does not know of). */
  revokeAccessTokens(): Promise<void>;
  close(): Promise<void>;
}

export interface OidcServerOptions {
  accessTokenLifetimeSeconds?: number;
  /** Answer 404 for the well-known metadata documents (a server that publishes none). */
  hideMetadata?: boolean;
  /** token_endpoint_auth_methods_supported (default: basic, post and none). */
  clientAuthMethods?: string[];
  /** The fixed loopback port registered for the web clients (default: a free one). */
  fixedRedirectPort?: number;
}

async function freePort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

export async function startOidcProvider(options: OidcServerOptions = {}): Promise<OidcTestServer> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const fixedRedirectPort = options.fixedRedirectPort ?? (await freePort());
  const secret = () => randomBytes(24).toString('base64url');
  const basicClient = { clientId: 'studio-basic', clientSecret: secret() };
  const postClient = { clientId: 'studio-post', clientSecret: secret() };
  const serviceClient = { clientId: 'studio-service', clientSecret: secret() };
  const code = { grant_types: ['authorization_code', 'refresh_token'], response_types: ['code'] };

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'studio-native',
        token_endpoint_auth_method: 'none',
        application_type: 'native',
        redirect_uris: ['http://127.0.0.1/callback'],
        ...code,
      },
      {
        client_id: basicClient.clientId,
        client_secret: basicClient.clientSecret,
        token_endpoint_auth_method: 'client_secret_basic',
        application_type: 'web',
        redirect_uris: [`http://127.0.0.1:${fixedRedirectPort}/callback`],
        ...code,
      },
      {
        client_id: postClient.clientId,
        client_secret: postClient.clientSecret,
        token_endpoint_auth_method: 'client_secret_post',
        application_type: 'native',
        redirect_uris: ['http://127.0.0.1/callback'],
        ...code,
      },
      {
        client_id: serviceClient.clientId,
        client_secret: serviceClient.clientSecret,
        token_endpoint_auth_method: 'client_secret_basic',
        grant_types: ['client_credentials'],
        response_types: [],
        redirect_uris: [],
        scope: 'api:read',
      },
    ],
    ...(options.clientAuthMethods ? { clientAuthMethods: options.clientAuthMethods } : {}),
    scopes: ['openid', 'offline_access', 'profile', 'api:read'],
    features: {
      devInteractions: { enabled: true },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => `${issuer}/resource`,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({ scope: 'api:read', accessTokenFormat: 'opaque', audience: `${issuer}/resource` }),
      },
    },
    rotateRefreshToken: true,
    ttl: {
      AccessToken: options.accessTokenLifetimeSeconds ?? 600,
      ClientCredentials: options.accessTokenLifetimeSeconds ?? 600,
      AuthorizationCode: 60,
      IdToken: 600,
      RefreshToken: 24 * 3600,
      Grant: 24 * 3600,
      Interaction: 600,
      Session: 24 * 3600,
    },
    jwks: {
      keys: [{ ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }), kid: 'test', use: 'sig' }],
    },
    cookies: { keys: [secret()] },
    findAccount: (_ctx: unknown, id: string) => ({ accountId: id, claims: () => ({ sub: id }) }),
  });

  const tokenRequests: OidcTokenRequest[] = [];
  const issued = new Set<string>();
  const accessTokens = new Set<string>();
  const refreshTokens = new Set<string>();
  const codes = new Set<string>();
  for (const event of [
    'access_token.saved',
    'access_token.issued',
    'client_credentials.saved',
    'client_credentials.issued',
    'refresh_token.saved',
    'authorization_code.saved',
  ]) {
    provider.on(event, (token: { jti: string }) => {
      issued.add(token.jti);
      if (/access_token|client_credentials/.test(event)) accessTokens.add(token.jti);
      if (event === 'refresh_token.saved') refreshTokens.add(token.jti);
      if (event === 'authorization_code.saved') codes.add(token.jti);
    });
  }
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.method !== 'POST' || ctx.path !== '/token') return;
    const oidc = (ctx as unknown as { oidc?: { params?: Record<string, unknown>; body?: Record<string, unknown> } }).oidc;
    const params = oidc?.params ?? {};
    const body = oidc?.body ?? {};
    const basic = /^Basic /i.test(ctx.get('authorization'));
    const error = (ctx.body as { error?: string } | undefined)?.error;
    tokenRequests.push({
      grant: String(params.grant_type ?? body.grant_type ?? ''),
      auth: basic ? 'basic' : body.client_secret !== undefined ? 'body' : 'none',
      ...(typeof params.scope === 'string' ? { scope: params.scope } : typeof body.scope === 'string' ? { scope: body.scope } : {}),
      status: ctx.status,
      ...(error ? { error } : {}),
    });
  });

  const handler = provider.callback();
  const resource = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const token = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
    const found = token ? ((await provider.AccessToken.find(token)) ?? (await provider.ClientCredentials.find(token))) : undefined;
    if (!found || found.isExpired) {
      res.writeHead(401, { 'Content-Type': 'application/json', 'WWW-Authenticate': 'Bearer error="invalid_token"' });
      return res.end(JSON.stringify({ error: 'invalid_token' }));
    }
    const f = found as unknown as { accountId?: string; clientId: string; scope?: string };
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ subject: f.accountId ?? f.clientId, clientId: f.clientId, scope: f.scope ?? '' }));
  };
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const path = new URL(req.url ?? '/', issuer).pathname;
    if (path === '/resource') return void resource(req, res).catch(() => res.writeHead(500).end());
    if (options.hideMetadata && path.includes('/.well-known/'))
      return res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    handler(req, res);
  });

  return {
    issuer,
    authorizationUrl: `${issuer}/auth`,
    tokenUrl: `${issuer}/token`,
    resourceUrl: `${issuer}/resource`,
    nativeClient: { clientId: 'studio-native' },
    basicClient,
    postClient,
    serviceClient,
    fixedRedirectPort,
    tokenRequests,
    issued: () => [...issued],
    refreshTokens: () => [...refreshTokens],
    codes: () => [...codes],
    async revokeAccessTokens() {
      for (const jti of accessTokens) {
        const t = (await provider.AccessToken.find(jti)) ?? (await provider.ClientCredentials.find(jti));
        await t?.destroy();
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * The browser's part without a browser, for Node tests: follows the provider's redirects with its
 * cookies, signs in on its login page, presses Continue on its consent page, and answers the URL it
 * finally sends the browser to (the loopback callback), without following that one.
 */
export async function signInWithoutBrowser(authorizeUrl: string, login = 'ada'): Promise<string> {
  const jar = new Map<string, string>();
  const origin = new URL(authorizeUrl).origin;
  const remember = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair!.indexOf('=');
      jar.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  let url = authorizeUrl;
  let form: URLSearchParams | undefined;
  for (let hop = 0; hop < 20; hop++) {
    const res = await fetch(url, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: { cookie: cookie(), ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      ...(form ? { body: form.toString() } : {}),
    });
    remember(res);
    form = undefined;
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      const next = new URL(location, url);
      if (next.origin !== origin) return next.href;
      url = next.href;
      continue;
    }
    const page = await res.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1];
    const prompt = /name="prompt" value="(\w+)"/.exec(page)?.[1];
    if (res.status !== 200 || !action || !prompt)
      throw new Error(
        `The provider answered ${res.status} without a login or consent form: ${page
          .replace(/<[^>]+>/g, ' ')
          .replace(/\s+/g, ' ')
          .slice(0, 300)}`,
      );
    url = new URL(action.replace(/&amp;/g, '&'), url).href;
    form = new URLSearchParams(prompt === 'login' ? { prompt, login, password: 'any' } : { prompt });
  }
  throw new Error('The provider redirected more than 20 times.');
}
