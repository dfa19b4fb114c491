// The browser sign-in (authorization code + PKCE S256, loopback redirect) against a real OAuth 2.0
// server on 127.0.0.1 (test/support/oauth-server.ts), with a real saved connection. The browser's
// part is plain HTTP here (the login form filled in and submitted); the e2e tests drive Chromium.
import { afterEach, describe, expect, it } from 'vitest';
import { codeChallengeOf } from '../../main/services/oauth/pkce';
import type { FlowStatus } from '../../main/services/oauth/token-service';
import { StudioError } from '../../shared/contracts/ipc/studio-error';
import { callResource, oauthFixture, signIn, visit, type OAuthFixture } from '../support/oauth-fixture';
import { authorizeWithoutBrowser } from '../support/oauth-server';

let f: OAuthFixture;
afterEach(async () => f?.close());

/** Everything issued so far must appear in nothing the service returned. */
function expectNoSecretIn(values: unknown[]) {
  const text = JSON.stringify(values);
  const issued = f.server.issued();
  for (const secret of [...issued.accessTokens, ...issued.refreshTokens, ...issued.codes]) expect(text).not.toContain(secret);
  for (const r of f.server.tokenRequests) if (r.form.code_verifier) expect(text).not.toContain(r.form.code_verifier);
}

async function waitForEnd(flowId: string): Promise<FlowStatus> {
  for (;;) {
    const status = await f.tokens.flowStatus(flowId);
    if (status.state !== 'pending') return status;
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('authorization code with PKCE through the loopback redirect', () => {
  it('signs in: S256 challenge, state, loopback redirect URI, code exchanged with its verifier; the token opens the resource', async () => {
    f = await oauthFixture();
    const { started, callbackUrl, status, page } = await signIn(f);
    const auth = new URL(started.authorizeUrl!);
    expect(auth.origin + auth.pathname).toBe(f.server.authorizationUrl);
    expect(auth.searchParams.get('response_type')).toBe('code');
    expect(auth.searchParams.get('client_id')).toBe(f.server.publicClient.clientId);
    expect(auth.searchParams.get('scope')).toBe('read');
    expect(auth.searchParams.get('code_challenge_method')).toBe('S256');
    expect(auth.searchParams.get('state')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(started.redirectUri).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/);
    expect(auth.searchParams.get('redirect_uri')).toBe(started.redirectUri);
    expect(new URL(callbackUrl).searchParams.get('state')).toBe(auth.searchParams.get('state'));

    expect(status).toBe(200);
    expect(page).toContain('Signed in');
    expect(page).toContain('return to Connector Studio');
    const exchange = f.server.tokenRequests;
    expect(exchange.map((r) => [r.grant, r.ok])).toEqual([['authorization_code', true]]);
    const verifier = exchange[0]!.form.code_verifier!;
    expect(verifier).toMatch(/^[A-Za-z0-9_-]{43,128}$/);
    expect(codeChallengeOf(verifier)).toBe(auth.searchParams.get('code_challenge'));
    expect(exchange[0]!.form.redirect_uri).toBe(started.redirectUri);
    expect(exchange[0]!.form.client_secret).toBeUndefined();

    const ended = await f.tokens.flowStatus(started.flowId);
    expect(ended).toMatchObject({ state: 'signed-in', session: { signedIn: true, grant: 'authorization_code', refreshable: true } });
    expect(new Date(ended.session!.expiresAt!).getTime()).toBe(f.clock.now + 600_000);
    const token = await f.tokens.accessToken(f.dir, f.connectionId, f.texts);
    expect(await callResource(f, token)).toBe(200);
    // The page and every value returned carry no code, token or verifier.
    expectNoSecretIn([started, ended, page, await f.tokens.session(f.dir, f.connectionId)]);
    // The loopback is closed once answered.
    expect((await visit(started.redirectUri!)).status).toBe(0);
  });

  it('refuses an answer whose state is not the one sent, and the sign-in ends', async () => {
    f = await oauthFixture();
    const started = await f.tokens.startSignIn({ dir: f.dir, connectionId: f.connectionId, grant: 'authorization_code', texts: f.texts });
    const callbackUrl = new URL(await authorizeWithoutBrowser(started.authorizeUrl!, f.server.user));
    const genuine = callbackUrl.href;
    callbackUrl.searchParams.set('state', 'x'.repeat(43));
    const forged = await visit(callbackUrl.href);
    expect(forged.status).toBe(400);
    expect(forged.page).toContain('does not belong');
    const status = await f.tokens.flowStatus(started.flowId);
    expect(status.state).toBe('failed');
    expect(status.message).toMatch(/state does not match/);
    // The genuine answer arriving later finds nobody listening; no code was ever exchanged.
    expect((await visit(genuine)).status).not.toBe(200);
    expect(f.server.tokenRequests).toHaveLength(0);
    expect(await f.tokens.accessToken(f.dir, f.connectionId, f.texts)).toBeUndefined();
  });

  it('an answer without any state is refused too', async () => {
    f = await oauthFixture();
    const started = await f.tokens.startSignIn({ dir: f.dir, connectionId: f.connectionId, grant: 'authorization_code', texts: f.texts });
    const callbackUrl = new URL(await authorizeWithoutBrowser(started.authorizeUrl!, f.server.user));
    callbackUrl.searchParams.delete('state');
    expect((await visit(callbackUrl.href)).status).toBe(400);
    expect((await f.tokens.flowStatus(started.flowId)).state).toBe('failed');
    expect(f.server.tokenRequests).toHaveLength(0);
  });

  it('takes the redirect once: a second visit exchanges nothing and changes nothing', async () => {
    f = await oauthFixture();
    const { started, callbackUrl, status } = await signIn(f);
    expect(status).toBe(200);
    const again = await visit(callbackUrl);
    expect(again.status).not.toBe(200);
    expect(f.server.tokenRequests.filter((r) => r.grant === 'authorization_code')).toHaveLength(1);
    expect((await f.tokens.flowStatus(started.flowId)).state).toBe('signed-in');
  });

  it('two answers at once: only the first is taken', async () => {
    f = await oauthFixture();
    const started = await f.tokens.startSignIn({ dir: f.dir, connectionId: f.connectionId, grant: 'authorization_code', texts: f.texts });
    const callbackUrl = await authorizeWithoutBrowser(started.authorizeUrl!, f.server.user);
    const [a, b] = await Promise.all([visit(callbackUrl), visit(callbackUrl)]);
    expect([a.status, b.status].filter((s) => s === 200)).toHaveLength(1);
    expect(f.server.tokenRequests).toHaveLength(1);
    expect((await f.tokens.flowStatus(started.flowId)).state).toBe('signed-in');
  });

  it('gives up after the timeout and stops listening', async () => {
    f = await oauthFixture({ signInTimeoutMs: 150 });
    const started = await f.tokens.startSignIn({ dir: f.dir, connectionId: f.connectionId, grant: 'authorization_code', texts: f.texts });
    expect(started.state).toBe('pending');
    expect(started.message).toMatch(/waits up to 1 second/);
    const ended = await waitForEnd(started.flowId);
    expect(ended.state).toBe('expired');
    expect(ended.message).toMatch(/not completed within 1 second; start it again/);
    const callbackUrl = await authorizeWithoutBrowser(started.authorizeUrl!, f.server.user);
    expect((await visit(callbackUrl)).status).toBe(0);
    expect(f.server.tokenRequests).toHaveLength(0);
  });

  it('reports error=access_denied when the user declines', async () => {
    f = await oauthFixture();
    const { started, callbackUrl, status, page } = await signIn(f, 'deny');
    expect(new URL(callbackUrl).searchParams.get('error')).toBe('access_denied');
    expect(status).toBe(400);
    expect(page).toContain('declined');
    const ended = await f.tokens.flowStatus(started.flowId);
    expect(ended.state).toBe('failed');
    expect(ended.message).toBe('The sign-in was declined at the authorization server: access_denied (The user declined the request).');
    expect(f.server.tokenRequests).toHaveLength(0);
  });

  it('the server refuses a code whose verifier does not match its challenge, and the studio says so', async () => {
    f = await oauthFixture();
    const started = await f.tokens.startSignIn({ dir: f.dir, connectionId: f.connectionId, grant: 'authorization_code', texts: f.texts });
    // The authorization request altered on its way: a challenge of some other verifier.
    const altered = new URL(started.authorizeUrl!);
    altered.searchParams.set('code_challenge', codeChallengeOf('another-verifier-of-enough-length-0123456789'));
    const callbackUrl = await authorizeWithoutBrowser(altered.href, f.server.user);
    const { status, page } = await visit(callbackUrl);
    expect(status).toBe(400);
    const ended = await f.tokens.flowStatus(started.flowId);
    expect(ended.state).toBe('failed');
    expect(ended.message).toMatch(
      /^The token endpoint at 127\.0\.0\.1:\d+ refused the code exchange: invalid_grant \(PKCE verification failed/,
    );
    expect(page).toContain('PKCE verification failed');
    expect(f.server.tokenRequests.map((r) => [r.grant, r.ok, r.error])).toEqual([['authorization_code', false, 'invalid_grant']]);
    expectNoSecretIn([ended, page]);
    expect(await f.tokens.accessToken(f.dir, f.connectionId, f.texts)).toBeUndefined();
  });

  it('a sign-in can be cancelled; the redirect then answers nothing', async () => {
    f = await oauthFixture();
    const started = await f.tokens.startSignIn({ dir: f.dir, connectionId: f.connectionId, grant: 'authorization_code', texts: f.texts });
    expect((await f.tokens.cancelSignIn(started.flowId)).state).toBe('cancelled');
    const callbackUrl = await authorizeWithoutBrowser(started.authorizeUrl!, f.server.user);
    expect((await visit(callbackUrl)).status).toBe(0);
    expect(f.server.tokenRequests).toHaveLength(0);
    await expect(f.tokens.flowStatus('no-such-flow')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('a new sign-in of the same connection replaces a pending one', async () => {
    f = await oauthFixture();
    const first = await f.tokens.startSignIn({ dir: f.dir, connectionId: f.connectionId, grant: 'authorization_code', texts: f.texts });
    const { started, status } = await signIn(f);
    expect(status).toBe(200);
    expect((await f.tokens.flowStatus(first.flowId)).state).toBe('cancelled');
    expect((await f.tokens.flowStatus(started.flowId)).state).toBe('signed-in');
  });

  it('refuses to start without what the grant needs, in one sentence', async () => {
    f = await oauthFixture();
    await f.rewrite((files) => {
      const token = (files.properties as { properties: { connectionParameters: { token: { oAuthSettings: Record<string, unknown> } } } })
        .properties.connectionParameters.token;
      delete token.oAuthSettings.clientId;
    });
    const start = f.tokens.startSignIn({ dir: f.dir, connectionId: f.connectionId, grant: 'authorization_code', texts: f.texts });
    await expect(start).rejects.toThrow(StudioError);
    await expect(start).rejects.toThrow('The OAuth settings have no client id; enter it on the Security tab.');
    await expect(
      f.tokens.startSignIn({ dir: f.dir, connectionId: 'nope', grant: 'authorization_code', texts: f.texts }),
    ).rejects.toMatchObject({ code: 'not-found' });
  });
});
