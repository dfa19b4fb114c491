// Refresh tokens in the real OS keychain (a private gnome-keyring under scripts/with-keychain.sh;
// CI sets STUDIO_REQUIRE_KEYCHAIN=1 so this cannot silently skip): stored under the saved
// connection's scope after a sign-in, never the access token, and gone after signing out or
// deleting the connection.
import { afterEach, describe, expect, it } from 'vitest';
import { connectionKey, REFRESH_TOKEN_NAME } from '../../main/services/oauth/refresh-token-store';
import { createTokenService } from '../../main/services/oauth/token-service';
import { KEYCHAIN_SERVICE, loadKeytar, probeKeychain, type KeytarApi } from '../../main/services/secret-store';
import { createSecretVault } from '../../main/services/secret-vault';
import { oauthFixture, signIn, type OAuthFixture } from '../support/oauth-fixture';

async function keychain(): Promise<KeytarApi | null> {
  try {
    const keytar = await loadKeytar();
    await probeKeychain(keytar);
    return keytar;
  } catch {
    return null;
  }
}
const keytar = await keychain();
if (!keytar) {
  const message = '[keychain] no working OS keychain here (run under scripts/with-keychain.sh): OAuth keychain tests are skipped.';
  if (process.env.STUDIO_REQUIRE_KEYCHAIN === '1') throw new Error(message.replace('are skipped', 'are required'));
  console.warn(message);
}

let f: OAuthFixture;
afterEach(async () => f?.close());

const entries = async (scope: string) => (await keytar!.findCredentials(KEYCHAIN_SERVICE)).filter((c) => c.account.startsWith(`${scope}/`));

describe.skipIf(!keytar)('refresh tokens in the OS keychain', () => {
  it('keeps only the refresh token, under the connection, and signing out deletes it', async () => {
    f = await oauthFixture({ vault: createSecretVault() });
    await signIn(f);
    const scope = await connectionKey(f.dir, f.connectionId);
    const stored = await entries(scope);
    expect(stored.map((c) => c.account)).toEqual([`${scope}/${REFRESH_TOKEN_NAME}`]);
    const [refreshToken] = f.server.issued().refreshTokens;
    expect(JSON.parse(stored[0]!.password)).toEqual({
      refreshToken,
      endpoint: f.server.tokenUrl,
      clientId: f.server.publicClient.clientId,
    });
    // No access token anywhere in the keychain.
    const all = JSON.stringify(await keytar!.findCredentials(KEYCHAIN_SERVICE));
    for (const t of f.server.issued().accessTokens) expect(all).not.toContain(t);

    expect(await f.tokens.signOut(f.dir, f.connectionId)).toEqual({ signedIn: false, refreshable: false });
    expect(await entries(scope)).toEqual([]);
    expect(await f.tokens.accessToken(f.dir, f.connectionId, f.texts)).toBeUndefined();
  });

  it('a new token service (a restarted studio) renews from the keychain; deleting the connection deletes the token', async () => {
    f = await oauthFixture({ vault: createSecretVault() });
    await signIn(f);
    const restarted = createTokenService({
      appDataDir: f.appDataDir,
      secrets: createSecretVault(),
      connections: f.connections,
      now: () => f.clock.now,
    });
    expect(await restarted.session(f.dir, f.connectionId)).toEqual({ signedIn: true, grant: 'authorization_code', refreshable: true });
    const token = await restarted.accessToken(f.dir, f.connectionId, f.texts);
    expect(f.server.tokenRequests.map((r) => r.grant)).toEqual(['authorization_code', 'refresh_token']);
    expect(f.server.issued().accessTokens).toContain(token);
    const scope = await connectionKey(f.dir, f.connectionId);
    // The rotated refresh token replaced the first one.
    expect(JSON.parse((await entries(scope))[0]!.password).refreshToken).toBe(f.server.issued().refreshTokens[1]);
    expect(await f.connections.delete(f.dir, f.connectionId)).toBe(true);
    expect(await entries(scope)).toEqual([]);
  });
});
