// Opening connectors in real Chromium through the browser host: the renderer, the IPC contract over
// HTTP, the real file services and the shared core, end to end. Also: the host's access rules.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, REPO_ROOT, runHostCli, test, writeConnector } from './fixtures';

// Opening a connector loads the studio and Monaco; on a busy two-core machine that takes a while.
test.describe.configure({ timeout: 90_000 });

const CORPUS_CONNECTORS = path.resolve(REPO_ROOT, '..', 'shared', 'corpus', 'connectors');

const TICKETS_DEFINITION = {
  swagger: '2.0',
  info: { title: 'Contoso Tickets', description: 'Tickets for the help desk.', version: '1.0' },
  host: 'api.contoso.com',
  basePath: '/v2',
  schemes: ['https'],
  consumes: ['application/json'],
  produces: ['application/json'],
  securityDefinitions: { api_key: { type: 'apiKey', in: 'header', name: 'X-Api-Key' } },
  security: [{ api_key: [] }],
  paths: {
    '/tickets': {
      get: { operationId: 'ListTickets', summary: 'List tickets', responses: { '200': { description: 'OK' } } },
      post: { operationId: 'CreateTicket', summary: 'Create a ticket', responses: { '201': { description: 'Created' } } },
    },
    '/hooks': {
      'x-ms-notification-content': { description: 'A ticket', schema: { type: 'object' } },
      post: {
        operationId: 'WhenTicketCreated',
        summary: 'When a ticket is created',
        'x-ms-trigger': 'single',
        parameters: [
          {
            name: 'body',
            in: 'body',
            required: true,
            schema: { type: 'object', properties: { callbackUrl: { type: 'string', 'x-ms-notification-url': true } } },
          },
        ],
        responses: { '201': { description: 'Created' } },
      },
    },
    '/tickets/changes': {
      get: {
        operationId: 'PollChanges',
        summary: 'When a ticket changes',
        'x-ms-trigger': 'batch',
        responses: { '200': { description: 'OK' } },
      },
    },
  },
};

const TICKETS_PROPERTIES = {
  properties: {
    publisher: 'Contoso',
    stackOwner: 'Contoso',
    connectionParameters: {
      api_key: { type: 'securestring', uiDefinition: { displayName: 'API key', constraints: { required: 'true' } } },
    },
  },
};

const WEATHER_DEFINITION = {
  swagger: '2.0',
  info: { title: 'Fabrikam Weather', version: '1.0' },
  host: 'weather.fabrikam.example',
  basePath: '/',
  schemes: ['https'],
  paths: {
    '/forecast/{city}': {
      get: {
        operationId: 'GetForecast',
        summary: 'Get the forecast',
        parameters: [{ name: 'city', in: 'path', required: true, type: 'string' }],
        responses: { '200': { description: 'OK' } },
      },
    },
  },
};

/** Alerts with something to say (Monaco keeps empty live regions with role alert for screen readers). */
const shownAlerts = (page: Page) => page.getByRole('alert').filter({ hasText: /\S/ });

/** The rows of the Definition tab's list of actions and triggers (after choosing that tab). */
async function operationRows(page: Page) {
  await page.getByRole('tab', { name: 'Definition' }).click();
  return page.getByRole('listbox', { name: 'Actions and triggers' }).getByRole('option');
}

async function openByPath(page: Page, dir: string) {
  await page.getByLabel('Connector folder').fill(dir);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
}

test('opens the connector given on the command line', async ({ page, workDir, startHost }) => {
  const dir = await writeConnector(path.join(workDir, 'Contoso Tickets'), {
    definition: TICKETS_DEFINITION,
    properties: TICKETS_PROPERTIES,
  });
  const host = await startHost(dir);
  const consoleErrors: string[] = [];
  page.on('console', (m) => (m.type() === 'error' ? consoleErrors.push(m.text()) : undefined));

  await page.goto(host.url);
  // The token moved into the cookie: the address bar no longer shows it.
  await expect(page).toHaveURL(`${host.origin}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contoso Tickets');
  await expect(page.getByLabel('Host')).toHaveValue('api.contoso.com');
  await expect(page.getByLabel('Base URL')).toHaveValue('/v2');
  await expect(page.getByLabel('Scheme')).toHaveValue('https');
  await expect(page.getByLabel('Description')).toHaveValue('Tickets for the help desk.');
  await page.getByRole('tab', { name: 'Security' }).click();
  await expect(page.getByLabel('Authentication type')).toHaveValue('apiKey');
  await expect(page.getByLabel('Parameter name')).toHaveValue('X-Api-Key');
  await expect(page.getByLabel('Parameter location')).toHaveValue('header');
  await expect(page.getByLabel('Connector folder')).toHaveValue(dir);

  const rows = await operationRows(page);
  await expect(page.getByText('4 operations: 2 actions, 1 webhook trigger, 1 polling trigger.')).toBeVisible();
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0)).toHaveText(/^GET List tickets\s*ListTickets$/);
  await expect(rows.nth(1)).toHaveText(/^POST Create a ticket\s*CreateTicket$/);
  await expect(rows.nth(2)).toHaveText(/^POST When a ticket is created\s*WhenTicketCreated\s*Webhook trigger$/);
  await expect(rows.nth(3)).toHaveText(/^GET When a ticket changes\s*PollChanges\s*Polling trigger$/);
  // The first is selected and shown.
  await expect(page.getByLabel('Operation ID')).toHaveValue('ListTickets');
  await expect(page.getByLabel('Summary')).toHaveValue('List tickets');

  await expect(shownAlerts(page)).toHaveCount(0);
  await expect(page.locator('.banner')).toHaveCount(0);
  expect(consoleErrors, 'no console errors (CSP violations would show here)').toEqual([]);
});

test('opens another connector typed into the path field', async ({ page, workDir, startHost }) => {
  const first = await writeConnector(path.join(workDir, 'tickets'), { definition: TICKETS_DEFINITION, properties: TICKETS_PROPERTIES });
  const second = await writeConnector(path.join(workDir, 'weather'), { definition: WEATHER_DEFINITION });
  const host = await startHost(first);
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contoso Tickets');

  await openByPath(page, second);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fabrikam Weather');
  await expect(page.getByLabel('Host')).toHaveValue('weather.fabrikam.example');
  await expect(page.getByLabel('Base URL')).toHaveValue('/');
  // No apiProperties.json: the icon colour cannot be set, and the editor offers only the definition.
  await expect(page.getByLabel('Icon background color')).toBeDisabled();
  await expect(page.getByRole('group', { name: 'File shown in the editor' }).getByRole('button')).toHaveText([
    'apiDefinition.swagger.json',
  ]);
  await page.getByRole('tab', { name: 'Security' }).click();
  await expect(page.getByLabel('Authentication type')).toHaveValue('none');
  const rows = await operationRows(page);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveText(/^GET Get the forecast\s*GetForecast$/);
});

test('with unsaved changes, a folder that holds no connector is refused before asking to discard them', async ({
  page,
  workDir,
  startHost,
}) => {
  const first = await writeConnector(path.join(workDir, 'tickets'), { definition: TICKETS_DEFINITION, properties: TICKETS_PROPERTIES });
  const second = await writeConnector(path.join(workDir, 'weather'), { definition: WEATHER_DEFINITION });
  const notConnector = path.join(workDir, 'notes');
  await mkdir(notConnector);
  const host = await startHost(first);
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contoso Tickets');
  await page.getByLabel('Host').fill('api.contoso.net');
  await expect(page.locator('.save-state')).toHaveText('Unsaved changes');
  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });

  await openByPath(page, notConnector);
  await expect(page.getByRole('alert').filter({ hasText: 'apiDefinition.swagger.json' })).toBeVisible();
  expect(asked).toEqual([]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contoso Tickets');
  await expect(page.getByLabel('Host')).toHaveValue('api.contoso.net');

  // A folder that holds a connector: now the question, and No keeps everything as it is.
  await openByPath(page, second);
  await expect.poll(() => asked.length).toBe(1);
  expect(asked[0]).toContain('has unsaved changes');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contoso Tickets');
  await expect(page.getByLabel('Host')).toHaveValue('api.contoso.net');
});

test('a file with a trailing comma opens and shows a located problem', async ({ page, workDir, startHost }) => {
  const text = [
    '{',
    '  "swagger": "2.0",',
    '  "info": { "title": "Trailing Comma", "version": "1.0" },',
    '  "host": "api.example.com",',
    '  "paths": {',
    '    "/items": {',
    '      "get": { "operationId": "ListItems", "responses": { "200": { "description": "OK" } } },',
    '    }',
    '  }',
    '}',
    '',
  ].join('\n');
  const dir = await writeConnector(path.join(workDir, 'broken'), { definition: text });
  const host = await startHost();
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open a connector');
  await openByPath(page, dir);

  // The value is recovered despite the comma...
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trailing Comma');
  await expect(await operationRows(page)).toHaveCount(1);
  // ...and the comma is reported where it is: line 7, just after the closing brace of "get".
  const column = text.split('\n')[6]!.lastIndexOf(',') + 1;
  const banner = page.getByRole('region', { name: 'Problems in apiDefinition.swagger.json' });
  await expect(banner).toContainText(`apiDefinition.swagger.json is not strict JSON (1 problem`);
  await expect(banner).toContainText(`line 7, column ${column}`);
  await expect(banner).toContainText(/comma/i);
  // The form still edits a file that parses, even if it is not strict JSON.
  await expect(page.getByLabel('Summary')).toBeEnabled();
});

test('a folder that does not exist shows an alert with a clear sentence', async ({ page, workDir, startHost }) => {
  const host = await startHost();
  await page.goto(host.url);
  await expect(page.getByText(/^Connector Studio \d+\.\d+\.\d+ · browser host$/)).toBeVisible();
  const missing = path.join(workDir, 'no such connector');
  await openByPath(page, missing);
  await expect(page.getByRole('alert')).toHaveText(`${missing} does not exist.`);

  // A file instead of a folder, and an empty field, are explained too.
  const file = path.join(await writeConnector(path.join(workDir, 'x'), { definition: WEATHER_DEFINITION }), 'apiDefinition.swagger.json');
  await openByPath(page, file);
  await expect(page.getByRole('alert')).toHaveText(`${file} is a file, not a connector folder.`);
  await openByPath(page, '');
  await expect(page.getByRole('alert')).toHaveText('Type the path of a connector folder first.');
});

test('a real connector from the corpus opens with all its operations', async ({ page, startHost }) => {
  const dir = path.join(CORPUS_CONNECTORS, 'custom-connectors', 'Facebook');
  if (!existsSync(dir)) console.warn(`[corpus] ${dir} is absent: the corpus end-to-end test is skipped.`);
  test.skip(!existsSync(dir), `corpus connector absent: ${dir}`);

  const definition = JSON.parse(readFileSync(path.join(dir, 'apiDefinition.swagger.json'), 'utf8').replace(/^\uFEFF/, ''));
  const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];
  const expectedCount = Object.values<Record<string, unknown>>(definition.paths).reduce(
    (n, item) => n + methods.filter((m) => item[m] !== undefined).length,
    0,
  );
  const host = await startHost(dir);
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(definition.info.title);
  await expect(page.getByLabel('Host')).toHaveValue(definition.host);
  const rows = await operationRows(page);
  await expect(page.getByText(new RegExp(`^${expectedCount} operations: `))).toBeVisible();
  await expect(rows).toHaveCount(expectedCount);
  await expect(shownAlerts(page)).toHaveCount(0);
});

test('a real corpus file with a trailing comma shows a located problem', async ({ page, startHost }) => {
  const dir = path.join(CORPUS_CONNECTORS, 'certified-connectors', 'envoy');
  if (!existsSync(dir)) console.warn(`[corpus] ${dir} is absent: the corpus end-to-end test is skipped.`);
  test.skip(!existsSync(dir), `corpus connector absent: ${dir}`);

  const host = await startHost(dir);
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Open a connector');
  const banner = page.getByRole('region', { name: 'Problems in apiDefinition.swagger.json' });
  await expect(banner).toContainText(/comma/i);
  await expect(banner).toContainText(/line \d+, column \d+/);
});

test('the host refuses requests without the token, from foreign origins and for other host names', async ({ playwright, startHost }) => {
  const host = await startHost();
  const anonymous = await playwright.request.newContext();
  try {
    const noToken = await anonymous.get(`${host.origin}/`, { maxRedirects: 0 });
    expect(noToken.status()).toBe(403);
    expect(await noToken.text()).not.toContain('<div id="root">');
    expect((await anonymous.get(`${host.origin}/?token=not-the-token`, { maxRedirects: 0 })).status()).toBe(403);
    const ipcNoToken = await anonymous.post(`${host.origin}/ipc/appInfo`, { data: {}, headers: { Origin: host.origin } });
    expect(ipcNoToken.status()).toBe(403);

    // With the token but from another origin (a page on another site posting to the host): refused.
    const foreign = await anonymous.post(`${host.origin}/ipc/openConnector`, {
      data: { dir: '/' },
      headers: { 'X-Studio-Token': host.token, Origin: 'http://evil.example' },
    });
    expect(foreign.status()).toBe(403);
    expect(await foreign.json()).toMatchObject({ ok: false, error: { code: 'forbidden-origin' } });

    // A DNS-rebinding page sends its own host name.
    const rebound = await anonymous.get(`${host.origin}/`, { headers: { Host: 'evil.example', 'X-Studio-Token': host.token } });
    expect(rebound.status()).toBe(403);

    // The same request with the token and the host's own origin is answered.
    const own = await anonymous.post(`${host.origin}/ipc/appInfo`, {
      data: {},
      headers: { 'X-Studio-Token': host.token, Origin: host.origin },
    });
    expect(own.status()).toBe(200);
    expect(await own.json()).toMatchObject({ ok: true, value: { host: 'browser', canChooseFolder: false } });
  } finally {
    await anonymous.dispose();
  }
});

test('a page on another site cannot make the host write, even after the studio was opened', async ({
  page,
  context,
  workDir,
  startHost,
}) => {
  const dir = await writeConnector(path.join(workDir, 'victim'), { definition: WEATHER_DEFINITION });
  const before = readFileSync(path.join(dir, 'apiDefinition.swagger.json'), 'utf8');
  const host = await startHost(dir);
  await page.goto(host.url); // the studio is open: its cookie is in this browser
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fabrikam Weather');

  // http://localhost:<port> is another origin and another site than http://127.0.0.1:<port>, like any
  // foreign page. It fires the kind of request a form or a no-cors fetch can send without a preflight.
  const foreign = await context.newPage();
  await foreign.goto(`http://localhost:${host.port}/`);
  const statuses = await foreign.evaluate(
    async ({ target, dir }) => {
      const body = JSON.stringify({ dir, files: { 'apiDefinition.swagger.json': { text: 'owned', encoding: 'utf-8', bom: false } } });
      const out: string[] = [];
      for (const init of [
        { method: 'POST', body, mode: 'no-cors', credentials: 'include', headers: { 'Content-Type': 'text/plain' } },
        { method: 'POST', body, credentials: 'include', headers: { 'Content-Type': 'application/json' } },
      ] as RequestInit[]) {
        try {
          const r = await fetch(`${target}/ipc/saveConnector`, init);
          out.push(String(r.status));
        } catch (err) {
          out.push(`blocked: ${String(err)}`);
        }
      }
      return out;
    },
    { target: host.origin, dir },
  );
  expect(statuses.every((s) => s !== '200')).toBe(true);
  expect(readFileSync(path.join(dir, 'apiDefinition.swagger.json'), 'utf8')).toBe(before);
});

test('the host command refuses a path that is not a folder with one sentence and exit code 2', async ({ workDir }) => {
  const file = path.join(await writeConnector(path.join(workDir, 'c'), { definition: WEATHER_DEFINITION }), 'apiDefinition.swagger.json');
  const asFile = await runHostCli([file]);
  expect(asFile.code).toBe(2);
  expect(asFile.stdout).toBe('');
  expect(asFile.stderr.trim()).toBe(`Cannot open ${file}: it is a file, not a connector folder.`);
  const missing = await runHostCli([path.join(workDir, 'missing')]);
  expect(missing.code).toBe(2);
  expect(missing.stderr.trim()).toBe(`Cannot open ${path.join(workDir, 'missing')}: it does not exist.`);
});
