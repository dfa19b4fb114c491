// The largest real connector (Encodian: 1.1 MB, 219 operations) in the studio: typing in the editor
// reaches the form, a form edit reaches the editor, and the list of operations renders only the rows
// in view. The time each takes is measured and printed (for the record; tests never assert times).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { copyCorpusConnector, editorOf, focusEditor, goToInEditor, openStudio, positionOf } from './studio-support';

test.describe.configure({ timeout: 180_000 });
// Tracing snapshots the DOM after every action, on the UI thread: it would inflate what is measured.
test.use({ trace: 'off' });

interface Timings {
  [name: string]: { count: number; median: number; max: number };
}

async function measures(page: Page): Promise<Timings> {
  const entries = await page.evaluate(() =>
    performance
      .getEntriesByType('measure')
      .filter((e) => e.name.startsWith('studio:'))
      .map((e) => ({ name: e.name, duration: e.duration })),
  );
  const out: Timings = {};
  for (const name of new Set(entries.map((e) => e.name))) {
    const d = entries
      .filter((e) => e.name === name)
      .map((e) => e.duration)
      .sort((a, b) => a - b);
    out[name] = { count: d.length, median: Math.round(d[Math.floor(d.length / 2)]!), max: Math.round(d[d.length - 1]!) };
  }
  return out;
}

test('Encodian: editor -> form and form -> editor on a 1.1 MB definition', async ({ page, workDir, startHost }, testInfo) => {
  const dir = await copyCorpusConnector(workDir, 'certified-connectors/Encodian');
  const text = readFileSync(path.join(dir, 'apiDefinition.swagger.json'), 'utf8').replace(/^\uFEFF/, '');
  const definition = JSON.parse(text);
  const host = await startHost(dir);
  const started = Date.now();
  const lap = (what: string) => console.log(`[encodian] ${what} at ${Date.now() - started} ms`);
  await openStudio(page, host.url);
  const hostField = page.getByLabel('Host');
  await expect(hostField).toHaveValue(definition.host);
  const openMs = Date.now() - started;
  lap('opened');

  // Long tasks on the UI thread while typing (the parse runs in the worker).
  await page.evaluate(() => {
    const w = globalThis as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({
      type: 'longtask' as never,
    });
    performance.clearMeasures();
  });

  // Keystrokes in the editor: the Host field follows each one.
  const key = `"host": ${JSON.stringify(definition.host).slice(0, -1)}`;
  const at = positionOf(text, key);
  await goToInEditor(page, at.line, at.column + key.length);
  let typed = '';
  for (const ch of 'abcdefgh') {
    await page.keyboard.type(ch);
    typed += ch;
    await expect(hostField).toHaveValue(definition.host + typed);
  }
  const typing = await measures(page);
  lap('typed');
  const longTasks = await page.evaluate(() => (globalThis as unknown as { longTasks: number[] }).longTasks.map(Math.round));
  for (let i = 0; i < typed.length; i++) await page.keyboard.press('Control+Z');
  await expect(hostField).toHaveValue(definition.host);

  // Form edits: the operation list shows only the rows in view, and a Summary typed reaches the editor.
  await page.evaluate(() => performance.clearMeasures());
  await page.getByRole('tab', { name: 'Definition' }).click();
  const rows = page.getByRole('listbox', { name: 'Actions and triggers' }).getByRole('option');
  await expect(rows.first()).toBeVisible();
  const rendered = await rows.count();
  expect(rendered).toBeLessThan(40);
  expect(await rows.first().getAttribute('aria-setsize')).toBe('219');
  const last = Object.values<Record<string, { operationId?: string }>>(definition.paths)
    .flatMap((item) => Object.values(item))
    .map((op) => op.operationId)
    .filter(Boolean)
    .at(-1)!;
  await page.getByLabel('Search actions and triggers').fill(last);
  await rows.filter({ hasText: last }).first().click();
  await expect(page.getByLabel('Operation ID')).toHaveValue(last);
  lap('selected');
  const summary = page.getByLabel('Summary');
  await summary.fill('');
  await summary.pressSequentially('Converted by the studio', { delay: 30 });
  lap('form typed');
  await focusEditor(page);
  await page.keyboard.press('Control+F');
  await page.keyboard.type('"summary": "Converted by the studio"');
  await page.keyboard.press('Escape');
  await expect(editorOf(page).locator('.view-lines')).toContainText('"summary": "Converted by the studio"');
  const editing = await measures(page);

  const report = {
    openMs,
    keystrokeToForm: typing['studio:text-to-form'],
    workerParse: typing['studio:worker-parse'],
    uiLongTasksWhileTyping: longTasks,
    formEditToEditor: editing['studio:form-to-text'],
    workerParseWhileFormEditing: editing['studio:worker-parse'],
    operationRowsRendered: rendered,
  };
  console.log(`[timings] Encodian: ${JSON.stringify(report)}`);
  await testInfo.attach('timings.json', { body: JSON.stringify(report, null, 2), contentType: 'application/json' });
  expect(report.keystrokeToForm?.count).toBeGreaterThan(0);
  expect(report.formEditToEditor?.count).toBeGreaterThan(0);
});
