// The studio on a real connector (a temporary copy of one from the corpus): a form edit is a minimal
// text edit, the text and the form follow each other both ways, one undo stack serves both, and
// saving writes exactly what changed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { copyCorpusConnector, editorOf, focusEditor, goToInEditor, openStudio, positionOf, showFile } from './studio-support';

const FACEBOOK = 'custom-connectors/Facebook';
const DEFINITION = 'apiDefinition.swagger.json';
const PROPERTIES = 'apiProperties.json';

function lines(text: string): string[] {
  return text.split('\n');
}

/** Indexes of the lines that differ (the texts must have as many lines). */
function changedLines(before: string, after: string): number[] {
  const a = lines(before);
  const b = lines(after);
  expect(b.length, 'the number of lines').toBe(a.length);
  return a.flatMap((line, i) => (line === b[i] ? [] : [i]));
}

async function chooseOperation(page: Page, operationId: string): Promise<void> {
  await page.getByRole('tab', { name: 'Definition' }).click();
  await page.getByLabel('Search actions and triggers').fill(operationId);
  await page.getByRole('option', { name: new RegExp(operationId) }).click();
  await expect(page.getByLabel('Operation ID')).toHaveValue(operationId);
}

const saveState = (page: Page) => page.locator('.save-state');

// Each test starts a host and loads Monaco; on a busy two-core machine that takes a while.
test.describe.configure({ timeout: 90_000 });

test('a Summary edited in the form is saved as a change of exactly that line', async ({ page, workDir, startHost }) => {
  const dir = await copyCorpusConnector(workDir, FACEBOOK);
  const file = path.join(dir, DEFINITION);
  const originalBytes = readFileSync(file);
  const original = originalBytes.toString('utf8');
  const propertiesBefore = readFileSync(path.join(dir, PROPERTIES));
  const host = await startHost(dir);
  await openStudio(page, host.url);
  await expect(saveState(page)).toHaveText('No unsaved changes');

  await chooseOperation(page, 'MyFeeds');
  const summary = page.getByLabel('Summary');
  const before = await summary.inputValue();
  await summary.fill('Get my news feed');
  await expect(saveState(page)).toHaveText('Unsaved changes');
  await expect(page.locator('.file-button', { hasText: DEFINITION }).getByRole('img', { name: '(unsaved)' })).toBeVisible();
  // Closing the window now asks first.
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  expect(page.isClosed()).toBe(false);
  await summary.focus();
  await page.keyboard.press('Control+S');
  await expect(saveState(page)).toHaveText(`Saved ${DEFINITION}.`);

  const saved = readFileSync(file, 'utf8');
  const changed = changedLines(original, saved);
  expect(changed).toHaveLength(1);
  const i = changed[0]!;
  expect(lines(original)[i]).toContain(JSON.stringify(before));
  expect(lines(saved)[i]).toBe(lines(original)[i]!.replace(JSON.stringify(before), JSON.stringify('Get my news feed')));
  // The byte-order mark (or its absence) and the line endings are as they were.
  expect(
    readFileSync(file)
      .subarray(0, 3)
      .equals(Buffer.from([0xef, 0xbb, 0xbf])),
  ).toBe(originalBytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])));
  expect(saved.includes('\r\n')).toBe(original.includes('\r\n'));
  // apiProperties.json was not touched, so it was not written.
  expect(readFileSync(path.join(dir, PROPERTIES)).equals(propertiesBefore)).toBe(true);
});

test('typing in the editor updates the form, and Ctrl+Z there brings it back', async ({ page, workDir, startHost }) => {
  const dir = await copyCorpusConnector(workDir, FACEBOOK);
  const text = readFileSync(path.join(dir, DEFINITION), 'utf8');
  const host = await startHost(dir);
  await openStudio(page, host.url);
  const hostField = page.getByLabel('Host');
  const original = JSON.parse(text.replace(/^\uFEFF/, '')).host as string;
  await expect(hostField).toHaveValue(original);

  const key = `"host": ${JSON.stringify(original).slice(0, -1)}`;
  const at = positionOf(text, key);
  await goToInEditor(page, at.line, at.column + key.length);
  await page.keyboard.type('.test');
  await expect(hostField).toHaveValue(`${original}.test`);
  await expect(saveState(page)).toHaveText('Unsaved changes');

  await page.keyboard.press('Control+Z');
  await expect(hostField).toHaveValue(original);
  await expect(saveState(page)).toHaveText('No unsaved changes');
  await page.keyboard.press('Control+Shift+Z');
  await expect(hostField).toHaveValue(`${original}.test`);
});

test('Ctrl+Z in the editor undoes a form edit, the form follows, and the cursor stays put', async ({ page, workDir, startHost }) => {
  const dir = await copyCorpusConnector(workDir, FACEBOOK);
  const host = await startHost(dir);
  await openStudio(page, host.url);
  await chooseOperation(page, 'PostToPage');
  const summary = page.getByLabel('Summary');
  const before = await summary.inputValue();

  // The cursor is on line 3 of the editor before the form changes the text further down.
  await goToInEditor(page, 3, 1);
  await summary.fill('Publish to a page');
  await expect(editorOf(page).locator('.active-line-number')).toHaveText('3');
  // Leaving the field ends the undo step; the editor shows the change.
  await focusEditor(page);
  await page.keyboard.press('Control+F');
  await page.keyboard.type('"summary": "Publish to a page"');
  await page.keyboard.press('Escape');
  await expect(editorOf(page).locator('.view-lines')).toContainText('"summary": "Publish to a page"');

  await page.keyboard.press('Control+Z');
  await expect(summary).toHaveValue(before);
  await expect(saveState(page)).toHaveText('No unsaved changes');
  await page.keyboard.press('Control+Shift+Z');
  await expect(summary).toHaveValue('Publish to a page');

  // The Undo button does the same for people who stay in the form.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(summary).toHaveValue(before);
});

test('Visibility none removes x-ms-visibility; General fields write the definition and apiProperties.json', async ({
  page,
  workDir,
  startHost,
}) => {
  const dir = await copyCorpusConnector(workDir, FACEBOOK);
  const defFile = path.join(dir, DEFINITION);
  const propsFile = path.join(dir, PROPERTIES);
  const defBefore = readFileSync(defFile, 'utf8');
  const propsBefore = readFileSync(propsFile, 'utf8');
  const host = await startHost(dir);
  await openStudio(page, host.url);

  await chooseOperation(page, 'TriggerNewPost');
  await expect(page.getByLabel('Visibility')).toHaveValue('important');
  await page.getByLabel('Visibility').selectOption('none');
  await page.getByRole('tab', { name: 'General' }).click();
  await page.getByLabel('Contact email').fill('support@contoso.com');
  await page.getByRole('textbox', { name: 'Website' }).fill('https://contoso.com');
  await page.getByRole('checkbox', { name: 'Social Media' }).check();
  await page.getByLabel('Icon background color').fill('#3b5998');
  // The editor shows the file being edited.
  await expect(page.locator('.monaco-host')).toHaveAttribute('data-file', PROPERTIES);
  await page.getByLabel('Host').focus();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(saveState(page)).toHaveText(`Saved ${DEFINITION} and ${PROPERTIES}.`);

  const def = JSON.parse(readFileSync(defFile, 'utf8').replace(/^\uFEFF/, ''));
  const trigger = def.paths['/trigger/me/feed'].get;
  expect(trigger['x-ms-visibility']).toBeUndefined();
  expect(def.info.contact).toEqual({ email: 'support@contoso.com' });
  expect(def['x-ms-connector-metadata']).toEqual([
    { propertyName: 'Website', propertyValue: 'https://contoso.com' },
    { propertyName: 'Categories', propertyValue: 'Social Media' },
  ]);
  const props = JSON.parse(readFileSync(propsFile, 'utf8').replace(/^\uFEFF/, ''));
  expect(props.properties.iconBrandColor).toBe('#3b5998');
  // Only the icon colour's line changed in apiProperties.json.
  expect(changedLines(propsBefore, readFileSync(propsFile, 'utf8'))).toHaveLength(1);
  // Every line of the definition the form did not touch is still there: the visibility line is gone,
  // and the last members of info and of the root gained the comma before what was added after them.
  const after = lines(readFileSync(defFile, 'utf8'));
  const removed = lines(defBefore).filter((l) => !after.includes(l));
  expect(removed.filter((l) => l.includes('x-ms-visibility')).map((l) => l.trim())).toEqual(['"x-ms-visibility": "important",']);
  for (const l of removed.filter((l) => !l.includes('x-ms-visibility'))) expect(after).toContain(`${l},`);
  expect(removed.length).toBeLessThanOrEqual(3);
  await showFile(page, DEFINITION);
});

test('while the text does not parse, the form shows the last good state under a banner that leads to the error', async ({
  page,
  workDir,
  startHost,
}) => {
  const dir = await copyCorpusConnector(workDir, FACEBOOK);
  const host = await startHost(dir);
  await openStudio(page, host.url);
  const hostField = page.getByLabel('Host');
  await expect(hostField).toHaveValue('graph.facebook.com');

  // A stray character at the start of line 2 breaks the JSON.
  await goToInEditor(page, 2, 1);
  await page.keyboard.type('x');
  const banner = page.getByRole('alert').filter({ hasText: `${DEFINITION} does not parse` });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('line 2, column 1');
  await expect(hostField).toHaveValue('graph.facebook.com');
  await expect(hostField).toBeDisabled();
  // The editor marks the error too.
  await expect(editorOf(page).locator('.squiggly-error').first()).toBeVisible();
  // apiProperties.json still parses: its fields stay editable.
  await expect(page.getByLabel('Icon background color')).toBeEnabled();

  // The banner's link takes the cursor to the error, even from far away in the file.
  await goToInEditor(page, 40, 1);
  await banner.getByRole('button', { name: 'Go to line 2, column 1' }).click();
  await expect(editorOf(page).locator('.active-line-number')).toHaveText('2');

  await page.keyboard.press('Control+Z');
  await expect(banner).toHaveCount(0);
  await expect(hostField).toBeEnabled();
  await expect(saveState(page)).toHaveText('No unsaved changes');
});

test('Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z in a form field run the history the form shares with the editor', async ({
  page,
  workDir,
  startHost,
}) => {
  const dir = await copyCorpusConnector(workDir, FACEBOOK);
  const host = await startHost(dir);
  await openStudio(page, host.url);
  await chooseOperation(page, 'PostToPage');
  const summary = page.getByLabel('Summary');
  const description = page.getByLabel('Description', { exact: true });
  const summaryBefore = await summary.inputValue();
  const descriptionBefore = await description.inputValue();

  // A step typed in one field, then a step in another, then Undo from inside the second field.
  await summary.fill('Publish to a page');
  await summary.blur();
  await description.click();
  await description.press('End');
  await page.keyboard.type(' (typed)');
  await expect(saveState(page)).toHaveText('Unsaved changes');
  await page.keyboard.press('Control+Z');
  // The whole visit to the field is one step, undone in the text and the field (not one character).
  await expect(description).toHaveValue(descriptionBefore);
  await expect(description).toBeFocused();
  await expect(summary).toHaveValue('Publish to a page');
  // The next Ctrl+Z reaches the other field's step: one history, not the field's own.
  await page.keyboard.press('Control+Z');
  await expect(summary).toHaveValue(summaryBefore);
  await expect(saveState(page)).toHaveText('No unsaved changes');
  // Redo both ways; nothing was recorded as a new edit on the way (Redo still has both steps).
  await page.keyboard.press('Control+Y');
  await expect(summary).toHaveValue('Publish to a page');
  await page.keyboard.press('Control+Shift+Z');
  await expect(description).toHaveValue(`${descriptionBefore} (typed)`);
  // The editor's own Ctrl+Z walks the same history back.
  await editorOf(page).locator('.view-lines').click();
  await page.keyboard.press('Control+Z');
  await expect(description).toHaveValue(descriptionBefore);
  await page.keyboard.press('Control+Z');
  await expect(summary).toHaveValue(summaryBefore);
  await expect(saveState(page)).toHaveText('No unsaved changes');

  // A field that is not part of the connector (the search box) keeps its own undo.
  const search = page.getByLabel('Search actions and triggers');
  await search.fill('');
  await search.pressSequentially('Post');
  await page.keyboard.press('Control+Z');
  await expect(search).not.toHaveValue('Post');
  await expect(saveState(page)).toHaveText('No unsaved changes');
});
