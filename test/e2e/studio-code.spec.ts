// The Code tab on a real connector with custom code (Databox: script.csx with a byte-order mark,
// an empty scriptOperations): the script in a C# editor, typed into and saved byte-true, an operation
// chosen as a minimal edit of apiProperties.json, disabled and saved (script.csx goes, as the portal
// deletes disabled code), a new script from the template; the 1 MB limit; axe and a screenshot.
import AxeBuilder from '@axe-core/playwright';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect as baseExpect, REPO_ROOT, test } from './fixtures';
import { copyCorpusConnector } from './studio-support';

const SHOTS = path.join(REPO_ROOT, 'test-results', 'studio-screenshots');

test.describe.configure({ timeout: 180_000 });
// The machines are shared: a check or a first Monaco load can take longer than the usual 10 s there.
const expect = baseExpect.configure({ timeout: 30_000 });

async function openStudio(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('.monaco-editor').first()).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('tab', { name: 'General' })).toBeVisible();
}

const scriptEditor = (page: Page) => page.locator('.script-host .monaco-editor');
const saveState = (page: Page) => page.locator('.save-state');

async function save(page: Page, says: string): Promise<void> {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(saveState(page)).toHaveText(says);
}

test('Databox: type in the script, choose an operation, save; disable and save removes script.csx', async ({
  page,
  workDir,
  startHost,
}) => {
  const dir = await copyCorpusConnector(workDir, 'independent-publisher-connectors/Databox');
  const scriptFile = path.join(dir, 'script.csx');
  const propertiesFile = path.join(dir, 'apiProperties.json');
  const script = readFileSync(scriptFile);
  const properties = readFileSync(propertiesFile, 'utf8');
  const host = await startHost(dir);
  await page.setViewportSize({ width: 1440, height: 900 });
  await openStudio(page, host.url);
  await page.getByRole('tab', { name: 'Code' }).click();

  const toggle = page.getByRole('switch', { name: 'Code Enabled' });
  await expect(toggle).toBeChecked();
  await expect(page.getByText('Code Enabled. The code is in script.csx.')).toBeVisible();
  // C# highlighting: keywords are tokens of their own.
  await expect(scriptEditor(page).locator('.view-lines')).toContainText('public class Script : ScriptBase');
  await expect(scriptEditor(page).locator('.view-line').first().locator('span span')).not.toHaveCount(1);
  await expect(page.getByText(/^\d+(\.\d KB| bytes) of the 1 MB limit\.$/)).toBeVisible();

  for (const scheme of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page }).include('#panel-code').analyze();
    expect(
      results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`),
      scheme,
    ).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, `${scheme}-code-script.png`) });
  }

  // Typing at the very start of the script (after the byte-order mark, which stays).
  await scriptEditor(page).locator('.view-lines').click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('// Databox\n');
  await expect(scriptEditor(page).locator('.view-line').first()).toHaveText('// Databox');
  await expect(saveState(page)).toHaveText('Unsaved changes');
  // The one operation, chosen: ["DataPost"] where the list was empty.
  const operations = page.getByRole('group', { name: 'Operations' });
  await operations.getByRole('checkbox', { name: /DataPost/ }).check();
  await expect(operations).toContainText('1 of 1 chosen.');
  await save(page, 'Saved apiProperties.json and script.csx.');
  const savedScript = readFileSync(scriptFile);
  expect(savedScript.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  expect(savedScript.toString('utf8').replace(/^\uFEFF/, '')).toBe(`// Databox\n${script.toString('utf8').replace(/^\uFEFF/, '')}`);
  const savedProperties = readFileSync(propertiesFile, 'utf8');
  expect(JSON.parse(savedProperties).properties.scriptOperations).toEqual(['DataPost']);
  expect(savedProperties).toBe(properties.replace('"scriptOperations": []', '"scriptOperations": ["DataPost"]'));

  // Disabled: the script stays on screen, read-only; saving removes script.csx.
  await toggle.uncheck();
  await expect(page.getByText(/Saving removes script\.csx from the folder/)).toBeVisible();
  await expect(operations.getByRole('checkbox', { name: /DataPost/ })).toBeDisabled();
  await save(page, 'Removed script.csx.');
  expect(existsSync(scriptFile)).toBe(false);
  await expect(scriptEditor(page).locator('.view-lines')).toContainText('// Databox');
  // The Certification tab now sees no script: scriptOperations without it is a finding.
  await page.getByRole('tab', { name: 'Certification' }).click();
  await expect(page.getByRole('button', { name: /ScriptOperationsWithoutScript \(1\)/ })).toBeVisible();

  // Enabled again, a new script from the template replaces the text (one undoable step) and is written.
  await page.getByRole('tab', { name: 'Code' }).click();
  await toggle.check();
  await page.getByRole('button', { name: 'New script from template' }).click();
  await expect(scriptEditor(page).locator('.view-lines')).toContainText('Context.SendAsync');
  await save(page, 'Saved script.csx.');
  const fresh = readFileSync(scriptFile, 'utf8').replace(/^\uFEFF/, '');
  expect(fresh).toMatch(/^public class Script : ScriptBase/);
  expect(fresh).toContain('this.Context.SendAsync(this.Context.Request, this.CancellationToken)');
});

test('a connector without code: enable, the size against 1 MB, an error beyond it', async ({ page, workDir, startHost }) => {
  const dir = await copyCorpusConnector(workDir, 'certified-connectors/Cyberday');
  const host = await startHost(dir);
  await openStudio(page, host.url);
  await page.getByRole('tab', { name: 'Code' }).click();
  const toggle = page.getByRole('switch', { name: 'Code Enabled' });
  await expect(toggle).not.toBeChecked();
  await expect(page.getByText('Code Disabled. The connector runs no custom code.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'New script from template' })).toBeDisabled();
  // The list of operations scrolls from the keyboard even while its boxes are disabled.
  const list = page.getByRole('region', { name: 'Operation list' });
  await list.focus();
  await expect(list).toBeFocused();
  await toggle.check();
  await page.getByRole('button', { name: 'New script from template' }).click();
  await expect(page.getByText(/ of the 1 MB limit\.$/)).toBeVisible();
  const alerts = page.locator('#panel-code').getByRole('alert');
  await expect(alerts).toHaveCount(0);

  // A file over 1 MB, uploaded: the limit is shown as an error.
  await page
    .getByLabel('Upload a .cs or .csx file')
    .setInputFiles({ name: 'big.csx', mimeType: 'text/plain', buffer: Buffer.from(`// ${'x'.repeat(1024 * 1024)}\n`) });
  await expect(alerts).toHaveText(/script\.csx is 1\.00 MB: the platform refuses custom code of 1 MB or more/);
  await save(page, 'Saved script.csx.');
  expect(readFileSync(path.join(dir, 'script.csx')).length).toBe(1024 * 1024 + 4);
});
