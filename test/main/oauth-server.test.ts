// The test authorization server is strict where the studio must be right: PKCE on every code,
// codes once, redirect URIs registered (loopback on any port), client secrets checked. A server
// that accepted anything could not show that the studio's requests are correct.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeChallengeOf, createPkcePair } from '../../main/services/oauth/pkce';
import { authorizeWithoutBrowser, redirectUriMatches, startOAuthServer, type OAuthTestServer } from '../support/oauth-server';

let server: OAuthTestServer;
beforeEach(async () => {
  server = await startOAuthServer();
});
afterEach(async () => server.close());

const redirectUri = 'http://127.0.0.1:49152/callback';

async function code(challenge: string): Promise<string> {
  const url = new URL(server.authorizationUrl);
  for (const [k, v] of Object.entries({
    response_type: 'code',
    client_id: server.publicClient.clientId,
    redirect_uri: redirectUri,
    state: 's',
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }))
    url.searchParams.set(k, v);
  return new URL(await authorizeWithoutBrowser(url.href, server.user)).searchParams.get('code')!;
}

const exchange = async (form: Record<string, string>) => {
  const res = await fetch(server.tokenUrl, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: server.publicClient.clientId,
      redirect_uri: redirectUri,
      ...form,
    }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, string> };
};

describe('the test authorization server', () => {
  it('takes a code once, with its verifier; a second use is refused and revokes what the first gave', async () => {
    const pkce = createPkcePair();
    const c = await code(pkce.challenge);
    const first = await exchange({ code: c, code_verifier: pkce.verifier });
    expect(first.status).toBe(200);
    const again = await exchange({ code: c, code_verifier: pkce.verifier });
    expect(again.body).toMatchObject({ error: 'invalid_grant', error_description: 'The authorization code was already used.' });
    const res = await fetch(server.resourceUrl, { headers: { Authorization: `Bearer ${first.body.access_token}` } });
    expect(res.status).toBe(401);
  });

  it('refuses a code without a verifier, or with another one', async () => {
    const pkce = createPkcePair();
    expect((await exchange({ code: await code(pkce.challenge) })).body.error).toBe('invalid_grant');
    expect((await exchange({ code: await code(pkce.challenge), code_verifier: createPkcePair().verifier })).body.error_description).toMatch(
      /^PKCE verification failed/,
    );
  });

  it('asks for PKCE S256 at the authorization endpoint', async () => {
    const url = new URL(server.authorizationUrl);
    for (const [k, v] of Object.entries({
      response_type: 'code',
      client_id: server.publicClient.clientId,
      redirect_uri: redirectUri,
      state: 's',
    }))
      url.searchParams.set(k, v);
    const location = new URL(await authorizeWithoutBrowser(url.href, server.user));
    expect(location.searchParams.get('error')).toBe('invalid_request');
    expect(location.searchParams.get('state')).toBe('s');
  });

  it('matches loopback redirect URIs on any port, others exactly', () => {
    expect(redirectUriMatches('http://127.0.0.1/callback', 'http://127.0.0.1:61000/callback')).toBe(true);
    expect(redirectUriMatches('http://127.0.0.1/callback', 'http://127.0.0.1:61000/other')).toBe(false);
    expect(redirectUriMatches('http://127.0.0.1/callback', 'http://localhost:61000/callback')).toBe(false);
    expect(redirectUriMatches('https://app.example.com/cb', 'https://app.example.com/cb')).toBe(true);
    expect(redirectUriMatches('https://app.example.com/cb', 'https://app.example.com:444/cb')).toBe(false);
  });

  it('authenticates confidential clients, by Basic or in the body', async () => {
    const { clientId, clientSecret } = server.confidentialClient;
    const post = (init: RequestInit) => fetch(server.tokenUrl, { method: 'POST', ...init }).then((r) => r.status);
    expect(
      await post({ body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }) }),
    ).toBe(200);
    expect(
      await post({
        body: new URLSearchParams({ grant_type: 'client_credentials' }),
        headers: { Authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}` },
      }),
    ).toBe(200);
    expect(
      await post({ body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: 'wrong' }) }),
    ).toBe(401);
    expect(codeChallengeOf('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM'); // RFC 7636 appendix B
  });
});
