// Tokens after the sign-in, against the real test authorization server: renewal on expiry (with the
// 30 s margin) and after a 401, rotating refresh tokens, a refresh token the server no longer
// takes, a changed token URL, the client credentials grant, and signing out. The server and the
// service share a clock the test moves, so nothing waits for time to pass.
import { afterEach, describe, expect, it } from 'vitest';
import { connectionKey, REFRESH_TOKEN_NAME } from '../../main/services/oauth/refresh-token-store';
import { createSecretVault } from '../../main/services/secret-vault';
import { StudioError } from '../../shared/contracts/ipc/studio-error';
import { callResource, oauthFixture, sessionVault, signIn, type OAuthFixture } from '../support/oauth-fixture';

let f: OAuthFixture;
afterEach(async () => f?.close());

const errorOf = async (p: Promise<unknown>): Promise<StudioError> => {
  try {
    await p;
  } catch (err) {
    if (err instanceof StudioError) return err;
    throw err;
  }
  throw new Error('expected a StudioError');
};

function expectNoSecretIn(values: unknown[], extra: string[] = []) {
  const text = JSON.stringify(values, (_k, v: unknown) => (v instanceof Error ? { message: v.message, code: (v as StudioError).code } : v));
  const issued = f.server.issued();
  for (const secret of [
    ...issued.accessTokens,
    ...issued.refreshTokens,
    ...issued.codes,
    f.server.confidentialClient.clientSecret,
    ...extra,
  ]) {
    expect(text).not.toContain(secret);
  }
}

const token = () => f.tokens.accessToken(f.dir, f.connectionId, f.texts);
const grants = () => f.server.tokenRequests.map((r) => `${r.grant}:${r.ok ? 'ok' : r.error}`);

describe('access tokens and their renewal', () => {
  it('is not signed in before a sign-in', async () => {
    f = await oauthFixture();
    expect(await token()).toBeUndefined();
    expect(await f.tokens.refreshAfterUnauthorized(f.dir, f.connectionId, f.texts)).toBeUndefined();
    expect(await f.tokens.session(f.dir, f.connectionId)).toEqual({ signedIn: false, refreshable: false });
  });

  it('keeps the access token until 30 s before it expires, then refreshes with the rotated refresh token', async () => {
    f = await oauthFixture();
    await signIn(f);
    const first = await token();
    f.clock.now += 600_000 - 31_000;
    expect(await token()).toBe(first);
    expect(grants()).toEqual(['authorization_code:ok']);

    f.clock.now += 2_000; // inside the margin: renewed although the server would still take it
    const second = await token();
    expect(second).not.toBe(first);
    expect(grants()).toEqual(['authorization_code:ok', 'refresh_token:ok']);
    const [issuedRefresh] = f.server.issued().refreshTokens;
    expect(f.server.tokenRequests[1]!.form.refresh_token).toBe(issuedRefresh);
    expect(f.server.tokenRequests[1]!.form.client_id).toBe(f.server.publicClient.clientId);

    f.clock.now += 600_000; // the server's own expiry
    expect(await callResource(f, second)).toBe(401);
    const third = await token();
    expect(await callResource(f, third)).toBe(200);
    // The second refresh presented the token the first refresh returned (rotation).
    expect(f.server.tokenRequests[2]!.form.refresh_token).toBe(f.server.issued().refreshTokens[1]);
    expect(grants()).toEqual(['authorization_code:ok', 'refresh_token:ok', 'refresh_token:ok']);
    expectNoSecretIn([await f.tokens.session(f.dir, f.connectionId)]);
  });

  it('refreshes after a 401 although the token has not expired', async () => {
    f = await oauthFixture();
    await signIn(f);
    const first = await token();
    f.server.revokeAccessTokens();
    expect(await callResource(f, first)).toBe(401);
    const fresh = await f.tokens.refreshAfterUnauthorized(f.dir, f.connectionId, f.texts);
    expect(fresh).toBeDefined();
    expect(fresh).not.toBe(first);
    expect(await callResource(f, fresh)).toBe(200);
    expect(await token()).toBe(fresh);
  });

  it('renews once for callers that arrive together (a rotated refresh token works only once)', async () => {
    f = await oauthFixture();
    await signIn(f);
    f.clock.now += 600_000;
    const all = await Promise.all([token(), token(), f.tokens.refreshAfterUnauthorized(f.dir, f.connectionId, f.texts)]);
    expect(new Set(all).size).toBe(1);
    expect(grants()).toEqual(['authorization_code:ok', 'refresh_token:ok']);
  });

  it('signs the connection out when the server no longer takes the refresh token, with the reason', async () => {
    f = await oauthFixture();
    await signIn(f);
    // Someone used the refresh token elsewhere: the server rotated it away.
    const stored = f.server.issued().refreshTokens[0]!;
    const used = await fetch(f.server.tokenUrl, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: stored, client_id: f.server.publicClient.clientId }),
    });
    expect(used.status).toBe(200);
    f.clock.now += 600_000;
    const err = await errorOf(token());
    expect(err.code).toBe('oauth-signed-out');
    expect(err.message).toMatch(
      /^This connection's sign-in can no longer be renewed, so it was signed out: The token endpoint at 127\.0\.0\.1:\d+ refused the token refresh: invalid_grant \(The refresh token is unknown, revoked or of another client\)\. Sign in again\.$/,
    );
    expect(await f.tokens.session(f.dir, f.connectionId)).toEqual({ signedIn: false, refreshable: false });
    expect(await token()).toBeUndefined();
    expectNoSecretIn([err]);
  });

  it('says to sign in again when a token expires and no refresh token is left', async () => {
    const vault = sessionVault();
    f = await oauthFixture({ vault });
    await signIn(f);
    // The refresh token is gone from the store (as when a session-only store ended).
    await (await vault.store()).delete(await connectionKey(f.dir, f.connectionId), REFRESH_TOKEN_NAME);
    f.clock.now += 600_000;
    const err = await errorOf(token());
    expect(err.code).toBe('oauth-expired');
    expect(err.message).toBe("This connection's access token expired and its server gave no refresh token; sign in again.");
    expect(await f.tokens.session(f.dir, f.connectionId)).toEqual({ signedIn: false, refreshable: false });
  });

  it('never sends a refresh token to a token URL other than the one that issued it', async () => {
    f = await oauthFixture();
    await signIn(f);
    const moved = `${f.server.origin}/elsewhere/token`;
    await f.rewrite((files) => {
      const cp = (
        files.properties as {
          properties: { connectionParameters: { token: { oAuthSettings: { customParameters: Record<string, { value: string }> } } } };
        }
      ).properties.connectionParameters.token.oAuthSettings.customParameters;
      cp.tokenUrl = { value: moved };
      cp.refreshUrl = { value: moved };
    });
    f.clock.now += 600_000;
    const err = await errorOf(token());
    expect(err.code).toBe('oauth-settings-changed');
    expect(grants()).toEqual(['authorization_code:ok']);
  });

  it('signing out forgets the access token and deletes the refresh token', async () => {
    const vault = sessionVault();
    f = await oauthFixture({ vault });
    await signIn(f);
    const scope = await connectionKey(f.dir, f.connectionId);
    const store = await vault.store();
    expect(await store.list(scope)).toEqual([REFRESH_TOKEN_NAME]);
    expect(JSON.parse((await store.get(scope, REFRESH_TOKEN_NAME))!)).toMatchObject({
      refreshToken: f.server.issued().refreshTokens[0],
      endpoint: f.server.tokenUrl,
    });
    expect(await f.tokens.signOut(f.dir, f.connectionId)).toEqual({ signedIn: false, refreshable: false });
    expect(await store.list(scope)).toEqual([]);
    expect(await token()).toBeUndefined();
  });
});

describe('without a reachable keychain', () => {
  it('a public client still signs in; its refresh token is kept in memory for this run and works', async () => {
    const unreachable = async () => {
      throw new Error('Cannot autolaunch D-Bus without X11 $DISPLAY');
    };
    const vault = createSecretVault({
      keytar: { getPassword: unreachable, setPassword: unreachable, deletePassword: unreachable, findCredentials: unreachable },
    });
    expect((await vault.status()).state).toBe('unavailable');
    f = await oauthFixture({ vault });
    const { status } = await signIn(f);
    expect(status).toBe(200);
    expect(await f.tokens.session(f.dir, f.connectionId)).toMatchObject({ signedIn: true, refreshable: true });
    f.clock.now += 600_000;
    expect(await callResource(f, await token())).toBe(200);
    expect(grants()).toEqual(['authorization_code:ok', 'refresh_token:ok']);
    expect((await f.tokens.signOut(f.dir, f.connectionId)).signedIn).toBe(false);
  });
});

describe('client credentials', () => {
  async function confidential() {
    f = await oauthFixture({ connector: { clientId: 'studio-confidential' } });
    await f.connections.setConnectorSecret(f.dir, 'clientSecret', f.server.confidentialClient.clientSecret);
  }

  it('signs in with the Security tab client secret, and obtains a new token when it expires', async () => {
    await confidential();
    const started = await f.tokens.startSignIn({ dir: f.dir, connectionId: f.connectionId, grant: 'client_credentials', texts: f.texts });
    expect(started).toMatchObject({ state: 'signed-in', session: { signedIn: true, grant: 'client_credentials', refreshable: true } });
    expect(started.authorizeUrl).toBeUndefined();
    const first = await token();
    expect(await callResource(f, first)).toBe(200);
    expect(f.server.tokenRequests[0]!.form).toMatchObject({
      grant_type: 'client_credentials',
      client_id: 'studio-confidential',
      scope: 'read',
    });
    f.clock.now += 600_000;
    const second = await token();
    expect(second).not.toBe(first);
    expect(await callResource(f, second)).toBe(200);
    expect(grants()).toEqual(['client_credentials:ok', 'client_credentials:ok']);
    expectNoSecretIn([started, await f.tokens.session(f.dir, f.connectionId)]);
  });

  it('reports a refused client secret without showing it', async () => {
    await confidential();
    const wrong = `${f.server.confidentialClient.clientSecret}-not`;
    await f.connections.setConnectorSecret(f.dir, 'clientSecret', wrong);
    const started = await f.tokens.startSignIn({ dir: f.dir, connectionId: f.connectionId, grant: 'client_credentials', texts: f.texts });
    expect(started.state).toBe('failed');
    expect(started.message).toMatch(
      /^The token endpoint at 127\.0\.0\.1:\d+ refused the client credentials grant: invalid_client \(The client secret is wrong or missing\); the client secret was sent in the request body, then with HTTP Basic\.$/,
    );
    expectNoSecretIn([started], [wrong]);
  });

  it('needs a client secret', async () => {
    f = await oauthFixture({ connector: { clientId: 'studio-confidential' } });
    const err = await errorOf(
      f.tokens.startSignIn({ dir: f.dir, connectionId: f.connectionId, grant: 'client_credentials', texts: f.texts }),
    );
    expect(err.message).toBe('The client credentials grant needs a client secret; enter it on the Security tab.');
  });

  it('a public client is refused by the server', async () => {
    f = await oauthFixture();
    await f.connections.setConnectorSecret(f.dir, 'clientSecret', 'not-needed-by-a-public-client');
    const started = await f.tokens.startSignIn({ dir: f.dir, connectionId: f.connectionId, grant: 'client_credentials', texts: f.texts });
    expect(started.state).toBe('failed');
    expect(started.message).toMatch(/unauthorized_client/);
  });
});
