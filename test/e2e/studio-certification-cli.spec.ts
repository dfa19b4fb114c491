// The Certification tab and `connector-studio validate` give the same findings for the same folder:
// corpus connectors whose files do not parse (a missing comma, text after the root object, a broken
// apiProperties.json) are opened in the studio, the tab's findings are read off the page and compared
// with the built CLI's `validate --format json` for the same folder, under the profile both choose
// (auto, the default of both) and under one chosen by hand.
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { expect as baseExpect, REPO_ROOT, test } from './fixtures';
import { brandIcon } from '../shared/certify/png-fixture';
import { copyCorpusConnector, goToInEditor } from './studio-support';

const run = promisify(execFile);
test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

const CLI = path.join(REPO_ROOT, 'dist', 'cli.cjs');

interface CliOutput {
  profile: string;
  profileReason?: string;
  /** No line and column for a file with no line to point at (icon.png, a missing README.md). */
  diagnostics: { file: string; line?: number; column?: number; severity: string; ruleId: string; message: string }[];
}

async function validate(dir: string, profile: string): Promise<CliOutput> {
  // Exit 1 when there are errors: the output is what counts.
  const out = await run(process.execPath, [CLI, 'validate', dir, '--profile', profile, '--format', 'json'], { maxBuffer: 64 << 20 }).catch(
    (err: { stdout?: string; code?: number }) => {
      if (err.code !== 1 || !err.stdout) throw err;
      return { stdout: err.stdout };
    },
  );
  return JSON.parse(out.stdout) as CliOutput;
}

const line = (d: { file: string; line?: number; column?: number; severity: string; rule: string; message: string }) =>
  `${path.basename(d.file)}${d.line ? `:${d.line}:${d.column}` : ''} ${d.severity} ${d.rule} ${d.message}`;

const status = (page: Page) => page.getByRole('tabpanel', { name: 'Certification' }).locator('.certification-status');

/** Every finding the tab lists, with every group unfolded. */
async function tabFindings(page: Page): Promise<string[]> {
  await expect(status(page)).not.toHaveText(/Checking|checking/);
  const folded = page.locator('.finding-groups button.disclosure[aria-expanded="false"]');
  while ((await folded.count()) > 0) await folded.first().click();
  const found = await page.locator('.certification-tab .finding').evaluateAll((items) =>
    items.map((li) => {
      const where = li.querySelector('.finding-where')?.textContent ?? '';
      const [file, lineNo, column] = where.split(':');
      const severity = /\bseverity-(error|warning|info)\b/.exec(li.closest('.severity-group')?.className ?? '')?.[1] ?? '';
      return {
        file: file ?? '',
        line: Number(lineNo),
        column: Number(column),
        severity,
        rule: li.closest('.rule-group')?.querySelector('h4 code')?.textContent ?? '',
        message: li.querySelector('.finding-message')?.textContent ?? '',
      };
    }),
  );
  return found.map(line).sort();
}

const cliFindings = (out: CliOutput) => out.diagnostics.map((d) => line({ ...d, rule: d.ruleId })).sort();

for (const connector of [
  'independent-publisher-connectors/GIPHY',
  'independent-publisher-connectors/AccuWeather',
  'certified-connectors/Shopranos',
]) {
  test(`${connector}: the tab shows exactly the CLI's findings, syntax errors included`, async ({ page, workDir, startHost }) => {
    const dir = await copyCorpusConnector(workDir, connector);
    const auto = await validate(dir, 'auto');
    expect(auto.diagnostics.some((d) => d.severity === 'error' && /Expected$/.test(d.ruleId))).toBe(true);

    const host = await startHost(dir);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(host.url);
    await expect(page.locator('.monaco-editor').first()).toBeVisible({ timeout: 60_000 });
    await page.getByRole('tab', { name: 'Certification' }).click();

    // Auto: the same profile, named with the same reason.
    await expect(page.getByLabel('Check for')).toHaveValue('auto');
    await expect(page.getByText(`chosen from ${auto.profileReason}`)).toBeVisible();
    expect(await tabFindings(page)).toEqual(cliFindings(auto));
    await expect(status(page)).toHaveText(new RegExp(`^${auto.diagnostics.filter((d) => d.severity === 'error').length} errors?, `));

    // A profile chosen by hand: the same again.
    await page.getByLabel('Check for').selectOption('custom');
    const custom = await validate(dir, 'custom');
    await expect(status(page)).not.toHaveText(/Checking|checking/);
    expect(await tabFindings(page)).toEqual(cliFindings(custom));
  });
}

test('a settings.json that does not parse and a README.md not in UTF-8: the tab lists both as the CLI does', async ({
  page,
  workDir,
  startHost,
}) => {
  const dir = await copyCorpusConnector(workDir, 'certified-connectors/Cyberday');
  await fs.writeFile(path.join(dir, 'settings.json'), '{\n  "connectorId": "Cyberday",\n  "icon": \n}\n');
  await fs.writeFile(path.join(dir, 'README.md'), Buffer.from('# Cyberday\n\xff\xfe bytes of no UTF-8\n', 'latin1'));
  const auto = await validate(dir, 'auto');
  expect(auto.diagnostics.some((d) => path.basename(d.file) === 'settings.json' && d.severity === 'error')).toBe(true);
  expect(auto.diagnostics.some((d) => path.basename(d.file) === 'README.md' && d.ruleId === 'NotUtf8')).toBe(true);

  const host = await startHost(dir);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(host.url);
  await expect(page.locator('.monaco-editor').first()).toBeVisible({ timeout: 60_000 });
  await page.getByRole('tab', { name: 'Certification' }).click();
  expect(await tabFindings(page)).toEqual(cliFindings(auto));
});

test('README.md, script.csx and icon.png findings are in their own files, as the CLI says; each leads where it is edited', async ({
  page,
  workDir,
  startHost,
}) => {
  const dir = await copyCorpusConnector(workDir, 'certified-connectors/Cyberday');
  // A README without its Known Issues section, a script over 1 MB, an icon that is not square.
  const readme = await fs.readFile(path.join(dir, 'README.md'), 'utf8');
  await fs.writeFile(path.join(dir, 'README.md'), readme.replace(/^#+[^\n]*(known issue|limitation)[^\n]*$/gim, ''));
  await fs.writeFile(path.join(dir, 'script.csx'), `// ${'x'.repeat(1100 * 1024)}\n`);
  await fs.writeFile(path.join(dir, 'icon.png'), brandIcon(230, 180));
  const cli = await validate(dir, 'certified');
  const where = (rule: string) => cli.diagnostics.filter((d) => d.ruleId === rule).map((d) => [path.basename(d.file), d.line]);
  // Where Known Issues goes: after Obtaining Credentials, at "## Deploying the connector" (line 43).
  expect(where('ReadmeSectionsMissing')).toEqual([['README.md', 43]]);
  expect(where('ScriptTooLarge')).toEqual([['script.csx', 1]]);
  expect(where('IconSizeNotValid')).toEqual([['icon.png', undefined]]);

  const host = await startHost(dir);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(host.url);
  await expect(page.locator('.monaco-editor').first()).toBeVisible({ timeout: 60_000 });
  await page.getByRole('tab', { name: 'Certification' }).click();
  await page.getByLabel('Check for').selectOption('certified');
  expect(await tabFindings(page)).toEqual(cliFindings(cli));

  const panel = page.getByRole('tabpanel', { name: 'Certification' });
  const finding = (rule: string) => panel.locator('.rule-group', { has: page.locator('h4 code', { hasText: rule }) }).locator('.finding');
  await expect(finding('IconSizeNotValid').locator('.finding-where')).toHaveText('icon.png');
  await expect(finding('ScriptTooLarge').locator('.finding-where')).toHaveText('script.csx:1:1');
  await expect(finding('ReadmeSectionsMissing').locator('.finding-where')).toHaveText('README.md:43:1');
  // The definition editor's cursor on line 20: a finding in another file must not move it.
  await goToInEditor(page, 20, 1);
  const cursorLine = page.locator('.monaco-host .active-line-number');

  // The script: the Code tab, where script.csx is edited; the definition editor stays where it was.
  await finding('ScriptTooLarge').getByRole('button', { name: 'Show in form: Code › script.csx' }).click();
  await expect(page.getByRole('tab', { name: 'Code' })).toHaveAttribute('aria-selected', 'true');
  await expect(cursorLine).toHaveText('20');

  // The icon: the General tab's icon upload.
  await page.getByRole('tab', { name: 'Certification' }).click();
  await finding('IconSizeNotValid').locator('.finding-main').click();
  await expect(page.getByRole('tab', { name: 'General' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'General' }).locator(':focus')).toHaveAccessibleName('Upload connector icon');
  await expect(cursorLine).toHaveText('20');

  // README.md is not edited in the studio: no form place, and choosing it opens nothing.
  await page.getByRole('tab', { name: 'Certification' }).click();
  await expect(finding('ReadmeSectionsMissing').getByRole('button', { name: /^Show in form/ })).toHaveCount(0);
  await finding('ReadmeSectionsMissing').locator('.finding-main').click();
  await expect(page.getByRole('tab', { name: 'Certification' })).toHaveAttribute('aria-selected', 'true');
  await expect(cursorLine).toHaveText('20');
});

test('Cyberday: fix all of one rule is one undo step, and the editor shows each changed place', async ({ page, workDir, startHost }) => {
  const dir = await copyCorpusConnector(workDir, 'certified-connectors/Cyberday');
  const host = await startHost(dir);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(host.url);
  await expect(page.locator('.monaco-editor').first()).toBeVisible({ timeout: 60_000 });
  await page.getByRole('tab', { name: 'Certification' }).click();
  await expect(status(page)).toHaveText(/^0 errors, 7 warnings, /);

  // The five misspelt x-ms-summary keys, each with a rename: one button fixes them all.
  await page.getByRole('button', { name: 'Fix all 5 in apiDefinition.swagger.json' }).click();
  await expect(page.getByText('Applied: Rename to "x-ms-summary" (5 places). Undo takes it back.')).toBeVisible();
  await expect(status(page)).toHaveText(/^0 errors, 2 warnings, /);
  // The editor selects every changed key (one cursor each), the first in view.
  const cursorLines = page.locator('.monaco-host .active-line-number');
  await expect(cursorLines).toHaveText(['70']);
  await expect(page.locator('.monaco-editor .cursors-layer .cursor')).toHaveCount(5);
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('"x-ms-summary"');
  // Next and Previous step through the places, one at a time.
  const steps = page.getByRole('group', { name: 'Places the fix changed' });
  await expect(steps).toContainText('Change 1 of 5');
  await steps.getByRole('button', { name: 'Next change' }).click();
  await expect(steps).toContainText('Change 2 of 5');
  await expect(cursorLines).toHaveText(['76']);
  await steps.getByRole('button', { name: 'Next change' }).click();
  await expect(cursorLines).toHaveText(['82']);
  await steps.getByRole('button', { name: 'Previous change' }).click();
  await expect(cursorLines).toHaveText(['76']);
  await steps.getByRole('button', { name: 'Previous change' }).click();
  await steps.getByRole('button', { name: 'Previous change' }).click();
  await expect(steps).toContainText('Change 5 of 5');
  await expect(cursorLines).toHaveText(['91']);

  // One undo takes all five back.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(status(page)).toHaveText(/^0 errors, 7 warnings, /);
});
