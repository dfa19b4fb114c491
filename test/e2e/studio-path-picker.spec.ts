// The browser host's path picker: the page cannot read paths, so Browse… lists folders through the
// host. A corpus connector is opened by browsing to it (keyboard to find it, Enter into it, a click
// on Choose), an import file is picked with the mouse (double click into a folder, click, Choose)
// and imported, Escape leaves the picker without closing the Import dialog, and axe finds no
// serious problem in the picker. It starts in the folder the user keeps connectors in.
import AxeBuilder from '@axe-core/playwright';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { copyCorpusConnector } from './studio-support';

test.describe.configure({ timeout: 120_000 });

const OPENAPI = `openapi: 3.0.0
info:
  title: Picked Petstore
  version: '1'
servers:
  - url: https://pets.example.com/v1
paths:
  /pets:
    get:
      operationId: ListPets
      summary: List pets
      responses:
        '200':
          description: The pets
`;

/** A folder of connectors remembered as the user's (<app data>/connectors-home.json). */
async function connectorsHome(workDir: string): Promise<string> {
  const home = path.join(workDir, 'connectors');
  await fs.mkdir(path.join(home, 'specs'), { recursive: true });
  await fs.mkdir(path.join(workDir, 'app-data'), { recursive: true });
  await fs.writeFile(path.join(workDir, 'app-data', 'connectors-home.json'), JSON.stringify({ version: 1, dir: home }));
  return home;
}

async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('opens a corpus connector by browsing to it with the keyboard and a click', async ({ page, workDir, startHost }) => {
  const home = await connectorsHome(workDir);
  const dir = await copyCorpusConnector(home, 'custom-connectors/Facebook');
  const host = await startHost();
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(host.url);

  await page.getByRole('button', { name: 'Browse…' }).click();
  const picker = page.getByRole('dialog', { name: 'Open a connector folder' });
  const list = picker.getByRole('listbox', { name: `Contents of ${home}`, exact: true });
  await expect(list).toBeFocused();
  await expect(list.getByRole('option')).toHaveText(['Facebook/ connector', 'specs/']);
  expect(await seriousViolations(page, 'dialog.path-picker')).toEqual([]);

  await page.keyboard.press('ArrowDown');
  await expect(list.getByRole('option', { name: /Facebook/ })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(picker.getByRole('listbox', { name: `Contents of ${dir}`, exact: true })).toBeVisible();
  await expect(picker.getByLabel('Folder', { exact: true })).toHaveValue(dir);
  await expect(picker.getByText('This folder is a connector.')).toBeVisible();
  // Backspace goes up, Enter goes back in. (Names are exact: the parent's is a prefix of the child's.)
  await page.keyboard.press('Backspace');
  await expect(list).toBeVisible();
  await expect(list.getByRole('option')).toHaveCount(2);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(picker.getByText('This folder is a connector.')).toBeVisible();
  await picker.getByRole('button', { name: 'Choose' }).click();

  await expect(picker).toBeHidden();
  await expect(page.getByRole('tab', { name: 'General' })).toBeVisible({ timeout: 45_000 });
  await expect(page.getByLabel('Host')).toHaveValue('graph.facebook.com');
  await expect(page.getByLabel('Connector folder')).toHaveValue(dir);
});

test('picks an import source file with the mouse, and a typed path that is a file is refused in a sentence', async ({
  page,
  workDir,
  startHost,
}) => {
  const home = await connectorsHome(workDir);
  const file = path.join(home, 'specs', 'petstore.yaml');
  await fs.writeFile(file, OPENAPI);
  await fs.writeFile(path.join(home, 'specs', 'notes.txt'), 'not a description');
  // Dark here, light in the other test: axe checks the picker's contrast in both.
  await page.emulateMedia({ colorScheme: 'dark' });
  const host = await startHost();
  await page.goto(host.url);

  await page.getByRole('button', { name: 'Import a file…' }).click();
  const importing = page.getByRole('dialog', { name: 'Import an API description' });
  // The file's Browse… comes first, the new folder's second.
  await importing.getByRole('button', { name: 'Browse…' }).first().click();
  const picker = page.getByRole('dialog', { name: 'Choose a file to import' });
  await expect(picker.getByRole('listbox', { name: `Contents of ${home}`, exact: true })).toBeVisible();
  // Escape leaves the picker only.
  await page.keyboard.press('Escape');
  await expect(picker).toBeHidden();
  await expect(importing).toBeVisible();

  await importing.getByRole('button', { name: 'Browse…' }).first().click();
  await picker.getByRole('option', { name: /specs/ }).dblclick();
  const inSpecs = picker.getByRole('listbox', { name: `Contents of ${path.join(home, 'specs')}`, exact: true });
  // Only what Import accepts is listed.
  await expect(inSpecs.getByRole('option')).toHaveText(['petstore.yaml']);
  await expect(picker.getByRole('button', { name: 'Choose' })).toBeDisabled();
  await inSpecs.getByRole('option', { name: /petstore/ }).click();
  expect(await seriousViolations(page, 'dialog.path-picker')).toEqual([]);
  await picker.getByRole('button', { name: 'Choose' }).click();
  await expect(picker).toBeHidden();
  await expect(importing.getByLabel('File to import')).toHaveValue(file);
  // The new folder is suggested beside the user's connectors, not beside the description.
  await expect(importing.getByLabel('New connector folder')).toHaveValue(path.join(home, 'petstore'));

  // A typed path that is a file is refused in one sentence, and the listing stays.
  await importing.getByRole('button', { name: 'Browse…' }).nth(1).click();
  const folderPicker = page.getByRole('dialog', { name: 'Choose a folder' });
  await expect(folderPicker.getByRole('listbox', { name: `Contents of ${home}`, exact: true })).toBeVisible();
  await folderPicker.getByLabel('Folder', { exact: true }).fill(file);
  await folderPicker.getByRole('button', { name: 'Go' }).click();
  await expect(folderPicker.getByRole('alert')).toHaveText(`${file} is a file, not a folder.`);
  await folderPicker.getByRole('button', { name: 'Cancel' }).click();
  await expect(importing.getByLabel('New connector folder')).toHaveValue(path.join(home, 'petstore'));

  await importing.getByRole('button', { name: 'Import' }).click();
  await expect(importing).toBeHidden({ timeout: 45_000 });
  await expect(page.getByLabel('Connector folder')).toHaveValue(path.join(home, 'petstore'));
});

test('Ctrl+O and File > Open folder… open the picker in the browser host', async ({ page, workDir, startHost }) => {
  const home = await connectorsHome(workDir);
  await copyCorpusConnector(home, 'custom-connectors/Facebook');
  const host = await startHost();
  await page.goto(host.url);
  const picker = page.getByRole('dialog', { name: 'Open a connector folder' });

  await page.keyboard.press('Control+O');
  await expect(picker.getByRole('listbox', { name: `Contents of ${home}`, exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(picker).toBeHidden();

  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: /Open folder…/ }).click();
  await expect(picker.getByRole('listbox', { name: `Contents of ${home}`, exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(picker.getByText('This folder is a connector.')).toBeVisible();
  await picker.getByRole('button', { name: 'Choose' }).click();
  await expect(page.getByRole('tab', { name: 'General' })).toBeVisible({ timeout: 45_000 });
  await expect(page.getByLabel('Host')).toHaveValue('graph.facebook.com');
});
