// The Test tab end to end in Chromium through the browser host, against a real API the test starts
// on 127.0.0.1 (test/support/test-api-server.ts): saved connections with an API key, Basic
// credentials and a bearer token; a 200 with its body pretty-printed and the key masked everywhere;
// a schema mismatch that leads to its schema keyword in the editor; a hanging server that times out
// while the studio stays usable; a 50 MB body cut at the size cap; invalid JSON; a self-signed
// certificate. Each test has its own app data folder, and the keychain is made unreachable so the
// session-only choice is exercised (and nothing lands in a real keychain).
import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { hasOpenssl, startTestApiServer, testConnector, type AuthMode, type TestApiServer } from '../support/test-api-server';
import { expect, REPO_ROOT, test, writeConnector, type StudioHost } from './fixtures';
import { positionOf } from './studio-support';

const CREDENTIALS = { apiKey: 'e2e-K3y-value-4711', user: 'grace-e2e', password: 'Hopper pass 1906', token: 'e2e.bearer-T0ken' };
const SHOTS = path.join(REPO_ROOT, 'test-results', 'studio-screenshots');

test.describe.configure({ timeout: 120_000 });

let api: TestApiServer;

test.beforeAll(async () => {
  api = await startTestApiServer(CREDENTIALS);
});

test.afterAll(async () => {
  await api?.close();
});

interface Opened {
  host: StudioHost;
  dir: string;
  definitionText: string;
}

async function openTestTab(
  page: Page,
  workDir: string,
  startHost: (dir?: string, env?: Record<string, string>) => Promise<StudioHost>,
  auth: AuthMode,
  scheme: 'http' | 'https' = 'http',
): Promise<Opened> {
  const port = scheme === 'https' ? api.httpsPort! : api.port;
  const files = testConnector(`127.0.0.1:${port}`, auth, scheme);
  const dir = await writeConnector(path.join(workDir, `connector-${auth}`), files);
  // The host keeps its app data in <workDir>/app-data (fixtures.ts). No D-Bus means no keychain, so
  // secrets are kept for the session only, by the person's choice.
  const host = await startHost(
    dir,
    process.platform === 'linux' ? { DBUS_SESSION_BUS_ADDRESS: `unix:path=${path.join(workDir, 'no-dbus')}` } : {},
  );
  await page.setViewportSize({ width: 1440, height: 900 });
  // Opening waits longer than openStudio does: the machine's two cores are shared with other suites.
  await page.goto(host.url);
  await expect(page.locator('.monaco-editor').first()).toBeVisible({ timeout: 60_000 });
  await page.getByRole('tab', { name: 'Test' }).click();
  await expect(page.getByRole('heading', { name: 'Connection' })).toBeVisible();
  if (process.platform === 'linux') {
    await page.getByRole('button', { name: 'Keep secrets for this session only' }).click();
    await expect(page.getByText('Session only:')).toBeVisible();
  }
  return { host, dir, definitionText: `${JSON.stringify(files.definition, null, 2)}\n` };
}

async function createConnection(page: Page, name: string, values: Record<string, string>): Promise<void> {
  await page.getByRole('button', { name: 'New connection' }).click();
  await page.getByLabel('Connection name').fill(name);
  for (const [label, value] of Object.entries(values)) await page.getByLabel(new RegExp(`^${label}`)).fill(value);
  await page.getByRole('button', { name: 'Create connection' }).click();
  await expect(page.getByLabel('Saved connection')).toHaveValue(/.+/);
  await expect(page.getByLabel('Saved connection').locator('option:checked')).toHaveText(name);
}

async function testOperation(page: Page, summary: string): Promise<void> {
  await page
    .getByRole('listbox', { name: 'Actions and triggers' })
    .getByRole('option', { name: new RegExp(summary) })
    .click();
  await expect(page.getByRole('heading', { level: 3 }).filter({ hasText: '/' })).toBeVisible();
  await page.getByRole('button', { name: 'Test operation' }).click();
}

const result = (page: Page) => page.getByRole('region', { name: 'Test result' });

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(', ')}`,
    );
}

test('an API key connection: 200 with the body pretty-printed, the key masked everywhere, curl to copy, history; keyboard and axe', async ({
  page,
  context,
  workDir,
  startHost,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openTestTab(page, workDir, startHost, 'key-header');
  await expect(page.getByText('No saved connection yet for this connector.')).toBeVisible();
  await createConnection(page, 'My key', { 'API Key': CREDENTIALS.apiKey });
  await expect(page.locator('.connection-summary')).toContainText('API Keystored');

  await testOperation(page, 'Get the widget');
  await expect(result(page).locator('.outcome')).toContainText('Passed — 200 OK');
  const body = JSON.stringify({ id: 7, name: 'Widget', tags: ['blue', 'small'], dimensions: { width: 3, height: 4 } }, null, 2);
  await expect(result(page).getByRole('region', { name: 'Body' })).toHaveText(body);
  await expect(result(page).getByText(`http://127.0.0.1:${api.port}/key-header/widget`, { exact: true })).toBeVisible();
  await expect(result(page).getByRole('table', { name: 'Request headers' })).toContainText('X-Api-Key****');
  await expect(result(page).getByText('The body matches the schema of response 200.')).toBeVisible();
  await result(page).getByRole('button', { name: 'Copy curl' }).click();
  await expect(result(page).getByText('Copied.')).toBeVisible();
  const copied = await page.evaluate(() =>
    (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText(),
  );
  expect(copied).toContain(`curl`);
  expect(copied).toContain(`X-Api-Key: ****`);
  expect(await page.content()).not.toContain(CREDENTIALS.apiKey);
  expect(api.received.at(-1)!.headers['x-api-key']).toBe(CREDENTIALS.apiKey);

  // The run is in the history, with its connection; the stored key is never shown back.
  const history = page.getByRole('region', { name: 'History' });
  await expect(history.getByRole('listitem')).toHaveCount(1);
  await expect(history.getByRole('listitem').first()).toContainText('passed, 200');
  await expect(history.getByRole('listitem').first()).toContainText('(connection My key)');
  await page.getByRole('button', { name: 'Edit connection' }).click();
  await expect(page.getByLabel(/^API Key/)).toHaveValue('');
  await expect(page.getByLabel(/^API Key/)).toHaveAttribute('placeholder', 'stored (type to replace)');
  await page.getByLabel('Connection name').fill('Renamed key');
  await page.getByRole('button', { name: 'Save connection' }).click();
  await expect(page.getByLabel('Saved connection').locator('option:checked')).toHaveText('Renamed key');

  // Reachable by keyboard: from the search field, Tab reaches the list; the arrows choose.
  await page.getByLabel('Search actions and triggers').focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Home');
  const operations = page.getByRole('listbox', { name: 'Actions and triggers' });
  await expect(operations).toBeFocused();
  await expect(operations.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('heading', { level: 3 }).filter({ hasText: '/mismatch' })).toBeVisible();
  await operations.getByRole('option', { name: /Get the widget/ }).click();

  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('tabpanel', { name: 'Test' }).evaluate((el) => el.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SHOTS, 'test-tab.png'), fullPage: false });

  await history.getByRole('button', { name: 'Clear history' }).click();
  await expect(history.getByText('No past runs of this operation.')).toBeVisible();
  await page.getByRole('button', { name: 'Delete connection' }).click();
  await page.getByRole('button', { name: 'Delete Renamed key' }).click();
  await expect(page.getByText('No saved connection yet for this connector.')).toBeVisible();
});

test('a schema mismatch leads to its keyword in the editor; invalid JSON, 50 MB and a hanging server are clear messages, and the studio stays usable', async ({
  page,
  workDir,
  startHost,
}) => {
  const { definitionText } = await openTestTab(page, workDir, startHost, 'key-header');
  // A connection value's hint: its description as a sentence, then the parameter it fills.
  await page.getByRole('button', { name: 'New connection' }).click();
  await expect(page.getByText('The API key. Connection parameter: api_key.', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await createConnection(page, 'Key', { 'API Key': CREDENTIALS.apiKey });

  await testOperation(page, 'Get a widget that does not match');
  await expect(result(page).locator('.outcome')).toContainText('Failed — 200 OK');
  await expect(
    result(page).getByRole('listitem').filter({ hasText: 'The response does not match the schema declared for 200 (1 mismatch).' }),
  ).toBeVisible();
  const mismatch = result(page).getByRole('list', { name: 'Schema mismatches' }).getByRole('listitem');
  await expect(mismatch).toHaveCount(1);
  await expect(mismatch).toContainText('$.id');
  // What was expected and what came is said once.
  expect((await mismatch.textContent())?.match(/expected/gi)).toHaveLength(1);
  const at = positionOf(definitionText, '"type"', definitionText.indexOf('"id"', definitionText.indexOf('"Widget": {')));
  const link = mismatch.getByRole('button', { name: `apiDefinition.swagger.json:${at.line}:${at.column}` });
  await link.click();
  await expect(page.locator('.monaco-host')).toHaveAttribute('data-file', 'apiDefinition.swagger.json');
  await expect(page.locator('.monaco-host .active-line-number')).toHaveText(String(at.line));

  await testOperation(page, 'Get invalid JSON');
  await expect(result(page).getByRole('list', { name: 'Schema mismatches' })).toContainText('The body is not valid JSON (');
  await expect(result(page).getByRole('region', { name: 'Body' })).toHaveText('{"id": 7, "name": "Widget",');

  await testOperation(page, 'Get 50 MB');
  await expect(result(page).getByText('The response was larger than 10 MB; it was cut there and could not be checked.')).toBeVisible({
    timeout: 60_000,
  });
  await expect(result(page).getByText('Only the first 1 MB of the body are shown (10 MB were read).')).toBeVisible();
  await expect(result(page).getByText('10.0 MB (cut at the size limit)')).toBeVisible();

  // A server that never answers: the studio keeps working meanwhile, and the run ends with the reason.
  await page.getByLabel('Timeout (seconds)').fill('4');
  await testOperation(page, 'Get nothing, ever');
  await expect(page.getByText('Testing… the request runs in the background; you can keep working.')).toBeVisible();
  await page.getByRole('tab', { name: 'General' }).click();
  await expect(page.getByLabel('Host')).toHaveValue(`127.0.0.1:${api.port}`);
  await page.getByRole('tab', { name: 'Definition' }).click();
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.getByRole('tab', { name: 'Test' }).click();
  await expect(
    result(page).getByText(`The server at 127.0.0.1:${api.port} accepted the connection but sent no response within 4 s.`),
  ).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('button', { name: 'Test operation' })).toBeEnabled();
});

test('Basic credentials', async ({ page, workDir, startHost }) => {
  await openTestTab(page, workDir, startHost, 'basic');
  await createConnection(page, 'Grace', { Username: CREDENTIALS.user, Password: CREDENTIALS.password });
  await expect(page.locator('.connection-summary')).toContainText('Usernamestored');
  await testOperation(page, 'Get the widget');
  await expect(result(page).locator('.outcome')).toContainText('Passed — 200 OK');
  await expect(result(page).getByRole('table', { name: 'Request headers' })).toContainText('AuthorizationBasic ****');

  // Inputs: the body starts as an example of its schema; a query list in its collection format (pipes).
  await page
    .getByRole('listbox', { name: 'Actions and triggers' })
    .getByRole('option', { name: /Echo the request/ })
    .click();
  const example = { id: 0, name: 'string', tags: ['string'], dimensions: { width: 0, height: 0 } };
  await expect(page.getByLabel('body (required)')).toHaveValue(JSON.stringify(example, null, 2));
  await page.getByLabel('Mode (required)').fill('fast');
  await page.getByLabel('IDs').fill('[1,2]');
  await page.getByRole('button', { name: 'Test operation' }).click();
  await expect(result(page).locator('.outcome')).toContainText('Passed — 200 OK');
  await expect(result(page).getByText(`http://127.0.0.1:${api.port}/basic/echo?mode=fast&ids=1%7C2`, { exact: true })).toBeVisible();
  const html = await page.content();
  for (const s of [CREDENTIALS.user, CREDENTIALS.password, Buffer.from(`${CREDENTIALS.user}:${CREDENTIALS.password}`).toString('base64')])
    expect(html).not.toContain(s);
});

test('a bearer token (OAuth 2.0 connector, access token given); without a connection, a sentence saying to sign in', async ({
  page,
  workDir,
  startHost,
}) => {
  await openTestTab(page, workDir, startHost, 'bearer');
  await testOperation(page, 'Get the widget');
  await expect(
    result(page).getByText(
      'No connection is chosen: the connector uses OAuth 2.0, so the test needs an access token. Sign in with a connection first.',
    ),
  ).toBeVisible();
  await createConnection(page, 'Token', { 'Access token': CREDENTIALS.token });
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await page.getByRole('button', { name: 'Test operation' }).click();
  await expect(result(page).locator('.outcome')).toContainText('Passed — 200 OK');
  await expect(result(page).getByRole('table', { name: 'Request headers' })).toContainText('AuthorizationBearer ****');
  expect(await page.content()).not.toContain(CREDENTIALS.token);
});

test('a self-signed certificate is refused with the reason', async ({ page, workDir, startHost }) => {
  test.skip(!hasOpenssl(), 'openssl is not installed, so there is no https test server');
  await openTestTab(page, workDir, startHost, 'none', 'https');
  await testOperation(page, 'Get the widget');
  await expect(result(page).locator('.outcome')).toContainText('Failed');
  await expect(
    result(page).getByText(
      'The server 127.0.0.1 presented a self-signed certificate, which this machine does not trust, so the connection was not made (TLS error DEPTH_ZERO_SELF_SIGNED_CERT).',
    ),
  ).toBeVisible();
});
