// OAuth 2.0 sign-in of test connections against oidc-provider, a certified OpenID Connect
// implementation nobody here wrote, on 127.0.0.1: the token service as the studio runs it, the
// browser's part done over HTTP with the provider's own login and consent pages. Each flow the
// studio needs: authorization code + PKCE, refresh after expiry and after a 401 (asking for no
// scope, RFC 6749 §6), refresh-token rotation, client authentication as the provider's metadata
// says (HTTP Basic only, body only, no metadata at all), client credentials, a provider that
// refuses the request or the redirect URI, a fixed redirect port, and no refresh token without
// prompt=consent. Whatever the provider issued never appears in a file or a message.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { visit } from '../support/oauth-fixture';
import { oidcFixture, type OidcFixture, type OidcFixtureOptions } from '../support/oidc-fixture';
import { signInWithoutBrowser } from '../support/oidc-provider-server';

let f: OidcFixture | undefined;
afterEach(async () => {
  await f?.close();
  f = undefined;
});

async function setUp(options: OidcFixtureOptions = {}): Promise<OidcFixture> {
  f = await oidcFixture(options);
  return f;
}

async function signIn(fx: OidcFixture) {
  const started = await fx.tokens.startSignIn({ dir: fx.dir, connectionId: fx.connectionId, grant: 'authorization_code', texts: fx.texts });
  if (!started.authorizeUrl) return { started, status: 0, page: '', callbackUrl: '' };
  const callbackUrl = await signInWithoutBrowser(started.authorizeUrl);
  return { started, callbackUrl, ...(await visit(callbackUrl)) };
}

async function callResource(fx: OidcFixture, token: string | undefined): Promise<number> {
  const res = await fetch(fx.server.resourceUrl, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  await res.arrayBuffer();
  return res.status;
}

const grants = (fx: OidcFixture, grant: string) => fx.server.tokenRequests.filter((r) => r.grant === grant);

/** Every file under the app data folder, read as text. */
async function appDataText(fx: OidcFixture): Promise<string> {
  const out: string[] = [];
  const walk = async (dir: string) => {
    for (const e of await fs.readdir(dir, { withFileTypes: true }).catch(() => [])) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else out.push(await fs.readFile(p, 'latin1'));
    }
  };
  await walk(fx.appDataDir);
  return out.join('\n');
}

describe('authorization code + PKCE against oidc-provider', () => {
  it('signs in, calls the resource, refreshes after expiry asking for no scope, and follows refresh-token rotation', async () => {
    // api:write is asked for but never granted: a refresh asking again for every requested scope fails.
    const fx = await setUp({ authorizationQuery: 'prompt=consent', scopes: ['openid', 'offline_access', 'api:read', 'api:write'] });
    const { started, status, callbackUrl } = await signIn(fx);
    expect(status).toBe(200);
    expect(new URL(started.authorizeUrl!).searchParams.get('code_challenge_method')).toBe('S256');
    expect(new URL(callbackUrl).searchParams.get('iss')).toBe(fx.server.issuer);
    expect(await fx.tokens.flowStatus(started.flowId)).toMatchObject({
      state: 'signed-in',
      message: 'Signed in.',
      session: { signedIn: true, refreshable: true },
    });
    const first = await fx.tokens.accessToken(fx.dir, fx.connectionId, fx.texts);
    expect(await callResource(fx, first)).toBe(200);

    expect(grants(fx, 'authorization_code')).toEqual([{ grant: 'authorization_code', auth: 'none', status: 200 }]);

    fx.clock.now += 3600_000;
    const second = await fx.tokens.accessToken(fx.dir, fx.connectionId, fx.texts);
    expect(second).not.toBe(first);
    expect(await callResource(fx, second)).toBe(200);
    fx.clock.now += 3600_000;
    const third = await fx.tokens.accessToken(fx.dir, fx.connectionId, fx.texts);
    expect(await callResource(fx, third)).toBe(200);
    expect(grants(fx, 'refresh_token')).toEqual([
      { grant: 'refresh_token', auth: 'none', status: 200 },
      { grant: 'refresh_token', auth: 'none', status: 200 },
    ]);

    // Rotation: each refresh answered a new refresh token, and the provider refuses the first one now.
    const refreshTokens = fx.server.refreshTokens();
    expect(refreshTokens).toHaveLength(3);
    const reuse = await fetch(fx.server.tokenUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        client_id: fx.server.nativeClient.clientId,
        refresh_token: refreshTokens[0]!,
      }),
    });
    expect(((await reuse.json()) as { error?: string }).error).toBe('invalid_grant');

    // Nothing the provider issued is in the app data folder (the refresh token is in the secret store).
    const files = await appDataText(fx);
    for (const t of fx.server.issued()) expect(files).not.toContain(t);
  });

  it('the provider refuses a refresh asking for a scope it did not grant (what the studio no longer sends)', async () => {
    const fx = await setUp({ authorizationQuery: 'prompt=consent', scopes: ['openid', 'offline_access', 'api:read', 'api:write'] });
    await signIn(fx);
    fx.clock.now += 3600_000;
    await fx.tokens.accessToken(fx.dir, fx.connectionId, fx.texts);
    expect(grants(fx, 'refresh_token')).toEqual([{ grant: 'refresh_token', auth: 'none', status: 200 }]);
    // The refresh token that refresh answered, presented with the scopes requested at sign-in.
    const res = await fetch(fx.server.tokenUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        client_id: fx.server.nativeClient.clientId,
        refresh_token: fx.server.refreshTokens().at(-1)!,
        scope: 'openid offline_access api:read api:write',
      }),
    });
    expect(((await res.json()) as { error?: string }).error).toBe('invalid_scope');
  });

  it('after a 401 (a token the provider revoked), refreshes and the resource answers again', async () => {
    const fx = await setUp({ authorizationQuery: 'prompt=consent' });
    await signIn(fx);
    const token = await fx.tokens.accessToken(fx.dir, fx.connectionId, fx.texts);
    await fx.server.revokeAccessTokens();
    expect(await callResource(fx, token)).toBe(401);
    const renewed = await fx.tokens.refreshAfterUnauthorized(fx.dir, fx.connectionId, fx.texts);
    expect(renewed).toBeDefined();
    expect(await callResource(fx, renewed)).toBe(200);
  });

  it('without prompt=consent the provider issues no refresh token, and the sign-in says so', async () => {
    const fx = await setUp();
    const { started } = await signIn(fx);
    const flow = await fx.tokens.flowStatus(started.flowId);
    expect(flow.state).toBe('signed-in');
    expect(flow.message).toBe(
      'Signed in, but the server issued no refresh token, so sign in again when the access token expires in 10 minutes; some servers issue one only when asked (the scope offline_access, or authorization parameters such as access_type=offline and prompt=consent).',
    );
    expect(flow.session).toMatchObject({ signedIn: true, refreshable: false });
  });
});

describe('client authentication at the token endpoint', () => {
  // oidc-provider reads client_secret from the body only when client_secret_post is among its methods.
  const BASIC_ONLY = { clientAuthMethods: ['client_secret_basic', 'none'] };

  it('a client the provider allows only HTTP Basic: Basic, as the metadata says, for the code and the refresh', async () => {
    const fx = await setUp({ client: (s) => s.basicClient, authorizationQuery: 'prompt=consent', server: BASIC_ONLY });
    await fx.tokens.setSignInOptions(fx.dir, { clientAuthentication: 'auto', redirectPort: fx.server.fixedRedirectPort });
    const { started } = await signIn(fx);
    expect((await fx.tokens.flowStatus(started.flowId)).state).toBe('signed-in');
    fx.clock.now += 3600_000;
    expect(await callResource(fx, await fx.tokens.accessToken(fx.dir, fx.connectionId, fx.texts))).toBe(200);
    expect(fx.server.tokenRequests.map((r) => `${r.grant} ${r.auth} ${r.status}`)).toEqual([
      'authorization_code basic 200',
      'refresh_token basic 200',
    ]);
  });

  it('a Basic-only client where the provider publishes no metadata: the body is refused, Basic then works and is kept', async () => {
    const fx = await setUp({
      client: (s) => s.basicClient,
      authorizationQuery: 'prompt=consent',
      server: { ...BASIC_ONLY, hideMetadata: true },
    });
    await fx.tokens.setSignInOptions(fx.dir, { clientAuthentication: 'auto', redirectPort: fx.server.fixedRedirectPort });
    const { started } = await signIn(fx);
    expect((await fx.tokens.flowStatus(started.flowId)).state).toBe('signed-in');
    fx.clock.now += 3600_000;
    await fx.tokens.accessToken(fx.dir, fx.connectionId, fx.texts);
    expect(fx.server.tokenRequests.map((r) => `${r.grant} ${r.auth} ${r.status}${r.error ? ` ${r.error}` : ''}`)).toEqual([
      'authorization_code body 401 invalid_client',
      'authorization_code basic 200',
      'refresh_token basic 200',
    ]);
  });

  it('a provider whose metadata names only client_secret_post: the body', async () => {
    const fx = await setUp({
      client: (s) => s.postClient,
      authorizationQuery: 'prompt=consent',
      server: { clientAuthMethods: ['client_secret_post', 'none'] },
    });
    const { started } = await signIn(fx);
    expect((await fx.tokens.flowStatus(started.flowId)).state).toBe('signed-in');
    expect(fx.server.tokenRequests.map((r) => `${r.grant} ${r.auth} ${r.status}`)).toEqual(['authorization_code body 200']);
  });

  it("the author's choice wins: the body for a Basic-only client is refused with the provider's sentence", async () => {
    const fx = await setUp({ client: (s) => s.basicClient, server: BASIC_ONLY });
    await fx.tokens.setSignInOptions(fx.dir, { clientAuthentication: 'body', redirectPort: fx.server.fixedRedirectPort });
    const { started, page } = await signIn(fx);
    const flow = await fx.tokens.flowStatus(started.flowId);
    expect(flow.state).toBe('failed');
    expect(flow.message).toMatch(/^The token endpoint at 127\.0\.0\.1:\d+ refused the code exchange: invalid_client \(.+\)\.$/);
    expect(page).toContain('Sign-in failed');
    expect(fx.server.tokenRequests.map((r) => r.auth)).toEqual(['body']);
  });

  it('client credentials with a Basic-only client, renewed once expired', async () => {
    const fx = await setUp({ client: (s) => s.serviceClient, scopes: ['api:read'], server: BASIC_ONLY });
    const started = await fx.tokens.startSignIn({
      dir: fx.dir,
      connectionId: fx.connectionId,
      grant: 'client_credentials',
      texts: fx.texts,
    });
    expect(started).toMatchObject({ state: 'signed-in', session: { signedIn: true, grant: 'client_credentials', refreshable: true } });
    const first = await fx.tokens.accessToken(fx.dir, fx.connectionId, fx.texts);
    expect(await callResource(fx, first)).toBe(200);
    fx.clock.now += 3600_000;
    const second = await fx.tokens.accessToken(fx.dir, fx.connectionId, fx.texts);
    expect(second).not.toBe(first);
    expect(await callResource(fx, second)).toBe(200);
    expect(fx.server.tokenRequests.map((r) => `${r.grant} ${r.auth} ${r.scope} ${r.status}`)).toEqual([
      'client_credentials basic api:read 200',
      'client_credentials basic api:read 200',
    ]);
  });
});

describe('refusals end the sign-in at once', () => {
  it('a redirect URI the provider does not accept (exact port): refused before the browser opens, with the URI to register; a fixed port then signs in', async () => {
    const fx = await setUp({ client: (s) => s.basicClient, authorizationQuery: 'prompt=consent' });
    const refused = await fx.tokens.startSignIn({
      dir: fx.dir,
      connectionId: fx.connectionId,
      grant: 'authorization_code',
      texts: fx.texts,
    });
    expect(refused.state).toBe('failed');
    expect(refused.authorizeUrl).toBeUndefined();
    expect(refused.message).toMatch(
      /^The authorization server at 127\.0\.0\.1:\d+ refused the sign-in request \(400: .*redirect_uri did not match any of the client's registered redirect_uris.*\); check the client id and the scopes, and that http:\/\/127\.0\.0\.1:\d+\/callback \(or http:\/\/127\.0\.0\.1\/callback for any port\) is registered as a redirect URI\.$/,
    );
    // The loopback stopped listening with the refusal.
    expect((await visit(refused.redirectUri!)).status).toBe(0);

    const options = await fx.tokens.setSignInOptions(fx.dir, { clientAuthentication: 'auto', redirectPort: fx.server.fixedRedirectPort });
    expect(options.redirectUri).toBe(`http://127.0.0.1:${fx.server.fixedRedirectPort}/callback`);
    const { started, status } = await signIn(fx);
    expect(started.redirectUri).toBe(options.redirectUri);
    expect(status).toBe(200);
    expect((await fx.tokens.flowStatus(started.flowId)).state).toBe('signed-in');
  });

  it('a fixed port another program holds is one sentence', async () => {
    const fx = await setUp();
    const http = await import('node:http');
    const blocker = http.createServer();
    await new Promise<void>((resolve) => blocker.listen(fx.server.fixedRedirectPort, '127.0.0.1', resolve));
    try {
      await fx.tokens.setSignInOptions(fx.dir, { clientAuthentication: 'auto', redirectPort: fx.server.fixedRedirectPort });
      await expect(
        fx.tokens.startSignIn({ dir: fx.dir, connectionId: fx.connectionId, grant: 'authorization_code', texts: fx.texts }),
      ).rejects.toThrow(
        `The sign-in redirect cannot listen: another program is using port ${fx.server.fixedRedirectPort} on 127.0.0.1; choose another fixed port on the Security tab, or clear it to let the system pick one.`,
      );
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });

  it('an error the provider sends back (prompt=none without a session) ends the sign-in before the browser opens', async () => {
    const fx = await setUp({ authorizationQuery: 'prompt=none' });
    const started = await fx.tokens.startSignIn({
      dir: fx.dir,
      connectionId: fx.connectionId,
      grant: 'authorization_code',
      texts: fx.texts,
    });
    expect(started).toMatchObject({
      state: 'failed',
      message: 'The authorization server refused the sign-in: login_required (End-User authentication is required).',
    });
    expect(started.authorizeUrl).toBeUndefined();
  });

  it('the same error arriving at the loopback callback ends the sign-in with that sentence, at once', async () => {
    const fx = await setUp({ authorizationQuery: 'prompt=none', tokenService: { preflight: false } });
    const started = await fx.tokens.startSignIn({
      dir: fx.dir,
      connectionId: fx.connectionId,
      grant: 'authorization_code',
      texts: fx.texts,
    });
    expect(started.state).toBe('pending');
    const callbackUrl = await signInWithoutBrowser(started.authorizeUrl!);
    expect(new URL(callbackUrl).searchParams.get('error')).toBe('login_required');
    const { status, page } = await visit(callbackUrl);
    expect(status).toBe(400);
    const sentence = 'The authorization server refused the sign-in: login_required (End-User authentication is required).';
    expect(page).toContain(sentence);
    expect(await fx.tokens.flowStatus(started.flowId)).toMatchObject({ state: 'failed', message: sentence });
  });
});
