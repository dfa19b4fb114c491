// OAuth 2.0 end to end against oidc-provider (a certified OpenID Connect implementation nobody here
// wrote) on 127.0.0.1, in Chromium through the browser host, driven as a person does it: the
// Security tab (extra authorization parameters, the studio's redirect URI and a fixed port, the
// client secret), the Test tab's Sign in, the provider's own login and consent pages, the loopback
// callback, operation runs with the token. Access tokens live 32 s and the studio renews 30 s early,
// so a token counts as expired 2 s after it was issued. Every token the provider issued and every
// client secret is looked for afterwards in every file written, the host's output, the page and the
// console, and the addresses the browser visited (test/support/secret-scan.ts): none may be there.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { oauthConnector } from '../support/oauth-connector';
import { startOidcProvider, type OidcTestServer } from '../support/oidc-provider-server';
import { describeHits, formsOf, scanText, scanTree } from '../support/secret-scan';
import { expect, test, writeConnector, type StudioHost } from './fixtures';

test.describe.configure({ timeout: 180_000 });

let server: OidcTestServer | undefined;
test.afterEach(async () => {
  await server?.close();
  server = undefined;
});

const NO_DBUS = (workDir: string): Record<string, string> =>
  process.platform === 'linux' ? { DBUS_SESSION_BUS_ADDRESS: `unix:path=${path.join(workDir, 'no-dbus')}` } : {};
const security = (page: Page) => page.getByRole('tabpanel', { name: 'Security' });
const result = (page: Page) => page.getByRole('region', { name: 'Test result' });
const signInStatus = (page: Page) => page.locator('.sign-in').getByRole('status');

interface Session {
  host: StudioHost;
  console: string[];
  visited: string[];
}

/** Opens the connector, keeps secrets for this session only (no keychain here), and creates connection "Ada". */
async function open(
  page: Page,
  dir: string,
  workDir: string,
  startHost: (dir?: string, env?: Record<string, string>) => Promise<StudioHost>,
): Promise<Session> {
  const host = await startHost(dir, NO_DBUS(workDir));
  const session: Session = { host, console: [], visited: [] };
  page.on('console', (m) => session.console.push(m.text()));
  page.context().on('page', (p) => p.on('framenavigated', (f) => session.visited.push(f.url())));
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(host.url);
  await expect(page.locator('.monaco-editor').first()).toBeVisible({ timeout: 60_000 });
  await page.getByRole('tab', { name: 'Test' }).click();
  if (process.platform === 'linux') {
    await page.getByRole('button', { name: 'Keep secrets for this session only' }).click();
    await expect(page.getByText('Session only:')).toBeVisible();
  }
  await page.getByRole('button', { name: 'New connection' }).click();
  await page.getByLabel('Connection name').fill('Ada');
  await page.getByRole('button', { name: 'Create connection' }).click();
  await expect(page.getByLabel('Saved connection').locator('option:checked')).toHaveText('Ada');
  return session;
}

/** Sign in from the Test tab, then the provider's login and consent pages in the popup; answers the popup at the studio's callback. */
async function signInThroughProvider(page: Page): Promise<Page> {
  await page.getByRole('tab', { name: 'Test' }).click();
  await page.getByRole('button', { name: 'Sign in' }).click();
  const link = page.getByRole('link', { name: 'Open the sign-in page' });
  const [popup] = await Promise.all([page.waitForEvent('popup'), link.click()]);
  // The provider's login page the first time; its consent page when asked for consent; then back to the studio.
  const done = popup.getByRole('heading', { name: /Signed in|Sign-in failed/ });
  const login = popup.locator('input[name="login"]');
  const consent = popup.getByRole('button', { name: 'Continue' });
  for (let step = 0; step < 3; step++) {
    await expect(done.or(login).or(consent)).toBeVisible();
    if (await done.isVisible()) break;
    if (await login.isVisible()) {
      await login.fill('ada');
      await popup.locator('input[name="password"]').fill('any password');
      await popup.getByRole('button', { name: 'Sign-in' }).click();
    } else {
      await consent.click();
    }
    await popup.waitForLoadState();
  }
  await expect(done).toBeVisible();
  return popup;
}

async function runResource(page: Page): Promise<void> {
  await page
    .getByRole('listbox', { name: 'Actions and triggers' })
    .getByRole('option', { name: /Get the protected resource/ })
    .click();
  await page.getByRole('button', { name: 'Test operation' }).click();
  await expect(page.getByRole('button', { name: 'Test operation' })).toBeEnabled({ timeout: 30_000 });
}

/** Nothing the provider issued and no client secret in the files, the host's output, the page, the console or a visited address. */
async function expectNoLeak(page: Page, s: Session, workDir: string, secrets: string[]): Promise<void> {
  // Authorization codes travel in the callback's address by design (single use, exchanged at once); nothing else may.
  const codes = new Set(server!.codes());
  const named = Object.fromEntries([...server!.issued(), ...secrets].map((v, i) => [`${codes.has(v) ? 'code' : 'secret'} ${i}`, v]));
  const forms = formsOf(named);
  const noCodes = formsOf(Object.fromEntries(Object.entries(named).filter(([k]) => !k.startsWith('code'))));
  const tree = await scanTree(workDir, forms);
  const hits = [
    ...tree.hits,
    ...scanText('host stderr', s.host.stderr(), forms),
    ...scanText('page', await page.content(), forms),
    ...scanText('console', s.console.join('\n'), forms),
    ...scanText('visited addresses', s.visited.join('\n'), noCodes),
  ];
  expect(describeHits(hits)).toEqual([]);
  expect(tree.files.length).toBeGreaterThan(0);
}

test("authorization code + PKCE with the provider's own pages; no refresh token until prompt=consent; refresh after expiry and rotation", async ({
  page,
  workDir,
  startHost,
}) => {
  server = await startOidcProvider({ accessTokenLifetimeSeconds: 32 });
  const files = oauthConnector(
    { origin: server.issuer, authorizationUrl: server.authorizationUrl, tokenUrl: server.tokenUrl },
    { clientId: server.nativeClient.clientId, scopes: ['openid', 'offline_access', 'api:read'] },
  );
  const dir = await writeConnector(path.join(workDir, 'oidc-connector'), files);
  const s = await open(page, dir, workDir, startHost);

  // Without prompt=consent the provider drops offline_access: signed in, and told no refresh token came.
  const first = await signInThroughProvider(page);
  await expect(first.getByText('Connector Studio is signed in.')).toBeVisible();
  await first.close();
  await expect(signInStatus(page)).toHaveText(
    'Signed in. Signed in, but the server issued no refresh token, so sign in again when the access token expires in 32 seconds; some servers issue one only when asked (the scope offline_access, or authorization parameters such as access_type=offline and prompt=consent).',
  );
  expect(server.refreshTokens()).toHaveLength(0);

  // The Security tab: the extra authorization parameter goes into the authorization URL's query.
  await page.getByRole('tab', { name: 'Security' }).click();
  const extra = security(page).getByLabel('Extra authorization parameters');
  await extra.fill('prompt=consent');
  await extra.blur();
  await expect(security(page).getByLabel('Authorization URL')).toHaveValue(`${server.authorizationUrl}?prompt=consent`);
  await expect(security(page).getByLabel('Studio redirect URI')).toHaveValue('http://127.0.0.1/callback');

  const second = await signInThroughProvider(page);
  const authorize = new URL(second.url());
  expect(authorize.pathname).toBe('/callback');
  await second.close();
  await expect(signInStatus(page)).toHaveText('Signed in.');
  await expect(page.getByText(/^Signed in; the access token expires at .+ \(refreshed when needed\)\.$/)).toBeVisible();
  expect(server.refreshTokens()).toHaveLength(1);
  const [code] = server.tokenRequests;
  expect(code).toMatchObject({ grant: 'authorization_code', auth: 'none', status: 200 });

  await runResource(page);
  await expect(result(page).locator('.outcome')).toContainText('Passed — 200 OK');
  await expect(result(page).getByRole('region', { name: 'Body' })).toContainText('"subject": "ada"');
  await expect(result(page).getByRole('table', { name: 'Request headers' })).toContainText('AuthorizationBearer ****');

  // 2 s after it was issued the token counts as expired: the next run refreshes first, asking for no scope.
  const refreshesBefore = server.tokenRequests.filter((r) => r.grant === 'refresh_token').length;
  await page.waitForTimeout(2_500);
  await runResource(page);
  await expect(result(page).locator('.outcome')).toContainText('Passed — 200 OK');
  const refreshes = server.tokenRequests.filter((r) => r.grant === 'refresh_token');
  expect(refreshes.length).toBeGreaterThan(refreshesBefore);
  expect(refreshes.every((r) => r.status === 200 && r.scope === undefined)).toBe(true);
  // Rotation: each refresh answered a new refresh token, and the provider now refuses the first.
  const rotated = server.refreshTokens();
  expect(rotated.length).toBe(1 + refreshes.length);
  const reuse = await fetch(server.tokenUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'refresh_token', client_id: server.nativeClient.clientId, refresh_token: rotated[0]! }),
  });
  expect(((await reuse.json()) as { error?: string }).error).toBe('invalid_grant');

  await expectNoLeak(page, s, workDir, []);
});

test('a client the provider lets authenticate only with HTTP Basic, registered with an exact redirect URI: refused at once, then a fixed port signs in', async ({
  page,
  workDir,
  startHost,
  context,
}) => {
  server = await startOidcProvider({ clientAuthMethods: ['client_secret_basic', 'none'], accessTokenLifetimeSeconds: 32 });
  const files = oauthConnector(
    { origin: server.issuer, authorizationUrl: `${server.authorizationUrl}?prompt=consent`, tokenUrl: server.tokenUrl },
    { clientId: server.basicClient.clientId, scopes: ['openid', 'offline_access', 'api:read'] },
  );
  const dir = await writeConnector(path.join(workDir, 'oidc-basic'), files);
  const s = await open(page, dir, workDir, startHost);

  // The client secret, kept for this session only: the Security tab says so.
  await page.getByRole('tab', { name: 'Security' }).click();
  const secretField = security(page).getByLabel('Client secret');
  await secretField.fill(server.basicClient.clientSecret);
  await security(page).getByRole('button', { name: 'Keep for this session' }).click();
  await expect(
    security(page).getByText(
      'A client secret is kept for this session only, in memory (there is no keychain): it is lost when Connector Studio quits, and never written to the connector files.',
    ),
  ).toBeVisible();

  // Any port: the provider matches web clients' redirect URIs exactly, so it refuses; the studio says so at once.
  await page.getByRole('tab', { name: 'Test' }).click();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(signInStatus(page)).toHaveText(
    /^The authorization server at 127\.0\.0\.1:\d+ refused the sign-in request \(400: .*redirect_uri did not match any of the client's registered redirect_uris.*\); check the client id and the scopes, and that http:\/\/127\.0\.0\.1:\d+\/callback \(or http:\/\/127\.0\.0\.1\/callback for any port\) is registered as a redirect URI\.$/,
  );
  await expect(signInStatus(page)).toHaveClass(/error/);
  await expect(page.getByRole('link', { name: 'Open the sign-in page' })).toHaveCount(0);

  // The fixed port the provider knows; the redirect URI to register, copied.
  await page.getByRole('tab', { name: 'Security' }).click();
  await security(page).getByLabel('Fixed redirect port').fill(String(server.fixedRedirectPort));
  await security(page).getByRole('button', { name: 'Use this port' }).click();
  const expected = `http://127.0.0.1:${server.fixedRedirectPort}/callback`;
  await expect(security(page).getByLabel('Studio redirect URI')).toHaveValue(expected);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await security(page).getByRole('button', { name: 'Copy' }).click();
  await expect(security(page).getByText('Redirect URI copied.')).toBeVisible();
  expect(await page.evaluate('navigator.clipboard.readText()')).toBe(expected);

  const popup = await signInThroughProvider(page);
  await expect(popup.getByText('Connector Studio is signed in.')).toBeVisible();
  expect(popup.url().startsWith(`${expected}?`)).toBe(true);
  await popup.close();
  await expect(signInStatus(page)).toHaveText('Signed in.');
  await runResource(page);
  await expect(result(page).locator('.outcome')).toContainText('Passed — 200 OK');
  await page.waitForTimeout(2_500);
  await runResource(page);
  await expect(result(page).locator('.outcome')).toContainText('Passed — 200 OK');
  // Basic, as the provider's metadata says: for the code exchange and every refresh.
  expect(server.tokenRequests.length).toBeGreaterThanOrEqual(2);
  expect(server.tokenRequests.every((r) => r.auth === 'basic' && r.status === 200)).toBe(true);

  await expectNoLeak(page, s, workDir, [server.basicClient.clientSecret]);
});

test('client credentials with a Basic-only client', async ({ page, workDir, startHost }) => {
  server = await startOidcProvider({ clientAuthMethods: ['client_secret_basic', 'none'] });
  const files = oauthConnector(
    { origin: server.issuer, authorizationUrl: server.authorizationUrl, tokenUrl: server.tokenUrl },
    { clientId: server.serviceClient.clientId, scopes: ['api:read'] },
  ) as {
    definition: { securityDefinitions: Record<string, Record<string, unknown>> };
    properties: unknown;
  };
  const def = files.definition.securityDefinitions.oauth2_auth!;
  def.flow = 'application';
  delete def.authorizationUrl;
  const dir = await writeConnector(path.join(workDir, 'oidc-service'), files);
  const s = await open(page, dir, workDir, startHost);
  await page.getByRole('tab', { name: 'Security' }).click();
  await security(page).getByLabel('Client secret').fill(server.serviceClient.clientSecret);
  await security(page).getByRole('button', { name: 'Keep for this session' }).click();
  await expect(security(page).getByText(/^A client secret is kept for this session only/)).toBeVisible();

  await page.getByRole('tab', { name: 'Test' }).click();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(signInStatus(page)).toHaveText('Signed in. Signed in with the client credentials grant.');
  await runResource(page);
  await expect(result(page).locator('.outcome')).toContainText('Passed — 200 OK');
  await expect(result(page).getByRole('region', { name: 'Body' })).toContainText(`"subject": "${server.serviceClient.clientId}"`);
  expect(server.tokenRequests).toEqual([{ grant: 'client_credentials', auth: 'basic', scope: 'api:read', status: 200 }]);

  await expectNoLeak(page, s, workDir, [server.serviceClient.clientSecret]);
});
