// Documents through the browser host in real Chromium: a new connector from a template, imports of a
// Postman collection by path and by drag and drop, the recent list, an exported package (the bytes
// the CLI writes), files changed on disk by another program (Reload, Keep mine), and accessibility
// of the start screen and the File menu. Each test keeps its recent list in its own app data folder.
import AxeBuilder from '@axe-core/playwright';
import { execFile } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { CORPUS_DIR } from '../support/corpus';
import { expect, REPO_ROOT, test, writeConnector } from './fixtures';

test.describe.configure({ timeout: 120_000 });

const POSTMAN = path.join(CORPUS_DIR, 'postman', 'gothinkster+realworld', 'api__Conduit.postman_collection.json');
// Hosts keep their app data (the recent list) in <workDir>/app-data (see fixtures.ts).

const title = (page: Page) => page.locator('h1.connector-title');
/** The studio shows a connector: the first time loads Monaco, which takes a while on a busy two-core machine. */
const studioShows = (page: Page, name: string) => expect(title(page)).toHaveText(name, { timeout: 45_000 });
const fileMenu = (page: Page) => page.getByRole('menu', { name: 'File' });

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

async function operationNames(page: Page) {
  await page.getByRole('tab', { name: 'Definition' }).click();
  return page.getByRole('listbox', { name: 'Actions and triggers' }).getByRole('option');
}

async function importByPath(page: Page, file: string, dir: string) {
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await fileMenu(page)
    .getByRole('menuitem', { name: /Import file/ })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Import an API description' });
  await dialog.getByLabel('File to import').fill(file);
  await dialog.getByLabel('New connector folder').fill(dir);
  await dialog.getByRole('button', { name: 'Import' }).click();
  // Importing, then opening the result (the first open loads Monaco).
  await expect(dialog).toBeHidden({ timeout: 45_000 });
}

/** Drops a file on the window as a person drags one from the file manager (its bytes and name, no path). */
async function dropFile(page: Page, name: string, text: string) {
  // Runs in the page (the test's own types have no DOM, hence the globalThis lookups).
  const dataTransfer = await page.evaluateHandle(
    ({ name, text }) => {
      const g = globalThis as unknown as {
        DataTransfer: new () => { items: { add(file: unknown): void } };
        File: new (parts: string[], name: string, options: { type: string }) => unknown;
      };
      const transfer = new g.DataTransfer();
      transfer.items.add(new g.File([text], name, { type: 'application/json' }));
      return transfer;
    },
    { name, text },
  );
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
}

test('a new connector from the API key template is written to a typed folder and opens', async ({ page, workDir, startHost }) => {
  const host = await startHost();
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Open a connector' })).toBeVisible();
  await page.getByRole('button', { name: 'New connector…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New connector' });
  await dialog.getByRole('radio', { name: /API key/ }).check();
  await dialog.getByLabel('Connector name').fill('Contoso Tickets');
  await dialog.getByLabel('Host').fill('https://api.contoso.com');
  const dir = path.join(workDir, 'ContosoTickets');
  await dialog.getByLabel('Folder').fill(dir);
  await dialog.getByRole('button', { name: 'Create' }).click();

  await studioShows(page, 'Contoso Tickets');
  await expect(page.getByLabel('Host', { exact: true })).toHaveValue('api.contoso.com');
  await expect(page.getByLabel('Connector folder')).toHaveValue(dir);
  const definition = JSON.parse(await fs.readFile(path.join(dir, 'apiDefinition.swagger.json'), 'utf8'));
  expect(definition.securityDefinitions).toEqual({ api_key: { type: 'apiKey', in: 'header', name: 'X-API-Key' } });
  const properties = JSON.parse(await fs.readFile(path.join(dir, 'apiProperties.json'), 'utf8'));
  expect(Object.keys(properties.properties.connectionParameters)).toEqual(['api_key']);
  await expect(page.getByRole('group', { name: 'File shown in the editor' }).getByRole('button')).toHaveText([
    'apiDefinition.swagger.json',
    'apiProperties.json',
  ]);

  // The same folder again is refused, with the reason, and nothing is overwritten.
  await page.keyboard.press('Control+I'); // the import dialog opens from the keyboard...
  await expect(page.getByRole('dialog', { name: 'Import an API description' })).toBeVisible();
  await page.keyboard.press('Escape'); // ...and closes with Escape
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await fileMenu(page)
    .getByRole('menuitem', { name: /New connector/ })
    .click();
  await dialog.getByLabel('Connector name').fill('Second');
  await dialog.getByLabel('Folder').fill(dir);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog.getByRole('alert')).toContainText('already holds connector files');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await studioShows(page, 'Contoso Tickets');
});

test('a pasted base URL keeps its path; New and Import suggest folders where the last connector went, across restarts', async ({
  page,
  workDir,
  startHost,
}) => {
  test.skip(!existsSync(POSTMAN), `corpus file absent: ${POSTMAN}`);
  const home = path.join(workDir, 'My connectors');
  await fs.mkdir(home);
  let host = await startHost();
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New connector…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New connector' });
  await dialog.getByLabel('Connector name').fill('Contoso');
  await dialog.getByLabel('Host').fill('https://api.contoso.com/v1/');
  await dialog.getByLabel('Folder').fill(path.join(home, 'Contoso'));
  await dialog.getByRole('button', { name: 'Create' }).click();
  await studioShows(page, 'Contoso');
  await expect(page.getByLabel('Host', { exact: true })).toHaveValue('api.contoso.com');
  await expect(page.getByLabel('Base URL')).toHaveValue('/v1');
  const definition = JSON.parse(await fs.readFile(path.join(home, 'Contoso', 'apiDefinition.swagger.json'), 'utf8'));
  expect([definition.host, definition.basePath]).toEqual(['api.contoso.com', '/v1']);

  // Another host on the same app data (a restart), with another connector open elsewhere: the
  // folders suggested are in the folder the last connector was created in, not beside the open one
  // or beside the file imported.
  const elsewhere = await writeConnector(path.join(workDir, 'checkouts', 'Other'), {
    definition: { swagger: '2.0', info: { title: 'Other', version: '1' }, host: 'other.example', paths: {} },
  });
  host = await startHost(elsewhere);
  await page.goto(host.url);
  await studioShows(page, 'Other');
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await fileMenu(page)
    .getByRole('menuitem', { name: /Import file/ })
    .click();
  const importing = page.getByRole('dialog', { name: 'Import an API description' });
  await importing.getByLabel('File to import').fill(POSTMAN);
  await expect(importing.getByLabel('New connector folder')).toHaveValue(path.join(home, 'api__Conduit'));
  await importing.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await fileMenu(page)
    .getByRole('menuitem', { name: /New connector/ })
    .click();
  await dialog.getByLabel('Connector name').fill('Fabrikam');
  await expect(dialog.getByLabel('Folder')).toHaveValue(path.join(home, 'Fabrikam'));
});

test('the import report links its notes to the operations, and comes back from the File menu after Dismiss', async ({
  page,
  workDir,
  startHost,
}) => {
  const source = path.join(workDir, 'items.openapi.json');
  await fs.writeFile(
    source,
    JSON.stringify({
      openapi: '3.0.3',
      info: { title: 'Items', version: '1.0' },
      servers: [{ url: 'https://api.contoso.com' }],
      paths: {
        '/items': { get: { operationId: 'list-items', summary: 'List items', responses: { '200': { description: 'OK' } } } },
        '/items/{id}': {
          delete: {
            operationId: 'delete-item',
            summary: 'Delete an item',
            parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
            responses: { '204': { description: 'Deleted' } },
          },
        },
      },
    }),
  );
  const host = await startHost();
  await page.goto(host.url);
  await importByPath(page, source, path.join(workDir, 'Items'));
  await studioShows(page, 'Items');
  const report = page.getByRole('region', { name: 'Import report' });
  await report.getByText(/^(Decisions|Warnings and losses)$/).click();
  await report.getByRole('button', { name: 'DELETE /items/{id}' }).first().click();
  await expect(page.getByRole('tab', { name: 'Definition' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('Operation ID')).toHaveValue('DeleteItem');

  await report.getByRole('button', { name: 'Dismiss' }).click();
  await expect(report).toBeHidden();
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await fileMenu(page).getByRole('menuitem', { name: 'Show import report' }).click();
  await expect(report).toBeVisible();
  await expect(report).toContainText('Imported items.openapi.json');
});

test('a Postman collection imports by path and by drag and drop, and the recent list shows both', async ({ page, workDir, startHost }) => {
  test.skip(!existsSync(POSTMAN), `corpus file absent: ${POSTMAN}`);
  const host = await startHost();
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Open a connector' })).toBeVisible();

  const byPath = path.join(workDir, 'Conduit by path');
  await importByPath(page, POSTMAN, byPath);
  await studioShows(page, 'Conduit');
  await expect(page.getByRole('region', { name: 'Import report' })).toContainText(
    'Imported api__Conduit.postman_collection.json (Postman collection).',
  );
  const rows = await operationNames(page);
  // The list is virtualized: the count is in its summary, the first rows are on screen.
  await expect(page.getByText('19 operations: 19 actions.')).toBeVisible();
  await expect(rows.filter({ hasText: 'Login' }).first()).toBeVisible();
  await expect(rows.filter({ hasText: 'Register' }).first()).toBeVisible();

  // Dropped on the window: the bytes and the name travel, the folder is typed.
  await dropFile(page, 'api__Conduit.postman_collection.json', await fs.readFile(POSTMAN, 'utf8'));
  const dialog = page.getByRole('dialog', { name: 'Import an API description' });
  await expect(dialog).toContainText('Dropped file: api__Conduit.postman_collection.json');
  const dropped = path.join(workDir, 'Conduit dropped');
  await dialog.getByLabel('New connector folder').fill(dropped);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog).toBeHidden({ timeout: 45_000 });
  await expect(page.getByLabel('Connector folder')).toHaveValue(dropped);
  await operationNames(page);
  await expect(page.getByText('19 operations: 19 actions.')).toBeVisible();
  expect(await fs.readFile(path.join(dropped, 'apiDefinition.swagger.json'), 'utf8')).toBe(
    await fs.readFile(path.join(byPath, 'apiDefinition.swagger.json'), 'utf8'),
  );

  // The File menu lists both, newest first.
  await page.getByRole('button', { name: 'File', exact: true }).click();
  const recent = fileMenu(page).getByRole('group', { name: 'Recent' }).getByRole('menuitem');
  await expect(recent).toHaveCount(2);
  await expect(recent.nth(0)).toHaveAttribute('title', dropped);
  await expect(recent.nth(1)).toHaveAttribute('title', byPath);
  await page.keyboard.press('Escape');
  await expect(fileMenu(page)).toBeHidden();

  // A fresh window starts with them; a folder that vanished is marked and can be removed.
  await fs.rm(byPath, { recursive: true });
  await page.goto(host.origin);
  const list = page.getByRole('region', { name: 'Recent connectors' }).getByRole('listitem');
  await expect(list).toHaveCount(2);
  await expect(list.nth(0)).toContainText(dropped);
  await expect(list.nth(0)).not.toContainText('Missing');
  await expect(list.nth(1)).toContainText('Missing: The folder no longer exists.');
  await list
    .nth(1)
    .getByRole('button', { name: /Remove Conduit from the recent list/ })
    .click();
  await expect(list).toHaveCount(1);
  await list.nth(0).getByRole('button', { name: 'Conduit', exact: true }).click();
  await studioShows(page, 'Conduit');
  await expect(page.getByLabel('Connector folder')).toHaveValue(dropped);
});

test('a file changed on disk by another program: Reload shows it, Keep mine keeps the edit and the next save writes it', async ({
  page,
  workDir,
  startHost,
}) => {
  const dir = await writeConnector(path.join(workDir, 'Weather'), {
    definition: {
      swagger: '2.0',
      info: { title: 'Fabrikam Weather', version: '1.0' },
      host: 'weather.fabrikam.example',
      basePath: '/',
      schemes: ['https'],
      paths: {},
    },
  });
  const file = path.join(dir, 'apiDefinition.swagger.json');
  const host = await startHost(dir);
  await page.goto(host.url);
  await studioShows(page, 'Fabrikam Weather');
  const banner = page.getByRole('alert', { name: 'apiDefinition.swagger.json changed on disk' });

  const elsewhere = (await fs.readFile(file, 'utf8')).replace('Fabrikam Weather', 'Changed Elsewhere');
  await fs.writeFile(file, elsewhere);
  await expect(banner).toContainText('apiDefinition.swagger.json changed on disk.');
  await banner.getByRole('button', { name: 'Reload' }).click();
  await expect(banner).toBeHidden();
  await studioShows(page, 'Changed Elsewhere');
  await expect(page.locator('.save-state')).toHaveText('No unsaved changes');

  // An edit here, then another program writes the file: Keep mine keeps the edit, the save overwrites.
  await page.getByRole('tabpanel', { name: 'General' }).getByLabel('Connector name').fill('Mine');
  await studioShows(page, 'Mine');
  await fs.writeFile(file, elsewhere.replace('Changed Elsewhere', 'Second Change'));
  await expect(banner).toBeVisible();
  await banner.getByRole('button', { name: 'Keep mine' }).click();
  await expect(banner).toBeHidden();
  await studioShows(page, 'Mine');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('.save-state')).toHaveText(/Saved apiDefinition\.swagger\.json/);
  expect(JSON.parse(await fs.readFile(file, 'utf8')).info.title).toBe('Mine');

  // Our own save is not a change on disk: after a few checks, still no banner.
  await page.evaluate(() => (globalThis as unknown as { dispatchEvent(e: Event): void }).dispatchEvent(new Event('focus')));
  await page.waitForTimeout(5000);
  await expect(banner).toBeHidden();
});

test('an export into a folder that holds a connector asks first (on the error code), then replaces it', async ({
  page,
  workDir,
  startHost,
}) => {
  const dir = await writeConnector(path.join(workDir, 'Tickets'), {
    definition: {
      swagger: '2.0',
      info: { title: 'Contoso Tickets', version: '1.0' },
      host: 'tickets.contoso.example',
      basePath: '/',
      schemes: ['https'],
      paths: {},
    },
  });
  const target = await writeConnector(path.join(workDir, 'Older package'), {
    definition: { swagger: '2.0', info: { title: 'Older', version: '1' }, paths: {} },
  });
  const host = await startHost(dir);
  await page.goto(host.url);
  await studioShows(page, 'Contoso Tickets');

  await page.getByRole('button', { name: 'File', exact: true }).click();
  await fileMenu(page)
    .getByRole('menuitem', { name: /Export package/ })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Export package' });
  await dialog.getByLabel('Package folder').fill(target);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('Choose Replace and export to replace them.');
  expect(JSON.parse(await fs.readFile(path.join(target, 'apiDefinition.swagger.json'), 'utf8')).info.title).toBe('Older');

  await dialog.getByRole('button', { name: 'Replace and export' }).click();
  await expect(dialog.getByRole('status')).toContainText('Wrote apiDefinition.swagger.json');
  const exported = JSON.parse(await fs.readFile(path.join(target, 'apiDefinition.swagger.json'), 'utf8'));
  expect(exported.info.title).toBe('Contoso Tickets');

  // The connector has no info.description, on which paconn create stops: the package has a drafted
  // one, said in the result; the connector's own definition has none still.
  const draft = 'Contoso Tickets, served from tickets.contoso.example; it has no operations yet.';
  expect(exported.info.description).toBe(draft);
  await expect(dialog.locator('.notes li').first()).toHaveText(
    `apiDefinition.swagger.json has no info.description, which paconn create and the portal need; the package's copy has one drafted from its title, server and operations and inserted, every other byte as it was ("${draft}"); the connector's own apiDefinition.swagger.json is unchanged: review the description, and add it to the connector to keep it.`,
  );
  expect(JSON.parse(await fs.readFile(path.join(dir, 'apiDefinition.swagger.json'), 'utf8')).info.description).toBeUndefined();

  // `connector-studio export` writes the same package, byte for byte.
  const cliPackage = path.join(workDir, 'CLI package');
  await promisify(execFile)(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli.cjs'), 'export', dir, '--out', cliPackage]);
  const files = async (folder: string) =>
    Object.fromEntries(
      await Promise.all(
        (await fs.readdir(folder)).sort().map(async (name) => [name, await fs.readFile(path.join(folder, name), 'latin1')]),
      ),
    );
  expect(await files(target)).toEqual(await files(cliPackage));
});

test('keyboard and screen reader: the start screen, the File menu and the new-connector dialog', async ({ page, workDir, startHost }) => {
  await writeConnector(path.join(workDir, 'seen'), {
    definition: { swagger: '2.0', info: { title: 'Seen Before', version: '1' }, paths: {} },
  });
  const host = await startHost();
  // Open once, so the recent list has an entry, then show the start screen again.
  await page.goto(host.url);
  await page.getByLabel('Connector folder').fill(path.join(workDir, 'seen'));
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await studioShows(page, 'Seen Before');
  await page.goto(host.origin);
  await expect(page.getByRole('region', { name: 'Recent connectors' }).getByRole('listitem')).toHaveCount(1);
  expect(await seriousViolations(page), 'start screen').toEqual([]);

  // The menu opens from the keyboard, its items move with the arrows, Escape returns to the button.
  const button = page.getByRole('button', { name: 'File', exact: true });
  await button.focus();
  await page.keyboard.press('ArrowDown');
  await expect(fileMenu(page)).toBeVisible();
  await expect(fileMenu(page).getByRole('menuitem', { name: /New connector/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(fileMenu(page).getByRole('menuitem', { name: /Open folder/ })).toBeFocused();
  await expect(fileMenu(page).getByRole('menuitem', { name: 'Save' })).toHaveAttribute('aria-disabled', 'true');
  await expect(fileMenu(page).getByRole('group', { name: 'Recent' }).getByRole('menuitem')).toHaveText(['Seen Before']);
  expect(await seriousViolations(page), 'File menu').toEqual([]);
  await page.screenshot({ path: path.join(REPO_ROOT, 'test-results', 'studio-screenshots', 'documents-file-menu.png') });
  await page.keyboard.press('Escape');
  await expect(fileMenu(page)).toBeHidden();
  await expect(button).toBeFocused();

  await page.keyboard.press('Control+N');
  const dialog = page.getByRole('dialog', { name: 'New connector' });
  await expect(dialog).toBeVisible();
  expect(await seriousViolations(page), 'new connector dialog').toEqual([]);
  await page.screenshot({ path: path.join(REPO_ROOT, 'test-results', 'studio-screenshots', 'documents-new-connector.png') });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
