// OAuth 2.0 in the Test tab end to end, in Chromium through the browser host, against the in-house
// authorization server on 127.0.0.1 (test/support/oauth-server.ts), for what a real provider cannot
// be made to do: an answer with a forged state reaching the loopback, a reused callback address,
// and Deny on its consent form. The flows a provider runs (sign-in, refresh, rotation, Basic
// client authentication, client credentials) are tested against oidc-provider in
// studio-oauth-provider.spec.ts. The browser's part is driven as a person does it.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { oauthConnector } from '../support/oauth-connector';
import { startOAuthServer, type OAuthTestServer } from '../support/oauth-server';
import { expect, test, writeConnector } from './fixtures';

test.describe.configure({ timeout: 180_000 });

let server: OAuthTestServer;

test.beforeEach(async () => {
  server = await startOAuthServer({ accessTokenLifetimeSeconds: 32 });
});

test.afterEach(async () => {
  await server?.close();
});

const result = (page: Page) => page.getByRole('region', { name: 'Test result' });
const grants = (kind: string) => server.tokenRequests.filter((r) => r.grant === kind);

/** Presses Sign in and opens the authorization page from the link the browser host shows. */
async function openSignInPage(page: Page): Promise<Page> {
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Open the sign-in page and sign in; the studio waits up to 5 minutes.')).toBeVisible();
  const link = page.getByRole('link', { name: 'Open the sign-in page' });
  const [popup] = await Promise.all([page.waitForEvent('popup'), link.click()]);
  await expect(popup.getByRole('heading', { name: 'Sign in to the test authorization server' })).toBeVisible();
  return popup;
}

async function runResource(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Test operation' }).click();
  await expect(page.getByRole('button', { name: 'Test operation' })).toBeEnabled({ timeout: 30_000 });
}

test('a forged state is refused and ends the sign-in; a reused callback and Deny are refused', async ({ page, workDir, startHost }) => {
  const dir = await writeConnector(
    path.join(workDir, 'oauth-connector'),
    oauthConnector(server, { clientId: server.publicClient.clientId }),
  );
  // No D-Bus, so no keychain: the refresh token is kept for the session only, by the person's choice.
  const host = await startHost(
    dir,
    process.platform === 'linux' ? { DBUS_SESSION_BUS_ADDRESS: `unix:path=${path.join(workDir, 'no-dbus')}` } : {},
  );
  await page.setViewportSize({ width: 1440, height: 900 });
  // The first open loads Monaco, which takes a while on the machine's two shared cores.
  await page.goto(host.url);
  await expect(page.locator('.monaco-editor').first()).toBeVisible({ timeout: 60_000 });
  await page.getByRole('tab', { name: 'Test' }).click();
  await expect(page.getByRole('heading', { name: 'Connection' })).toBeVisible();
  if (process.platform === 'linux') {
    await page.getByRole('button', { name: 'Keep secrets for this session only' }).click();
    await expect(page.getByText('Session only:')).toBeVisible();
  }
  await page.getByRole('button', { name: 'New connection' }).click();
  await page.getByLabel('Connection name').fill('Ada');
  await page.getByRole('button', { name: 'Create connection' }).click();
  await expect(page.getByLabel('Saved connection').locator('option:checked')).toHaveText('Ada');
  await expect(page.getByText('OAuth 2.0: sign in to get an access token for this connection.')).toBeVisible();

  // An answer that does not carry this sign-in's state (another page, or an attacker, calling the
  // loopback with a code of its own) is refused, and the sign-in ends: no code is exchanged.
  const forgedPage = await openSignInPage(page);
  const loopback = new URL(forgedPage.url()).searchParams.get('redirect_uri')!;
  await forgedPage.goto(`${loopback}?code=attacker-code&state=not-the-state`);
  await expect(forgedPage.getByText('This answer does not belong to the sign-in in progress, so it was refused.')).toBeVisible();
  await expect(page.locator('.sign-in').getByRole('status')).toHaveText(
    'The browser came back with an answer that does not belong to this sign-in (its state does not match), so it was refused; start the sign-in again.',
  );
  expect(grants('authorization_code')).toHaveLength(0);
  await forgedPage.close();

  // Sign in: the server's form, Allow, back to the studio's loopback callback.
  const popup = await openSignInPage(page);
  const authorize = new URL(popup.url());
  expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
  expect(authorize.searchParams.get('redirect_uri')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/);
  await popup.getByLabel('User name').fill(server.user.username);
  await popup.getByLabel('Password').fill(server.user.password);
  await popup.getByRole('button', { name: 'Allow' }).click();
  await expect(popup.getByRole('heading', { name: 'Signed in' })).toBeVisible();
  await expect(popup.getByText('Connector Studio is signed in.')).toBeVisible();
  const callbackUrl = popup.url();
  expect(callbackUrl.startsWith(authorize.searchParams.get('redirect_uri')!)).toBe(true);
  expect(new URL(callbackUrl).searchParams.get('code')).toBeTruthy();

  await expect(page.locator('.sign-in').getByRole('status')).toHaveText('Signed in.');
  await expect(page.getByText(/^Signed in; the access token expires at .+ \(refreshed when needed\)\.$/)).toBeVisible();
  expect(grants('authorization_code')).toHaveLength(1);
  expect(grants('authorization_code')[0]!.ok).toBe(true);
  // The code was exchanged with the verifier of the challenge (the server refuses a wrong one).
  expect(grants('authorization_code')[0]!.form.code_verifier).toMatch(/^[A-Za-z0-9._~-]{43,128}$/);

  // A call to the protected resource with the token.
  await page
    .getByRole('listbox', { name: 'Actions and triggers' })
    .getByRole('option', { name: /Get the protected resource/ })
    .click();
  await runResource(page);
  await expect(result(page).locator('.outcome')).toContainText('Passed — 200 OK');
  await expect(result(page).getByRole('region', { name: 'Body' })).toContainText(`"subject": "${server.user.username}"`);
  await expect(result(page).getByRole('table', { name: 'Request headers' })).toContainText('AuthorizationBearer ****');

  // No token the server issued is on the page (the headers say Bearer ****).
  const html = await page.content();
  const { accessTokens, refreshTokens, codes } = server.issued();
  for (const t of [...accessTokens, ...refreshTokens, ...codes]) expect(html).not.toContain(t);

  // The same callback address again (a reload, or a replayed answer): the redirect answered once and
  // stopped listening (RFC 8252 §7.3), so the browser cannot reach it and no code is exchanged twice.
  const again = await popup.goto(callbackUrl).then(
    () => 'answered',
    (err: Error) => err.message,
  );
  expect(again).toContain('net::ERR_CONNECTION_REFUSED');
  expect(grants('authorization_code')).toHaveLength(1);
  await popup.close();

  // Deny: the server sends the browser back with access_denied; both the callback page and the studio say so.
  const denied = await openSignInPage(page);
  await denied.getByRole('button', { name: 'Deny' }).click();
  const declined = 'The sign-in was declined at the authorization server: access_denied (The user declined the request).';
  await expect(denied.getByRole('heading', { name: 'Sign-in failed' })).toBeVisible();
  await expect(denied.getByText(declined)).toBeVisible();
  await expect(page.locator('.sign-in').getByRole('status')).toHaveText(declined);
  await expect(page.locator('.sign-in').getByRole('status')).toHaveClass(/error/);
  expect(grants('authorization_code')).toHaveLength(1);
  await denied.close();
});
