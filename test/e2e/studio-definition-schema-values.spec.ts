// A schema property's allowed values and default, edited in its property form on a real connector
// (a temporary copy of Booking Room Pro, whose #/definitions/Event allDay is a boolean listing
// "true" and "false" as strings): text not of the type is refused with the reason and not written,
// values of the type are written as one minimal edit each, an empty field removes the key, and undo
// takes each back. ("Show in form" on its enum values: studio-certification-field-keys.spec.ts.)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect as baseExpect, test } from './fixtures';
import { copyCorpusConnector } from './studio-support';

const BOOKING = 'certified-connectors/Booking Room Pro';
const DEFINITION = 'apiDefinition.swagger.json';

test.describe.configure({ timeout: 180_000 });
// The machines are shared: a check or a first Monaco load can take longer than the usual 10 s there.
const expect = baseExpect.configure({ timeout: 30_000 });

const panel = (page: Page) => page.getByRole('tabpanel', { name: 'Definition' });
const saveState = (page: Page) => page.locator('.save-state');

async function open(page: Page, url: string): Promise<void> {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(url);
  await expect(page.locator('.monaco-editor').first()).toBeVisible({ timeout: 60_000 });
}

async function save(page: Page): Promise<void> {
  await page.keyboard.press('Control+S');
  await expect(saveState(page)).toHaveText(`Saved ${DEFINITION}.`);
}

test('Values and Default value of a schema property: typed by its type, minimal edits, undone', async ({ page, workDir, startHost }) => {
  const dir = await copyCorpusConnector(workDir, BOOKING);
  const file = path.join(dir, DEFINITION);
  const before = readFileSync(file, 'utf8');
  const host = await startHost(dir);
  await open(page, host.url);
  await page.getByRole('tab', { name: 'Definition' }).click();
  const p = panel(page);
  await p.getByRole('group', { name: 'Definition sections' }).getByRole('button', { name: 'References' }).click();
  await p.getByRole('button', { name: /^Event\b/ }).click();
  await p.locator('.schema-tree').getByRole('button', { name: 'allDay', exact: true }).click();
  const form = p.getByRole('group', { name: 'Schema property allDay' });
  const values = form.getByLabel('Values');
  const byDefault = form.getByLabel('Default value');
  await expect(values).toHaveValue('true\nfalse');
  await expect(byDefault).toHaveValue('');

  // Not a boolean: the reason shows, the field is marked invalid, and nothing is written.
  await values.fill('false\nmaybe');
  await expect(form.getByRole('alert')).toHaveText('Line 2: "maybe" is not true or false.');
  await expect(values).toHaveAttribute('aria-invalid', 'true');
  await expect(saveState(page)).toHaveText('No unsaved changes');
  await values.fill('false\ntrue');
  await expect(form.getByRole('alert')).toHaveCount(0);
  await values.blur();
  await byDefault.fill('yes');
  await expect(form.getByRole('alert')).toHaveText('"yes" is not true or false.');
  await byDefault.fill('false');
  await byDefault.blur();
  await expect(form.getByRole('alert')).toHaveCount(0);

  // The saved file: the two values written as booleans in their lines, and one line of default.
  await save(page);
  const old = ['          "enum": [', '            "true",', '            "false"', '          ]'].join('\n');
  expect(before.split(old)).toHaveLength(2);
  const now = ['          "enum": [', '            false,', '            true', '          ],', '          "default": false'].join('\n');
  expect(readFileSync(file, 'utf8')).toBe(before.replace(old, now));

  // Each field was one undo step; both undone, the text is as it was.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(byDefault).toHaveValue('');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(values).toHaveValue('true\nfalse');
  await save(page);
  expect(readFileSync(file, 'utf8')).toBe(before);

  // An empty Values removes the key (and the line-break commas with it); undo brings it back.
  await values.fill('');
  await values.blur();
  await save(page);
  const removed = readFileSync(file, 'utf8');
  expect(removed).toBe(before.replace(`,\n${old}`, ''));
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(values).toHaveValue('true\nfalse');
});
