// `connector-studio test --connection <name>` with an OAuth 2.0 connection signed in from the studio:
// the CLI renews the access token from the refresh token the sign-in stored, against a real
// authorization server on 127.0.0.1, and never prints a token.
import { afterEach, describe, expect, it } from 'vitest';
import { runTest, type TestArgs } from '../../main/cli/test-command';
import { oauthFixture, sessionVault, signIn, type OAuthFixture } from '../support/oauth-fixture';

let f: OAuthFixture | undefined;
afterEach(async () => {
  await f?.close();
  f = undefined;
});

async function cli(fixture: OAuthFixture, vault: ReturnType<typeof sessionVault>, args: Partial<TestArgs> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runTest(
    { source: fixture.dir, operations: ['GetResource'], params: {}, inputs: {}, format: 'text', connection: 'Ada', ...args },
    { out: (s) => out.push(s), err: (s) => err.push(s) },
    { http: { timeoutMs: 5000 }, appDataDir: fixture.appDataDir, secrets: vault },
  );
  return { code, text: [...out, ...err].join('\n') };
}

describe('test --connection with a signed-in OAuth connection', () => {
  it('renews the access token from the stored refresh token and calls the API with it', async () => {
    const vault = sessionVault();
    f = await oauthFixture({ vault });
    const signedIn = await signIn(f);
    expect(signedIn.status).toBe(200);
    const before = f.server.tokenRequests.length;

    const { code, text } = await cli(f, vault);
    expect(text).toMatch(/GetResource/);
    expect(code).toBe(0);
    const grants = f.server.tokenRequests.slice(before).map((r) => r.grant);
    expect(grants).toEqual(['refresh_token']);
    const issued = f.server.issued();
    expect(issued.accessTokens.length).toBeGreaterThan(1);
    for (const token of [...issued.accessTokens, ...issued.refreshTokens]) expect(text).not.toContain(token);
  });

  it('a connection that never signed in is a usage error that says how to sign in', async () => {
    const vault = sessionVault();
    f = await oauthFixture({ vault });
    const { code, text } = await cli(f, vault);
    expect(code).toBe(2);
    expect(text).toMatch(/is not signed in: sign in from the studio's Test tab/);
    expect(f.server.tokenRequests).toHaveLength(0);
  });
});
