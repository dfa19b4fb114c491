// The leak test: a whole session in Chromium through the browser host (connections holding an API
// key, passing and failing runs, an API that echoes the key back, history written, the connector
// edited and saved, a package exported), then every file the session wrote, the host's stderr and
// the browser's console are scanned for the key in every form it could take (secret-scan.ts): raw,
// UTF-16, percent- and form-encoded, JSON-escaped, base64 at any offset. Zero hits.
//
// Everything written lands in the test's own folder: the connectors, the export, the host's app
// data, HOME, XDG folders and TMPDIR, and the browser's own profile (its storage, cache and session
// files). The keychain is made unreachable, so secrets are kept for the session only, by choice.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { describeHits, formsOf, scanText, scanTree, type SecretHit } from '../support/secret-scan';
import { startTestApiServer, testConnector, type AuthMode, type TestApiServer } from '../support/test-api-server';
import { expect, test, writeConnector } from './fixtures';

test.describe.configure({ timeout: 300_000 });

// Characters that change under each encoding, so a leak in any of them is told apart from the raw one.
const suffix = `/+"=`;
const SECRETS = {
  'API key': `leak-canary-${randomBytes(12).toString('hex')}${suffix}`,
  'wrong API key': `leak-canary-wrong-${randomBytes(12).toString('hex')}${suffix}`,
};

// Not secret, and written where a leak would land: the scan must find them there (see the end).
const MODE_MARKER = `mode-marker-${randomBytes(6).toString('hex')}`;
const result = (page: Page) => page.getByRole('region', { name: 'Test result' });

async function createConnection(page: Page, name: string, apiKey: string): Promise<void> {
  await page.getByRole('button', { name: 'New connection' }).click();
  await page.getByLabel('Connection name').fill(name);
  await page.getByLabel(/^API Key/).fill(apiKey);
  await page.getByRole('button', { name: 'Create connection' }).click();
  await expect(page.getByLabel('Saved connection').locator('option:checked')).toHaveText(name);
}

async function chooseConnection(page: Page, name: string): Promise<void> {
  await page.getByLabel('Saved connection').selectOption({ label: name });
  await expect(page.getByLabel('Saved connection').locator('option:checked')).toHaveText(name);
}

async function run(page: Page, summary: string, outcome: string, fill: Record<string, string> = {}): Promise<void> {
  await page
    .getByRole('listbox', { name: 'Actions and triggers' })
    .getByRole('option', { name: new RegExp(summary) })
    .click();
  await expect(page.getByRole('heading', { level: 3 }).filter({ hasText: '/' })).toBeVisible();
  for (const [label, value] of Object.entries(fill)) await page.getByLabel(label).fill(value);
  await page.getByRole('button', { name: 'Test operation' }).click();
  await expect(result(page).locator('.outcome')).toContainText(outcome, { timeout: 30_000 });
}

async function openTestTab(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Test' }).click();
  await expect(page.getByRole('heading', { name: 'Connection' })).toBeVisible();
}

/** Every run of one connector: passing, failing on the schema, echoing the key, refused with a wrong key. */
async function session(page: Page, auth: AuthMode): Promise<void> {
  await openTestTab(page);
  await createConnection(page, `Canary ${auth}`, SECRETS['API key']);
  await run(page, 'Get the widget', 'Passed — 200 OK');
  await run(page, 'Get a widget that does not match', 'Failed — 200 OK');
  await run(page, 'Echo the request', 'Passed — 200 OK', { 'Mode (required)': MODE_MARKER });
  // The API sent the key back in the body: shown masked.
  const echoed = auth === 'key-header' ? '"x-api-key": "****"' : '"code": "****"';
  await expect(result(page).getByRole('region', { name: 'Body' })).toContainText(echoed);
  await createConnection(page, `Wrong ${auth}`, SECRETS['wrong API key']);
  await run(page, 'Get the widget', 'Failed — 401');
  await run(page, 'Echo the request', 'Failed — 401');
  await chooseConnection(page, `Canary ${auth}`);
  await run(page, 'Get the widget', 'Passed — 200 OK');
  await expect(page.getByRole('region', { name: 'History' }).getByRole('listitem')).toHaveCount(3);
}

let api: TestApiServer | undefined;

test.afterEach(async () => {
  await api?.close();
  api = undefined;
});

test('a whole session leaves the API key in no file, log, export or console message', async ({
  playwright,
  launchOptions,
  workDir,
  startHost,
}) => {
  const forms = formsOf(SECRETS);

  // The scan can fail: a control file holding each kind of form is found, form by form.
  const control = path.join(workDir, 'control');
  await fs.mkdir(control);
  const key = SECRETS['API key'];
  const planted: Record<string, string | Buffer> = {
    'raw.txt': `x-api-key: ${key}`,
    'utf16.bin': Buffer.from(`{"k":"${key}"}`, 'utf16le'),
    'query.txt': `https://example.com/?code=${encodeURIComponent(key)}&x=1`,
    'json.json': JSON.stringify({ headers: { 'x-api-key': key } }),
    'basic.txt': `Authorization: Basic ${Buffer.from(`user:${key}`).toString('base64')}`,
    'bearer.txt': Buffer.from(`Bearer ${key}`).toString('base64url'),
    'clean.txt': `x-api-key: ****, leak-canary-${'0'.repeat(24)}${suffix}`,
  };
  for (const [name, bytes] of Object.entries(planted)) await fs.writeFile(path.join(control, name), bytes);
  const controlScan = await scanTree(control, forms);
  const found = (name: string) => controlScan.hits.filter((h) => path.basename(h.where) === name).map((h) => h.form);
  expect(found('raw.txt')).toContain('API key: raw');
  expect(found('utf16.bin')).toContain('API key: UTF-16LE');
  expect(found('query.txt')).toContain('API key: percent-encoded');
  expect(found('json.json')).toContain('API key: JSON-escaped');
  // Where the encoded key has no + or /, base64 and base64url are the same bytes, listed once.
  expect(found('basic.txt').some((f) => /^API key: base64 \(offset 2\)$/.test(f))).toBe(true);
  expect(found('bearer.txt').some((f) => /^API key: base64(url)? \(offset 1\)$/.test(f))).toBe(true);
  expect(found('clean.txt')).toEqual([]);
  expect(scanText('stderr', `failed with ${JSON.stringify(key)}`, forms).map((h) => h.form)).toContain('API key: JSON-escaped');
  await fs.rm(control, { recursive: true });

  api = await startTestApiServer(
    { apiKey: key, user: 'unused-user', password: 'unused-password', token: 'unused-token' },
    { https: false },
  );
  const connectors = path.join(workDir, 'connectors');
  const headerDir = await writeConnector(path.join(connectors, 'key-header'), testConnector(`127.0.0.1:${api.port}`, 'key-header'));
  const queryDir = await writeConnector(path.join(connectors, 'key-query'), testConnector(`127.0.0.1:${api.port}`, 'key-query'));
  const exportDir = path.join(workDir, 'export');
  // Every place the host could write on its own is inside workDir.
  const home = path.join(workDir, 'home');
  const env: Record<string, string> = {
    HOME: home,
    TMPDIR: path.join(workDir, 'tmp'),
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    XDG_DATA_HOME: path.join(home, '.local', 'share'),
    XDG_STATE_HOME: path.join(home, '.local', 'state'),
    DBUS_SESSION_BUS_ADDRESS: `unix:path=${path.join(workDir, 'no-dbus')}`,
  };
  for (const dir of [env.TMPDIR!, env.XDG_CONFIG_HOME!, env.XDG_CACHE_HOME!, env.XDG_DATA_HOME!, env.XDG_STATE_HOME!])
    await fs.mkdir(dir, { recursive: true });
  const host = await startHost(headerDir, env);

  // A browser of its own whose profile is in workDir, so what the renderer stored is scanned too.
  const context: BrowserContext = await playwright.chromium.launchPersistentContext(path.join(workDir, 'browser-profile'), {
    ...launchOptions,
    headless: true,
    viewport: { width: 1440, height: 900 },
  });
  const consoleLines: string[] = [];
  context.on('console', (m) => void consoleLines.push(`${m.type()}: ${m.text()}`));
  context.on('weberror', (e) => void consoleLines.push(`error: ${e.error().message}`));
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => void consoleLines.push(`pageerror: ${e.message}`));
    // The first open loads Monaco, which takes a while on the machine's two shared cores.
    await page.goto(host.url);
    await expect(page.locator('.monaco-editor').first()).toBeVisible({ timeout: 60_000 });
    await openTestTab(page);
    if (process.platform === 'linux') {
      await page.getByRole('button', { name: 'Keep secrets for this session only' }).click();
      await expect(page.getByText('Session only:')).toBeVisible();
    }
    await session(page, 'key-header');
    expect(api.received.some((r) => r.headers['x-api-key'] === key)).toBe(true);

    // An edit, saved.
    await page.getByRole('tab', { name: 'General' }).click();
    await page.getByLabel('Description').fill('Endpoints of the test API server, edited in the leak test.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.locator('.save-state')).toHaveText('Saved apiDefinition.swagger.json.');
    expect(await fs.readFile(path.join(headerDir, 'apiDefinition.swagger.json'), 'utf8')).toContain('edited in the leak test');

    // The package, exported.
    await page.getByRole('button', { name: 'File', exact: true }).click();
    await page
      .getByRole('menu', { name: 'File' })
      .getByRole('menuitem', { name: /Export package/ })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Export package' });
    await dialog.getByLabel('Package folder').fill(exportDir);
    await dialog.getByRole('button', { name: 'Export' }).click();
    await expect(dialog.getByRole('status')).toContainText('Wrote apiDefinition.swagger.json');
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect((await fs.readdir(exportDir)).sort()).toEqual(
      expect.arrayContaining(['apiDefinition.swagger.json', 'apiProperties.json', 'settings.json']),
    );

    // A second connector in the same session, with the key in the query string.
    await page.getByLabel('Connector folder').fill(queryDir);
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(page.locator('h1.connector-title')).toHaveText('Test API (key-query)', { timeout: 45_000 });
    await session(page, 'key-query');
    expect(api.received.some((r) => r.url.includes(`code=${encodeURIComponent(key)}`))).toBe(true);

    // What the page shows holds no form of the key either.
    expect(describeHits(scanText('page', await page.content(), forms))).toEqual([]);
  } finally {
    // Closing the browser flushes its profile (storage, session, cache) to disk before the scan.
    await context.close();
  }

  const written = await scanTree(workDir, forms);
  const appData = written.files.filter((f) => f.startsWith(path.join(workDir, 'app-data') + path.sep));
  // The scan read what the session wrote: connections, two connectors' history, the export, the browser's profile.
  expect(appData.filter((f) => f.includes(`${path.sep}connections${path.sep}`)).length).toBeGreaterThanOrEqual(2);
  expect(appData.filter((f) => f.includes(`${path.sep}history${path.sep}`)).length).toBeGreaterThanOrEqual(6);
  expect(written.files.some((f) => f.startsWith(exportDir + path.sep))).toBe(true);
  expect(written.files.some((f) => f.includes(`${path.sep}browser-profile${path.sep}`))).toBe(true);
  // The scan reads where the session's data is: its markers are found in the connections, the history and the export.
  const markers = await scanTree(workDir, formsOf({ connection: 'Canary key-header', mode: MODE_MARKER, edit: 'edited in the leak test' }));
  const markedIn = (form: string, folder: string) => markers.hits.some((h) => h.form === form && h.where.startsWith(folder + path.sep));
  expect(markedIn('connection: raw', path.join(workDir, 'app-data', 'connections'))).toBe(true);
  expect(markedIn('mode: raw', path.join(workDir, 'app-data', 'history'))).toBe(true);
  expect(markedIn('edit: raw', exportDir)).toBe(true);
  // The browser was not invited to keep a connection as a login: its password store (Chromium's
  // "Login Data", which also records offers the person dismissed) names none of them.
  expect(written.files.some((f) => path.basename(f) === 'Login Data')).toBe(true);
  expect(describeHits(markers.hits.filter((h) => path.basename(h.where) === 'Login Data'))).toEqual([]);
  test.info().annotations.push({
    type: 'scanned',
    description: `${written.files.length} files, ${written.bytes} bytes, ${host.stderr().length} characters of host stderr, ${consoleLines.length} console messages`,
  });
  const hits: SecretHit[] = [
    ...written.hits,
    ...scanText('host stderr', host.stderr(), forms),
    ...scanText('browser console', consoleLines.join('\n'), forms),
  ];
  expect(
    describeHits(hits),
    `scanned ${written.files.length} files (${written.bytes} bytes), host stderr and ${consoleLines.length} console messages`,
  ).toEqual([]);
});
