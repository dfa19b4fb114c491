// A small, real OAuth 2.0 authorization server on node:http for tests (unit and end-to-end): the
// authorization code grant with a login and consent form a browser (or Playwright) fills in, codes
// that work once, PKCE S256 verified on every code, rotating refresh tokens, the client credentials
// grant for confidential clients, short configurable token lifetimes, and a protected resource
// that takes only a live bearer token. Loopback redirect URIs match on any port (RFC 8252 §7.3).
//
// Why not a package: oauth2-mock-server (the maintained registry choice) checks code_verifier only
// when the client sends one, accepts any code and any refresh token, does not authenticate clients
// and asks nobody to sign in; its 9.x needs Node 22. A server that accepts everything cannot show
// that the studio's requests are right.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OAuthTestClient {
  clientId: string;
  /** Confidential clients have one (and may use the client credentials grant); public ones do not. */
  clientSecret?: string;
  /** Registered redirect URIs; an http://127.0.0.1/... one matches that path on any port. */
  redirectUris: string[];
}

export interface OAuthServerOptions {
  clients?: OAuthTestClient[];
  /** User name -> password for the login form. */
  users?: Record<string, string>;
  accessTokenLifetimeSeconds?: number;
  codeLifetimeSeconds?: number;
  /** A refresh token works once and the answer carries the next one (default true). */
  rotateRefreshTokens?: boolean;
  /** The server's clock in milliseconds (tests move it to expire tokens without waiting). */
  now?: () => number;
}

export interface TokenRequestRecord {
  grant: string;
  clientId?: string;
  ok: boolean;
  error?: string;
  /** The form fields received, secrets included: for assertions on what the client sent. */
  form: Record<string, string>;
}

export interface OAuthTestServer {
  origin: string;
  authorizationUrl: string;
  tokenUrl: string;
  /** GET: 200 JSON with the token's subject and scope for a live bearer token, else 401. */
  resourceUrl: string;
  /** The default clients (registered unless `clients` was given): studio-public, and studio-confidential with a random secret. */
  publicClient: OAuthTestClient;
  confidentialClient: OAuthTestClient & { clientSecret: string };
  /** The first user of the login form (default ada / lovelace-Pa55). */
  user: { username: string; password: string };
  tokenRequests: TokenRequestRecord[];
  /** Every token and code issued so far (tests scan returned values and errors for them). */
  issued(): { accessTokens: string[]; refreshTokens: string[]; codes: string[] };
  /** Makes every access token issued so far invalid at the resource (a server-side expiry or revocation). */
  revokeAccessTokens(): void;
  close(): Promise<void>;
}

interface PendingAuthorization {
  clientId: string;
  redirectUri: string;
  state?: string;
  scope: string;
  challenge: string;
}

interface CodeGrant extends PendingAuthorization {
  expiresAt: number;
  used: boolean;
  /** Tokens issued from it: revoked if the code is presented again (RFC 6749 §4.1.2). */
  issued: string[];
}

interface AccessToken {
  clientId: string;
  subject: string;
  scope: string;
  expiresAt: number;
  revoked: boolean;
}

interface RefreshToken {
  clientId: string;
  subject: string;
  scope: string;
  revoked: boolean;
}

const random = (prefix: string) => `${prefix}${randomBytes(24).toString('base64url')}`;
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Registered URI vs requested one; loopback registrations ignore the port (RFC 8252 §7.3). */
export function redirectUriMatches(registered: string, requested: string): boolean {
  let r: URL;
  let q: URL;
  try {
    r = new URL(registered);
    q = new URL(requested);
  } catch {
    return false;
  }
  if (r.protocol === 'http:' && r.hostname === '127.0.0.1') {
    return q.protocol === 'http:' && q.hostname === '127.0.0.1' && q.pathname === r.pathname && q.search === '' && q.hash === '';
  }
  return registered === requested;
}

async function readForm(req: http.IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 64 * 1024) throw new Error('form too large');
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}

function loginForm(txn: string, client: string, scope: string, problem?: string): string {
  return page(
    'Sign in to the test authorization server',
    `<p>${escapeHtml(client)} asks for access${scope ? ` to: ${escapeHtml(scope)}` : ''}.</p>` +
      (problem ? `<p role="alert">${escapeHtml(problem)}</p>` : '') +
      `<form method="post" action="/authorize"><input type="hidden" name="txn" value="${escapeHtml(txn)}">` +
      '<p><label>User name <input name="username" autocomplete="username"></label></p>' +
      '<p><label>Password <input name="password" type="password" autocomplete="current-password"></label></p>' +
      '<p><button type="submit" name="decision" value="allow">Allow</button> <button type="submit" name="decision" value="deny">Deny</button></p></form>',
  );
}

export async function startOAuthServer(options: OAuthServerOptions = {}): Promise<OAuthTestServer> {
  const now = options.now ?? Date.now;
  const lifetime = options.accessTokenLifetimeSeconds ?? 3600;
  const codeLifetime = options.codeLifetimeSeconds ?? 60;
  const rotate = options.rotateRefreshTokens ?? true;
  const publicClient: OAuthTestClient = { clientId: 'studio-public', redirectUris: ['http://127.0.0.1/callback'] };
  const confidentialClient = { clientId: 'studio-confidential', clientSecret: random('cs-'), redirectUris: ['http://127.0.0.1/callback'] };
  const clients = options.clients ?? [publicClient, confidentialClient];
  const users = options.users ?? { ada: 'lovelace-Pa55' };
  const [firstUser, firstPassword] = Object.entries(users)[0] ?? ['', ''];

  const pending = new Map<string, PendingAuthorization>();
  const codes = new Map<string, CodeGrant>();
  const accessTokens = new Map<string, AccessToken>();
  const refreshTokens = new Map<string, RefreshToken>();
  const tokenRequests: TokenRequestRecord[] = [];
  const clientOf = (id: string | null) => clients.find((c) => c.clientId === id);

  const send = (res: http.ServerResponse, status: number, headers: http.OutgoingHttpHeaders, body = '') => {
    res.writeHead(status, { 'Cache-Control': 'no-store', ...headers });
    res.end(body);
  };
  const html = (res: http.ServerResponse, status: number, body: string) =>
    send(res, status, { 'Content-Type': 'text/html; charset=utf-8' }, body);
  const redirectWith = (res: http.ServerResponse, redirectUri: string, params: Record<string, string | undefined>) => {
    const url = new URL(redirectUri);
    for (const [k, v] of Object.entries(params)) if (v !== undefined) url.searchParams.set(k, v);
    send(res, 302, { Location: url.href });
  };

  function authorizeGet(url: URL, res: http.ServerResponse) {
    const q = url.searchParams;
    const client = clientOf(q.get('client_id'));
    if (!client) return html(res, 400, page('Unknown client', '<p>The client_id is not registered here.</p>'));
    const redirectUri = q.get('redirect_uri') ?? '';
    if (!client.redirectUris.some((r) => redirectUriMatches(r, redirectUri))) {
      return html(res, 400, page('Redirect URI not registered', '<p>The redirect_uri is not registered for this client.</p>'));
    }
    const state = q.get('state') ?? undefined;
    if (q.get('response_type') !== 'code') return redirectWith(res, redirectUri, { error: 'unsupported_response_type', state });
    const challenge = q.get('code_challenge');
    if (!challenge || q.get('code_challenge_method') !== 'S256' || !/^[A-Za-z0-9_-]{43}$/.test(challenge)) {
      return redirectWith(res, redirectUri, {
        error: 'invalid_request',
        error_description: 'PKCE with code_challenge_method S256 is required.',
        state,
      });
    }
    const txn = random('txn-');
    pending.set(txn, {
      clientId: client.clientId,
      redirectUri,
      ...(state !== undefined ? { state } : {}),
      scope: q.get('scope') ?? '',
      challenge,
    });
    html(res, 200, loginForm(txn, client.clientId, q.get('scope') ?? ''));
  }

  async function authorizePost(req: http.IncomingMessage, res: http.ServerResponse) {
    const form = await readForm(req);
    const txn = form.get('txn') ?? '';
    const p = pending.get(txn);
    if (!p) return html(res, 400, page('This sign-in is over', '<p>Start again from the application.</p>'));
    if (form.get('decision') !== 'allow') {
      pending.delete(txn);
      return redirectWith(res, p.redirectUri, {
        error: 'access_denied',
        error_description: 'The user declined the request.',
        state: p.state,
      });
    }
    const password = users[form.get('username') ?? ''];
    if (password === undefined || !sameText(password, form.get('password') ?? '')) {
      return html(res, 401, loginForm(txn, p.clientId, p.scope, 'Wrong user name or password.'));
    }
    pending.delete(txn);
    const code = random('code-');
    codes.set(code, { ...p, expiresAt: now() + codeLifetime * 1000, used: false, issued: [] });
    redirectWith(res, p.redirectUri, { code, state: p.state });
  }

  function issue(clientId: string, subject: string, scope: string, withRefresh: boolean) {
    const accessToken = random('at-');
    accessTokens.set(accessToken, { clientId, subject, scope, expiresAt: now() + lifetime * 1000, revoked: false });
    const body: Record<string, unknown> = { access_token: accessToken, token_type: 'Bearer', expires_in: lifetime, scope };
    const tokens = [accessToken];
    if (withRefresh) {
      const refreshToken = random('rt-');
      refreshTokens.set(refreshToken, { clientId, subject, scope, revoked: false });
      body.refresh_token = refreshToken;
      tokens.push(refreshToken);
    }
    return { body, tokens };
  }

  async function token(req: http.IncomingMessage, res: http.ServerResponse) {
    const form = await readForm(req);
    const grant = form.get('grant_type') ?? '';
    const record: TokenRequestRecord = { grant, ok: false, form: Object.fromEntries(form) };
    tokenRequests.push(record);
    const refuse = (status: number, error: string, description: string) => {
      record.error = error;
      send(res, status, { 'Content-Type': 'application/json' }, JSON.stringify({ error, error_description: description }));
    };
    const grantTokens = (body: Record<string, unknown>) => {
      record.ok = true;
      send(res, 200, { 'Content-Type': 'application/json', Pragma: 'no-cache' }, JSON.stringify(body));
    };

    // Client authentication: HTTP Basic or the body (RFC 6749 §2.3.1).
    let clientId = form.get('client_id');
    let secret = form.get('client_secret');
    const basic = /^Basic (.+)$/i.exec(req.headers.authorization ?? '');
    if (basic?.[1]) {
      const [id, pw] = Buffer.from(basic[1], 'base64').toString('utf8').split(':');
      clientId = decodeURIComponent(id ?? '');
      secret = decodeURIComponent(pw ?? '');
    }
    const client = clientOf(clientId);
    if (clientId) record.clientId = clientId;
    if (!client) return refuse(401, 'invalid_client', 'Unknown client.');
    if (client.clientSecret !== undefined && !sameText(client.clientSecret, secret ?? ''))
      return refuse(401, 'invalid_client', 'The client secret is wrong or missing.');

    if (grant === 'authorization_code') {
      const code = codes.get(form.get('code') ?? '');
      if (!code || code.clientId !== client.clientId) return refuse(400, 'invalid_grant', 'Unknown authorization code.');
      if (code.used) {
        for (const t of code.issued) {
          const a = accessTokens.get(t);
          if (a) a.revoked = true;
          const r = refreshTokens.get(t);
          if (r) r.revoked = true;
        }
        return refuse(400, 'invalid_grant', 'The authorization code was already used.');
      }
      code.used = true;
      if (now() > code.expiresAt) return refuse(400, 'invalid_grant', 'The authorization code expired.');
      if (form.get('redirect_uri') !== code.redirectUri)
        return refuse(400, 'invalid_grant', 'The redirect_uri differs from the authorization request.');
      const verifier = form.get('code_verifier') ?? '';
      if (!/^[A-Za-z0-9._~-]{43,128}$/.test(verifier))
        return refuse(400, 'invalid_grant', 'A code_verifier of 43 to 128 characters is required.');
      if (!sameText(createHash('sha256').update(verifier).digest('base64url'), code.challenge))
        return refuse(400, 'invalid_grant', 'PKCE verification failed: the code_verifier does not match the code_challenge.');
      const { body, tokens } = issue(client.clientId, firstUser, code.scope, true);
      code.issued.push(...tokens);
      return grantTokens(body);
    }
    if (grant === 'refresh_token') {
      const presented = form.get('refresh_token') ?? '';
      const r = refreshTokens.get(presented);
      if (!r || r.revoked || r.clientId !== client.clientId)
        return refuse(400, 'invalid_grant', 'The refresh token is unknown, revoked or of another client.');
      if (rotate) r.revoked = true;
      const { body } = issue(client.clientId, r.subject, r.scope, rotate);
      return grantTokens(body);
    }
    if (grant === 'client_credentials') {
      if (client.clientSecret === undefined)
        return refuse(400, 'unauthorized_client', 'A public client cannot use the client credentials grant.');
      const { body } = issue(client.clientId, client.clientId, form.get('scope') ?? '', false);
      return grantTokens(body);
    }
    refuse(400, 'unsupported_grant_type', 'This server knows authorization_code, refresh_token and client_credentials.');
  }

  function resource(req: http.IncomingMessage, res: http.ServerResponse) {
    const m = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '');
    const t = m?.[1] ? accessTokens.get(m[1]) : undefined;
    if (!t || t.revoked || now() >= t.expiresAt) {
      return send(
        res,
        401,
        { 'WWW-Authenticate': 'Bearer error="invalid_token"', 'Content-Type': 'application/json' },
        JSON.stringify({ error: 'invalid_token' }),
      );
    }
    send(res, 200, { 'Content-Type': 'application/json' }, JSON.stringify({ subject: t.subject, clientId: t.clientId, scope: t.scope }));
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const route = `${req.method} ${url.pathname}`;
    const handle = async () => {
      if (route === 'GET /authorize') return authorizeGet(url, res);
      if (route === 'POST /authorize') return authorizePost(req, res);
      if (route === 'POST /token') return token(req, res);
      if (route === 'GET /resource') return resource(req, res);
      send(res, 404, { 'Content-Type': 'text/plain' }, 'Not found');
    };
    handle().catch(() => send(res, 400, { 'Content-Type': 'text/plain' }, 'Bad request'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    authorizationUrl: `${origin}/authorize`,
    tokenUrl: `${origin}/token`,
    resourceUrl: `${origin}/resource`,
    publicClient,
    confidentialClient,
    user: { username: firstUser, password: firstPassword },
    tokenRequests,
    issued: () => ({ accessTokens: [...accessTokens.keys()], refreshTokens: [...refreshTokens.keys()], codes: [...codes.keys()] }),
    revokeAccessTokens: () => {
      for (const t of accessTokens.values()) t.revoked = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * The browser's part without a browser, for Node tests: opens the authorization URL, fills in the
 * login form and presses Allow (or Deny), and answers where the server redirects to (the loopback
 * callback URL with code and state, or an error), without following it.
 */
export async function authorizeWithoutBrowser(
  authorizeUrl: string,
  login: { username: string; password: string; decision?: 'allow' | 'deny' },
): Promise<string> {
  const form = await fetch(authorizeUrl, { redirect: 'manual' });
  if (form.status === 302) return form.headers.get('location') ?? '';
  const text = await form.text();
  const txn = /name="txn" value="([^"]+)"/.exec(text)?.[1];
  if (form.status !== 200 || !txn) throw new Error(`The authorization page answered ${form.status} without a login form.`);
  const action = new URL('/authorize', authorizeUrl).href;
  const body = new URLSearchParams({ txn, username: login.username, password: login.password, decision: login.decision ?? 'allow' });
  const answer = await fetch(action, { method: 'POST', body, redirect: 'manual' });
  const location = answer.headers.get('location');
  if (answer.status !== 302 || !location) throw new Error(`The login form answered ${answer.status} without a redirect.`);
  return location;
}
