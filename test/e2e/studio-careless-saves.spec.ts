// Careless clicks through the browser host in real Chromium: a save of a definition that no longer
// parses (a comma deleted in the editor) asks first, and Cancel leaves the file as it was, byte for
// byte; Export package refuses such a definition (a package must open in paconn) and writes nothing;
// a relative path typed where the studio wants a folder or a file is refused beside the field, and
// no request leaves the page.
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, writeConnector } from './fixtures';
import { goToInEditor, openStudio, positionOf } from './studio-support';

test.describe.configure({ timeout: 120_000 });

const DEFINITION = {
  swagger: '2.0',
  info: { title: 'Contoso Tickets', version: '1.0' },
  host: 'tickets.contoso.example',
  basePath: '/',
  schemes: ['https'],
  paths: {},
};
const DEF = 'apiDefinition.swagger.json';

const fileMenu = (page: Page) => page.getByRole('menu', { name: 'File' });
const saveState = (page: Page) => page.locator('.save-state');

/** Every call the page makes to the host, by channel (POST /ipc/<channel>). */
function recordCalls(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (r) => {
    const m = new URL(r.url()).pathname.match(/^\/ipc\/(.+)$/);
    if (m) calls.push(decodeURIComponent(m[1]!));
  });
  return calls;
}

/** Opens the connector and deletes the comma after the title in the editor; returns the line of the title. */
async function deleteTitleComma(page: Page, dir: string): Promise<number> {
  const text = await fs.readFile(path.join(dir, DEF), 'utf8');
  const at = positionOf(text, '"Contoso Tickets",');
  await goToInEditor(page, at.line, at.column + '"Contoso Tickets",'.length);
  await page.keyboard.press('Backspace');
  await expect(page.getByRole('alert').filter({ hasText: `${DEF} does not parse` })).toBeVisible();
  return at.line;
}

test('a save of a definition that does not parse asks first: Cancel writes nothing, Save anyway writes it', async ({
  page,
  workDir,
  startHost,
}) => {
  const dir = await writeConnector(path.join(workDir, 'Tickets'), { definition: DEFINITION });
  const before = await fs.readFile(path.join(dir, DEF));
  const host = await startHost(dir);
  const calls = recordCalls(page);
  await openStudio(page, host.url);
  const line = await deleteTitleComma(page, dir);

  // Save (the toolbar's button): the question names the file and the place, and Cancel has the focus.
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const question = page.getByRole('dialog', { name: 'Save a file that does not parse?' });
  await expect(question.locator('p')).toHaveText(
    new RegExp(
      `^${DEF.replace(/\./g, '\\.')} does not parse \\(line ${line + 1}, column \\d+: A comma is missing here\\)\\. Save anyway\\?$`,
    ),
  );
  await expect(question.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(question).toBeHidden();
  await expect(saveState(page)).toHaveText('Unsaved changes');
  expect(calls).not.toContain('saveConnector');
  expect(Buffer.compare(await fs.readFile(path.join(dir, DEF)), before)).toBe(0);

  // File > Save asks the same; Escape is Cancel.
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await fileMenu(page).getByRole('menuitem', { name: /^Save/ }).click();
  await expect(question).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(question).toBeHidden();
  expect(calls).not.toContain('saveConnector');
  expect(Buffer.compare(await fs.readFile(path.join(dir, DEF)), before)).toBe(0);

  // Ctrl+S asks again, and Save anyway writes the text as it is.
  await page.keyboard.press('Control+S');
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Save anyway' }).click();
  await expect(question).toBeHidden();
  await expect(saveState(page)).toHaveText(`Saved ${DEF}.`);
  const written = await fs.readFile(path.join(dir, DEF), 'utf8');
  expect(written).toBe(before.toString('utf8').replace('"Contoso Tickets",', '"Contoso Tickets"'));
  expect(calls.filter((c) => c === 'saveConnector')).toHaveLength(1);

  // A definition that parses again saves without a question.
  await goToInEditor(page, line, 1);
  await page.keyboard.press('End');
  await page.keyboard.type(',');
  await expect(page.getByRole('alert').filter({ hasText: `${DEF} does not parse` })).toBeHidden();
  await page.keyboard.press('Control+S');
  await expect(saveState(page)).toHaveText(`Saved ${DEF}.`);
  await expect(question).toBeHidden();
  await expect.poll(() => fs.readFile(path.join(dir, DEF))).toEqual(before);
});

test('Export package refuses a definition that does not parse, with a sentence, and writes nothing', async ({
  page,
  workDir,
  startHost,
}) => {
  const dir = await writeConnector(path.join(workDir, 'Tickets'), { definition: DEFINITION });
  const before = await fs.readFile(path.join(dir, DEF));
  const host = await startHost(dir);
  const calls = recordCalls(page);
  await openStudio(page, host.url);
  const line = await deleteTitleComma(page, dir);

  await page.getByRole('button', { name: 'File', exact: true }).click();
  await fileMenu(page)
    .getByRole('menuitem', { name: /Export package/ })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Export package' });
  const target = path.join(workDir, 'Tickets package');
  await dialog.getByLabel('Package folder').fill(target);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    new RegExp(
      `^Not exported: ${DEF.replace(/\./g, '\\.')} does not parse \\(line ${line + 1}, column \\d+: A comma is missing here\\); fix the text first, as paconn cannot open a package that does not parse\\.$`,
    ),
  );
  expect(calls).not.toContain('exportPackage');
  expect(existsSync(target)).toBe(false);

  // A relative package folder is refused beside the field, without asking the host.
  await dialog.getByLabel('Package folder').fill('Tickets package');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Type the folder’s full path, such as /home/me/connectors/contoso.');
  await expect(dialog.getByLabel('Package folder')).toHaveAttribute('aria-invalid', 'true');
  expect(calls).not.toContain('exportPackage');
  // Neither the connector nor the session changed.
  expect(Buffer.compare(await fs.readFile(path.join(dir, DEF)), before)).toBe(0);
  await expect(saveState(page)).toHaveText('Unsaved changes');
});

test('a relative path typed in Open, New connector or Import is refused beside the field, and nothing is sent', async ({
  page,
  workDir,
  startHost,
}) => {
  const host = await startHost();
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Open a connector' })).toBeVisible();
  const calls = recordCalls(page);
  const sent = () => calls.filter((c) => ['openConnector', 'createConnector', 'importConnector'].includes(c));

  // Open: the sentence replaces the field's hint and is the field's description.
  const open = page.getByRole('form', { name: 'Open a connector' });
  const field = open.getByLabel('Connector folder');
  await field.fill('connectors/contoso');
  await open.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(open.getByRole('alert')).toHaveText('Type the folder’s full path, such as /home/me/connectors/contoso.');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription('Type the folder’s full path, such as /home/me/connectors/contoso.');
  // A Windows-looking path gets a Windows example; Enter is the same as Open.
  await field.fill('..\\connectors\\contoso');
  await expect(open.getByRole('alert')).toBeHidden();
  await field.press('Enter');
  await expect(open.getByRole('alert')).toHaveText('Type the folder’s full path, such as C:\\Users\\me\\connectors\\contoso.');
  expect(sent()).toEqual([]);

  // New connector.
  await page.getByRole('button', { name: 'New connector…' }).click();
  const create = page.getByRole('dialog', { name: 'New connector' });
  await create.getByLabel('Connector name').fill('Contoso');
  await create.getByLabel('Folder').fill('Contoso');
  await create.getByRole('button', { name: 'Create' }).click();
  await expect(create.getByRole('alert')).toHaveText('Type the folder’s full path, such as /home/me/connectors/contoso.');
  expect(sent()).toEqual([]);
  // Made full, the field's sentence goes and the connector is created.
  const dir = path.join(workDir, 'Contoso');
  await create.getByLabel('Folder').fill(dir);
  await expect(create.getByRole('alert')).toBeHidden();
  await create.getByRole('button', { name: 'Create' }).click();
  await expect(page.locator('h1.connector-title')).toHaveText('Contoso', { timeout: 45_000 });
  expect(sent()).toEqual(['createConnector']);

  // Import: the file and the folder each say it.
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await fileMenu(page)
    .getByRole('menuitem', { name: /Import file/ })
    .click();
  const importing = page.getByRole('dialog', { name: 'Import an API description' });
  await importing.getByLabel('File to import').fill('openapi.yaml');
  await importing.getByLabel('New connector folder').fill('Imported');
  await importing.getByRole('button', { name: 'Import' }).click();
  await expect(importing.getByRole('alert')).toHaveText([
    'Type the file’s full path, such as /home/me/Downloads/openapi.yaml.',
    'Type the folder’s full path, such as /home/me/connectors/contoso.',
  ]);
  expect(sent()).toEqual(['createConnector']);
});

test('a save of a definition that parses only leniently says what is not standard JSON and where, and asks first', async ({
  page,
  workDir,
  startHost,
}) => {
  // A comment and a trailing comma: the studio reads them, paconn's JSON reader does not.
  const lenient = [
    '{',
    '  // tickets API',
    '  "swagger": "2.0",',
    '  "info": { "title": "Contoso Tickets", "version": "1.0", },',
    '  "host": "tickets.contoso.example",',
    '  "basePath": "/",',
    '  "schemes": ["https"],',
    '  "paths": {}',
    '}',
    '',
  ].join('\n');
  const dir = await writeConnector(path.join(workDir, 'Lenient'), { definition: lenient });
  const host = await startHost(dir);
  const calls = recordCalls(page);
  await openStudio(page, host.url);
  const comma = positionOf(lenient, ', }');

  // An edit that leaves both in place: the host becomes tickets2.
  const at = positionOf(lenient, 'tickets.contoso');
  await goToInEditor(page, at.line, at.column + 'tickets'.length);
  await page.keyboard.type('2');
  await page.keyboard.press('Control+S');
  const question = page.getByRole('dialog', { name: 'Save a file that is not standard JSON?' });
  await expect(question.locator('p')).toHaveText(
    `${DEF} is not standard JSON (a comment at line 2, column 3; a trailing comma at line ${comma.line}, column ${comma.column}), ` +
      'which paconn and the Power Platform may refuse or read differently. Save anyway?',
  );
  await expect(question.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(question).toBeHidden();
  expect(calls).not.toContain('saveConnector');
  expect(await fs.readFile(path.join(dir, DEF), 'utf8')).toBe(lenient);

  await page.keyboard.press('Control+S');
  await question.getByRole('button', { name: 'Save anyway' }).click();
  await expect(saveState(page)).toHaveText(`Saved ${DEF}.`);
  expect(await fs.readFile(path.join(dir, DEF), 'utf8')).toBe(lenient.replace('tickets.contoso', 'tickets2.contoso'));
});
