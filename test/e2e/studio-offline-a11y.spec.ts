// The studio stays on the machine and is usable with a keyboard and a screen reader: no request
// leaves 127.0.0.1 (Monaco and its workers are bundled, nothing comes from a CDN), axe-core finds no
// serious or critical problem on any tab in light or dark mode, and each tab is photographed into
// test-results/ for people to look at.
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, REPO_ROOT, test } from './fixtures';
import { copyCorpusConnector, foreignRequests, openStudio, recordRequests } from './studio-support';

const TABS = ['General', 'Security', 'Definition', 'Code', 'Test', 'Certification'] as const;
const SHOTS = path.join(REPO_ROOT, 'test-results', 'studio-screenshots');

test.describe.configure({ timeout: 120_000 });

const rows = (page: Page) => page.getByRole('listbox', { name: 'Actions and triggers' }).getByRole('option');

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

test('the built renderer names no CDN and loads Monaco from its own files', () => {
  const assets = path.join(REPO_ROOT, 'dist', 'renderer', 'assets');
  const files = readdirSync(assets).filter((f) => f.endsWith('.js') || f.endsWith('.css') || f.endsWith('.html'));
  expect(files.some((f) => f.startsWith('monaco'))).toBe(true);
  expect(files.some((f) => f.startsWith('json.worker'))).toBe(true);
  expect(files.some((f) => f.startsWith('editor.worker'))).toBe(true);
  const cdn =
    /https?:\/\/(cdn\.jsdelivr\.net|unpkg\.com|cdnjs\.cloudflare\.com|esm\.sh|esm\.run|cdn\.skypack\.dev|fonts\.googleapis\.com|fonts\.gstatic\.com)/;
  for (const f of [...files.map((f) => path.join(assets, f)), path.join(REPO_ROOT, 'dist', 'renderer', 'index.html')]) {
    expect(readFileSync(f, 'utf8'), f).not.toMatch(cdn);
  }
});

async function openFacebook(page: Page, workDir: string, startHost: (dir?: string) => Promise<{ url: string }>): Promise<string[]> {
  const dir = await copyCorpusConnector(workDir, 'custom-connectors/Facebook');
  const host = await startHost(dir);
  const requests = recordRequests(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await openStudio(page, host.url);
  await expect(page.getByLabel('Host')).toHaveValue('graph.facebook.com');
  return requests;
}

for (const scheme of ['light', 'dark'] as const) {
  test(`every tab (${scheme}): no request leaves 127.0.0.1, no serious accessibility problem, a screenshot`, async ({
    page,
    workDir,
    startHost,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const consoleErrors: string[] = [];
    page.on('console', (m) => (m.type() === 'error' ? consoleErrors.push(m.text()) : undefined));
    const requests = await openFacebook(page, workDir, startHost);
    for (const name of TABS) {
      await page.getByRole('tab', { name }).click();
      await expect(page.getByRole('tabpanel', { name })).toBeVisible();
      if (name === 'Definition') await expect(rows(page).first()).toBeVisible();
      expect(await seriousViolations(page), `${name} tab, ${scheme}`).toEqual([]);
      await page.screenshot({ path: path.join(SHOTS, `${scheme}-${name.toLowerCase()}.png`) });
    }
    expect(consoleErrors, 'no console errors (CSP violations would show here)').toEqual([]);
    // The page, its scripts, Monaco's workers, its font and every IPC call: all from the host.
    expect(requests.length).toBeGreaterThan(3);
    expect(requests.some((u) => /editor\.worker/.test(u))).toBe(true);
    expect(foreignRequests(requests), 'requests that left 127.0.0.1').toEqual([]);
  });
}

test('the keyboard reaches the tabs, the fields, the list and the divider; either side collapses', async ({ page, workDir, startHost }) => {
  await openFacebook(page, workDir, startHost);
  // The tabs move with the arrow keys (and show what they select).
  await page.getByRole('tab', { name: 'General' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Security' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Security' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Definition' })).toHaveAttribute('aria-selected', 'true');
  // Tab: into the panel and through its first controls (the section switch, New action) to the
  // search field; then the list, where End selects the last row.
  const search = page.getByLabel('Search actions and triggers');
  const searchFocused = () =>
    search.evaluate((el) => el === (el as unknown as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement);
  for (let i = 0; i < 8 && !(await searchFocused()); i++) await page.keyboard.press('Tab');
  await expect(search).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('End');
  await expect(rows(page).last()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Home');
  await expect(rows(page).first()).toHaveAttribute('aria-selected', 'true');

  await page.getByRole('button', { name: 'Hide editor' }).click();
  await expect(page.locator('.monaco-host')).toBeHidden();
  await page.getByRole('button', { name: 'Show editor' }).click();
  await expect(page.locator('.monaco-host')).toBeVisible();
  await page.getByRole('button', { name: 'Hide form' }).click();
  await expect(page.getByRole('tablist')).toBeHidden();
  await page.getByRole('button', { name: 'Show form' }).click();
  await expect(page.getByRole('tablist')).toBeVisible();
  const divider = page.getByRole('separator', { name: 'Width of the form and the editor' });
  await divider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(divider).toHaveAttribute('aria-valuenow', '52');

  // Ctrl+M in the editor makes Tab move focus: from the editor, the page's last control, it goes
  // round to the first one (the File menu), never to nothing.
  await page.locator('.monaco-host .view-lines').click();
  await page.keyboard.press('Control+M');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'File', exact: true })).toBeFocused();
});
