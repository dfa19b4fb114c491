// The Certification tab on real connectors: the checker's findings grouped by severity and rule,
// checked again in a worker after every keystroke (markers in the editor), a finding chosen to select
// its range and operation, a quick fix applied as one minimal, undoable edit; axe and a screenshot.
// On Encodian (1.1 MB) the time from a keystroke to updated markers is measured and printed.
import AxeBuilder from '@axe-core/playwright';
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect as baseExpect, REPO_ROOT, test } from './fixtures';
import { copyCorpusConnector, editorOf, goToInEditor, positionOf } from './studio-support';

const SHOTS = path.join(REPO_ROOT, 'test-results', 'studio-screenshots');

test.describe.configure({ timeout: 180_000 });
// The machines are shared: a check or a first Monaco load can take longer than the usual 10 s there.
const expect = baseExpect.configure({ timeout: 30_000 });

async function openStudio(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('.monaco-editor').first()).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('tab', { name: 'General' })).toBeVisible();
}

const status = (page: Page) => page.getByRole('tabpanel', { name: 'Certification' }).locator('.certification-status');
const errorsGroup = (page: Page) => page.getByRole('region', { name: /^Errors:/ });
const warningsGroup = (page: Page) => page.getByRole('region', { name: /^Warnings:/ });

async function openCertification(page: Page, url: string): Promise<void> {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openStudio(page, url);
  await page.getByRole('tab', { name: 'Certification' }).click();
  await expect(status(page)).not.toHaveText(/Checking|checking/);
}

test('Cyberday: grouped findings, a finding selects its range and operation, a quick fix is one undoable edit', async ({
  page,
  workDir,
  startHost,
}) => {
  const dir = await copyCorpusConnector(workDir, 'certified-connectors/Cyberday');
  const file = path.join(dir, 'apiDefinition.swagger.json');
  const original = readFileSync(file, 'utf8');
  const host = await startHost(dir);
  await openCertification(page, host.url);

  // The five misspelt x-ms-summary keys Microsoft accepted: warnings (rules/extension-name-not-valid.ts).
  await expect(status(page)).toHaveText(/^0 errors, 7 warnings, /);
  const rule = warningsGroup(page).getByRole('button', { name: /ExtensionNameNotValid \(5\)/ });
  await expect(rule).toHaveAttribute('aria-expanded', 'true');
  const items = warningsGroup(page).locator('#findings-warning-ExtensionNameNotValid .finding');
  await expect(items).toHaveCount(5);
  await expect(items.first()).toContainText('apiDefinition.swagger.json:70:25');

  // Choosing it selects the key in the editor, at its line, and its operation in the Definition tab.
  await items.first().locator('.finding-main').click();
  await expect(page.locator('.monaco-host .active-line-number')).toHaveText('70');
  await expect(editorOf(page).locator('.selected-text').first()).toBeVisible();

  // Keyboard: Down moves to the next finding, Enter chooses it.
  await items.first().locator('.finding-main').focus();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1).locator('.finding-main')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.monaco-host .active-line-number')).toHaveText('76');

  // No serious accessibility problem, and a picture of the tab.
  for (const scheme of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page }).include('#panel-certification').analyze();
    expect(
      results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`),
      scheme,
    ).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, `${scheme}-certification-findings.png`) });
  }

  // Quick fix: the finding goes, the text changes by one key on one line.
  await items.first().getByRole('button', { name: 'Quick fix' }).click();
  await expect(page.getByText('Applied: Rename to "x-ms-summary". Undo takes it back.')).toBeVisible();
  await expect(status(page)).toHaveText(/^0 errors, 6 warnings, /);
  await expect(items).toHaveCount(4);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved apiDefinition.swagger.json.' })).toBeVisible();
  const saved = readFileSync(file, 'utf8');
  const a = original.split('\n');
  const b = saved.split('\n');
  expect(b.length).toBe(a.length);
  const changed = a.flatMap((line, i) => (line === b[i] ? [] : [i + 1]));
  expect(changed).toEqual([70]);
  expect(b[69]).toBe(a[69]!.replace('"x-ms-sumamry"', '"x-ms-summary"'));

  // One undo takes the whole fix back, and the finding returns.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(status(page)).toHaveText(/^0 errors, 7 warnings, /);

  // "Show in form" opens the Definition tab on the finding's operation.
  await items
    .first()
    .getByRole('button', { name: /^Show in form: Definition › GetSystems/ })
    .click();
  await expect(page.getByRole('tab', { name: 'Definition' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('listbox', { name: 'Actions and triggers' }).getByRole('option', { selected: true })).toContainText(
    'GetSystems',
  );
  await fs.rm(path.join(dir, 'never-written'), { force: true });
});

// A small connector with one defect per form: a path parameter not required, a response property's
// title in lower case, an empty info.description and an OAuth connection with no client id.
const FOCUS_DEFINITION = {
  swagger: '2.0',
  info: { title: 'Focus Test', description: '', version: '1.0' },
  host: 'api.example.com',
  basePath: '/',
  schemes: ['https'],
  consumes: [],
  produces: ['application/json'],
  paths: {
    '/items/{id}': {
      get: {
        summary: 'Get item',
        description: 'Gets one item by its id.',
        operationId: 'GetItem',
        parameters: [{ name: 'id', in: 'path', required: false, type: 'string', 'x-ms-summary': 'Item ID', description: 'The item id.' }],
        responses: {
          '200': {
            description: 'OK',
            schema: { type: 'object', properties: { name: { type: 'string', 'x-ms-summary': 'name of the item.' } } },
          },
        },
      },
    },
  },
  definitions: {},
  parameters: {},
  responses: {},
  securityDefinitions: {
    oauth2_auth: {
      type: 'oauth2',
      flow: 'accessCode',
      authorizationUrl: 'https://login.example.com/authorize',
      tokenUrl: 'https://login.example.com/token',
      scopes: {},
    },
  },
  security: [{ oauth2_auth: [] }],
  tags: [],
};
const FOCUS_PROPERTIES = {
  properties: {
    connectionParameters: {
      token: {
        type: 'oauthSetting',
        oAuthSettings: {
          identityProvider: 'github',
          clientId: '',
          scopes: [],
          redirectMode: 'GlobalPerConnector',
          redirectUrl: 'https://global.consent.azure-apim.net/redirect',
          properties: { IsFirstParty: 'False' },
          customParameters: {},
        },
      },
    },
    iconBrandColor: '#007ee5',
    capabilities: [],
    publisher: 'Example',
    stackOwner: 'Example',
  },
};

test('"Show in form" focuses exactly the field a finding names: a parameter, a response property, General, Security', async ({
  page,
  workDir,
  startHost,
}) => {
  const dir = path.join(workDir, 'FocusTest');
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path.join(dir, 'apiDefinition.swagger.json'), JSON.stringify(FOCUS_DEFINITION, null, 2));
  await fs.writeFile(path.join(dir, 'apiProperties.json'), JSON.stringify(FOCUS_PROPERTIES, null, 2));
  const host = await startHost(dir);
  await openCertification(page, host.url);
  await page.getByLabel('Check for').selectOption('certified');
  await expect(status(page)).toHaveText(/^3 errors, /);
  const focused = (panel: string) => page.getByRole('tabpanel', { name: panel }).locator(':focus');
  const showInForm = async (name: RegExp) => {
    await page.getByRole('tab', { name: 'Certification' }).click();
    await page.getByRole('button', { name }).first().click();
  };

  // The parameter's form opens and its "Is required" field has the focus.
  await showInForm(/^Show in form: Definition › GetItem › Parameter 1 › Is required/);
  await expect(page.getByRole('tab', { name: 'Definition' })).toHaveAttribute('aria-selected', 'true');
  await expect(focused('Definition')).toHaveAccessibleName('Is required');
  await expect(page.locator('.parameters-editor :focus')).toHaveCount(1);
  await expect(page.locator('.parameters-editor').getByLabel('Name', { exact: true })).toHaveValue('id');

  // The response's schema property: the response and the property's form open, its Title focused.
  await showInForm(/^Show in form: Definition › GetItem › Response 200 › name › Title/);
  await expect(focused('Definition')).toHaveAccessibleName('Title');
  await expect(focused('Definition')).toHaveValue('name of the item.');
  await expect(page.locator('.schema-tree :focus')).toHaveCount(1);

  // info.description: the General tab's Description.
  await showInForm(/^Show in form: General › Description/);
  await expect(focused('General')).toHaveAccessibleName('Description');
  await expect(focused('General')).toHaveValue('');

  // The connection parameter's client id (checked under the custom profile): the Security tab's Client ID.
  await page.getByRole('tab', { name: 'Certification' }).click();
  await page.getByLabel('Check for').selectOption('custom');
  await expect(status(page)).toHaveText(/^2 errors, /);
  await showInForm(/^Show in form: Security › Client ID/);
  await expect(focused('Security')).toHaveAccessibleName('Client ID');

  // Asked again after another tab, the parameter's field takes the focus again (a new request).
  await showInForm(/^Show in form: Definition › GetItem › Parameter 1 › Is required/);
  await expect(focused('Definition')).toHaveAccessibleName('Is required');
});

test('the checker reads the script as edited in the Code tab', async ({ page, workDir, startHost }) => {
  const dir = path.join(workDir, 'ScriptTest');
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path.join(dir, 'apiDefinition.swagger.json'), JSON.stringify(FOCUS_DEFINITION, null, 2));
  await fs.writeFile(path.join(dir, 'apiProperties.json'), JSON.stringify(FOCUS_PROPERTIES, null, 2));
  // Four bytes under the 1 MB the platform takes.
  const script = `${`// ${'a'.repeat(76)}\n`.repeat(13107)}//${'b'.repeat(10)}`;
  expect(Buffer.byteLength(script)).toBe(1048576 - 4);
  await fs.writeFile(path.join(dir, 'script.csx'), script);
  const host = await startHost(dir);
  await openCertification(page, host.url);
  await page.getByLabel('Check for').selectOption('custom');
  await expect(status(page)).not.toHaveText(/checking/);
  const tooLarge = page.getByRole('tabpanel', { name: 'Certification' }).getByText('ScriptTooLarge');
  await expect(tooLarge).toHaveCount(0);

  // Five bytes typed in the Code tab's script: over the limit, and the tab says so without a save.
  await page.getByRole('tab', { name: 'Code' }).click();
  await page.locator('.script-host .monaco-editor .view-lines').click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('12345');
  await page.getByRole('tab', { name: 'Certification' }).click();
  await expect(tooLarge).toHaveCount(1);
  await expect(errorsGroup(page)).toContainText('script.csx is 1.00 MB');

  // Taken back: the finding goes.
  await page.getByRole('tab', { name: 'Code' }).click();
  await page.locator('.script-host .monaco-editor .view-lines').click();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 5; i++) await page.keyboard.press('Delete');
  await page.getByRole('tab', { name: 'Certification' }).click();
  await expect(tooLarge).toHaveCount(0);
});

test('a violation typed in the editor gets a marker; the profile changes what is checked', async ({ page, workDir, startHost }) => {
  const dir = await copyCorpusConnector(workDir, 'certified-connectors/Cyberday');
  const text = readFileSync(path.join(dir, 'apiDefinition.swagger.json'), 'utf8');
  const host = await startHost(dir);
  await openCertification(page, host.url);
  await expect(status(page)).toHaveText(/^0 errors, /);
  // Lines 1 to 40 are in view and carry no finding yet.
  await expect(editorOf(page).locator('.squiggly-error')).toHaveCount(0);

  // A space in the host name: not a valid host.
  const key = '"host": "';
  const at = positionOf(text, key);
  await goToInEditor(page, at.line, at.column + key.length + 3);
  await page.keyboard.type(' ');
  await expect(status(page)).toHaveText(/^1 error, /);
  await expect(editorOf(page).locator('.squiggly-error').first()).toBeVisible();
  await expect(errorsGroup(page)).toContainText(`apiDefinition.swagger.json:${at.line}:`);
  await page.keyboard.press('Backspace');
  await expect(status(page)).toHaveText(/^0 errors, /);
  await expect(editorOf(page).locator('.squiggly-error')).toHaveCount(0);

  // The custom profile holds a connector to what the portal needs: fewer findings.
  await page.getByLabel('Check for').selectOption('custom');
  await expect(page.getByText('What the maker portal needs to save and run a custom connector.')).toBeVisible();
  await expect(status(page)).not.toHaveText(/checking/);
});

test('Encodian: markers follow each keystroke on a 1.1 MB definition (time printed)', async ({ page, workDir, startHost }) => {
  test.setTimeout(180_000);
  const dir = await copyCorpusConnector(workDir, 'certified-connectors/Encodian');
  const text = readFileSync(path.join(dir, 'apiDefinition.swagger.json'), 'utf8').replace(/^\uFEFF/, '');
  const definition = JSON.parse(text);
  const host = await startHost(dir);
  await openCertification(page, host.url);
  const before = (await status(page).textContent()) ?? '';
  await page.evaluate(() => performance.clearMeasures());

  const key = `"host": ${JSON.stringify(definition.host).slice(0, -1)}`;
  const at = positionOf(text, key);
  await goToInEditor(page, at.line, at.column + key.length);
  for (const ch of 'abcdefgh') {
    await page.keyboard.type(ch);
    await expect(status(page)).not.toHaveText(/checking/);
  }
  const durations = await page.evaluate(() =>
    performance
      .getEntriesByName('studio:text-to-markers')
      .map((e) => e.duration)
      .sort((a, b) => a - b),
  );
  const checks = await page.evaluate(() =>
    performance
      .getEntriesByName('studio:worker-certify')
      .map((e) => e.duration)
      .sort((a, b) => a - b),
  );
  expect(durations.length).toBeGreaterThan(0);
  const median = (d: number[]) => Math.round(d[Math.floor(d.length / 2)]!);
  console.log(
    `[encodian] keystroke -> markers: median ${median(durations)} ms, max ${Math.round(durations.at(-1)!)} ms over ${durations.length}; check in the worker: median ${median(checks)} ms`,
  );
  // Typed letters keep the host valid: the same findings as before.
  await expect(status(page)).toHaveText(before);
});
