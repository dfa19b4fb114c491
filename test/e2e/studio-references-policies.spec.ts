// The Definition tab's References, Policies and trigger settings on a real connector (a temporary
// copy of Facebook from the corpus): a rename changes every $ref in one step and saves as exactly
// those lines, a policy added for one operation shows in apiProperties.json (in Monaco and on disk),
// the polling trigger's pollingtrigger policy is edited from the trigger settings, and axe finds no
// serious problem in these views (photographed into test-results/studio-screenshots/).
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, REPO_ROOT, test } from './fixtures';
import { copyCorpusConnector, editorOf } from './studio-support';

const FACEBOOK = 'custom-connectors/Facebook';
const DEFINITION = 'apiDefinition.swagger.json';
const PROPERTIES = 'apiProperties.json';
const SHOTS = path.join(REPO_ROOT, 'test-results', 'studio-screenshots');

test.describe.configure({ timeout: 150_000 });

const saveState = (page: Page) => page.locator('.save-state');
const panel = (page: Page) => page.getByRole('tabpanel', { name: 'Definition' });
const json = (file: string) => JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));

function changedLines(before: string, after: string): { before: string; after: string }[] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length, 'the number of lines').toBe(a.length);
  return a.flatMap((line, i) => (line === b[i] ? [] : [{ before: line, after: b[i]! }]));
}

async function openDefinition(
  page: Page,
  dir: string,
  startHost: (dir?: string) => Promise<{ url: string }>,
  section: string,
): Promise<void> {
  const host = await startHost(dir);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(host.url);
  // Monaco loads on demand: on a busy two-core machine the first open can take a long while.
  await expect(page.locator('.monaco-editor').first()).toBeVisible({ timeout: 60_000 });
  await page.getByRole('tab', { name: 'Definition' }).click();
  await panel(page).getByRole('group', { name: 'Definition sections' }).getByRole('button', { name: section }).click();
}

async function findInEditor(page: Page, text: string): Promise<void> {
  await editorOf(page).locator('textarea').focus();
  await page.keyboard.press('Control+F');
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('[role="tabpanel"]:not([hidden])').analyze();
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

async function expectLabelled(page: Page, name: string): Promise<void> {
  // Every control's visible label is its accessible name.
  for (const input of await panel(page).locator('input, select, textarea').all()) {
    const id = await input.getAttribute('id');
    expect(await panel(page).locator(`label[for="${id}"]`).count(), `a label for #${id} (${name})`).toBe(1);
  }
}

test('renaming a definition changes every $ref in one step; the saved diff is exactly those lines', async ({
  page,
  workDir,
  startHost,
}) => {
  const dir = await copyCorpusConnector(workDir, FACEBOOK);
  const file = path.join(dir, DEFINITION);
  const before = readFileSync(file, 'utf8');
  const uses = before.split('"#/definitions/GetFeedResponse"').length - 1;
  expect(uses).toBeGreaterThan(1);
  await openDefinition(page, dir, startHost, 'References');
  const p = panel(page);

  await p.getByRole('button', { name: /^GetFeedResponse/ }).click();
  await expect(p.getByRole('heading', { name: '#/definitions/GetFeedResponse' })).toBeVisible();
  await expect(p.locator('.use-list').getByRole('button')).toHaveCount(uses);
  // A name already taken is refused, with the reason next to the field.
  await p.getByLabel('Name', { exact: true }).fill('PostItem');
  await expect(p.getByText('There is already a definition named "PostItem".')).toBeVisible();
  await p.getByLabel('Name', { exact: true }).fill('FeedResponse');
  await p.getByRole('button', { name: 'Rename' }).click();
  await expect(p.getByRole('heading', { name: '#/definitions/FeedResponse' })).toBeVisible();
  await expect(p.getByRole('button', { name: /^FeedResponse/ })).toContainText(uses === 1 ? 'used once' : `used ${uses} times`);

  // A jump to a use selects it in the editor.
  await p
    .getByRole('button', { name: /MyFeeds/ })
    .first()
    .click();
  await expect(editorOf(page).locator('.view-lines')).toContainText('"$ref": "#/definitions/FeedResponse"');

  // One undo step takes the whole rename back, and redo brings it again.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(p.getByRole('button', { name: /^GetFeedResponse/ })).toBeVisible();
  await expect(saveState(page)).toHaveText('No unsaved changes');
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(p.getByRole('button', { name: /^FeedResponse/ })).toBeVisible();

  await page.keyboard.press('Control+S');
  await expect(saveState(page)).toHaveText(`Saved ${DEFINITION}.`);
  const after = readFileSync(file, 'utf8');
  const changed = changedLines(before, after);
  expect(changed).toHaveLength(uses + 1);
  for (const c of changed) {
    expect(c.after).toBe(
      c.before.includes('"GetFeedResponse":')
        ? c.before.replace('"GetFeedResponse":', '"FeedResponse":')
        : c.before.replace('#/definitions/GetFeedResponse', '#/definitions/FeedResponse'),
    );
  }
});

test('a setheader policy added for one operation shows in apiProperties.json in Monaco and on disk', async ({
  page,
  workDir,
  startHost,
}) => {
  const dir = await copyCorpusConnector(workDir, FACEBOOK);
  const propsFile = path.join(dir, PROPERTIES);
  const defFile = path.join(dir, DEFINITION);
  const propsBefore = readFileSync(propsFile, 'utf8');
  const defBytes = readFileSync(defFile);
  const count = json(propsFile).properties.policyTemplateInstances.length;
  await openDefinition(page, dir, startHost, 'Policies');
  const p = panel(page);

  await p.getByLabel('Template', { exact: true }).selectOption('setheader');
  await p.getByRole('button', { name: 'Add policy' }).click();
  await expect(p.getByRole('heading', { name: /Set HTTP header/ })).toBeVisible();
  // Required parameters left empty are errors, in the checker's words, until they are filled.
  await expect(p.getByText('Policy template "setheader" needs the parameter "x-ms-apimTemplateParameter.name".')).toBeVisible();
  await p.getByLabel('Header name *').fill('X-Client');
  await p.getByLabel('Header name *').press('Tab');
  await p.getByLabel('Header value *').fill('studio');
  await p.getByLabel('Header value *').press('Tab');
  await expect(p.getByText(/needs the parameter/)).toHaveCount(0);
  await p.getByLabel('Action if header exists').selectOption('skip');
  await p.getByRole('checkbox', { name: 'MyFeeds' }).check();
  await expect(p.getByText('Applies to one operation.')).toBeVisible();

  // The editor shows apiProperties.json with the new instance.
  await expect(page.locator('.monaco-host')).toHaveAttribute('data-file', PROPERTIES);
  await findInEditor(page, '"X-Client"');
  const lines = editorOf(page).locator('.view-lines');
  await expect(lines).toContainText('"templateId": "setheader"');
  await expect(lines).toContainText('"x-ms-apimTemplateParameter.name": "X-Client"');

  await page.keyboard.press('Control+S');
  await expect(saveState(page)).toHaveText(`Saved ${PROPERTIES}.`);
  const saved = json(propsFile).properties.policyTemplateInstances;
  expect(saved).toHaveLength(count + 1);
  expect(saved[count]).toEqual({
    templateId: 'setheader',
    title: 'Set HTTP header',
    parameters: {
      'x-ms-apimTemplate-policySection': 'Request',
      'x-ms-apimTemplateParameter.name': 'X-Client',
      'x-ms-apimTemplateParameter.value': 'studio',
      'x-ms-apimTemplateParameter.existsAction': 'skip',
      'x-ms-apimTemplate-operationName': ['MyFeeds'],
    },
  });
  // What was there before is byte for byte where it was; the definition was not written.
  const text = readFileSync(propsFile, 'utf8');
  const lastItemEnd = propsBefore.lastIndexOf('}', propsBefore.indexOf(']', propsBefore.indexOf('"policyTemplateInstances"')));
  expect(text.startsWith(propsBefore.slice(0, lastItemEnd + 1))).toBe(true);
  expect(readFileSync(defFile).equals(defBytes)).toBe(true);
});

test("the polling trigger's pollingtrigger policy is edited from its trigger settings", async ({ page, workDir, startHost }) => {
  const dir = await copyCorpusConnector(workDir, FACEBOOK);
  const propsFile = path.join(dir, PROPERTIES);
  const before = readFileSync(propsFile, 'utf8');
  await openDefinition(page, dir, startHost, 'Actions and triggers');
  const p = panel(page);
  await p.getByLabel('Search actions and triggers').fill('TriggerNewPost');
  await p.getByRole('option', { name: /TriggerNewPost/ }).click();
  await expect(p.getByLabel('Trigger', { exact: true })).toHaveValue('batch');
  await expect(p.getByText('Trigger type: Polling')).toBeVisible();
  const polling = p.getByRole('group', { name: 'Polling trigger policy' });
  await expect(polling.getByRole('textbox', { name: 'since' })).toHaveValue('@{triggerBody().data[0].created_time}');
  await polling.getByLabel('Collection that contains trigger data *').fill('@triggerBody().items');
  await polling.getByLabel('Collection that contains trigger data *').press('Tab');
  await polling.getByLabel('New name').fill('limit');
  await polling.getByRole('button', { name: 'Add' }).click();
  await polling.getByRole('textbox', { name: 'limit' }).fill('25');
  await polling.getByRole('textbox', { name: 'limit' }).press('Tab');

  await page.keyboard.press('Control+S');
  await expect(saveState(page)).toHaveText(`Saved ${PROPERTIES}.`);
  const instance = json(propsFile).properties.policyTemplateInstances.find(
    (x: { templateId: string }) => x.templateId === 'pollingtrigger',
  );
  expect(instance.parameters['x-ms-apimTemplateParameter.triggerDataPath']).toBe('@triggerBody().items');
  expect(instance.parameters['x-ms-apimTemplateParameter.triggerConfig']).toEqual({
    since: '@{triggerBody().data[0].created_time}',
    limit: '25',
  });
  // Two edits of the text: the data path's line changed, one line added for the new query parameter.
  const after = readFileSync(propsFile, 'utf8');
  expect(after.split('\n').length).toBe(before.split('\n').length + 1);
  expect(after.replace('@triggerBody().items', '@triggerBody().data').replace(/,\r?\n\s*"limit": "25"/, '')).toBe(before);
});

test('References, Policies and trigger settings: no serious accessibility problem, screenshots', async ({ page, workDir, startHost }) => {
  const dir = await copyCorpusConnector(workDir, FACEBOOK);
  await openDefinition(page, dir, startHost, 'References');
  const p = panel(page);
  const states: [string, () => Promise<void>][] = [
    [
      'references',
      async () => {
        await p.getByRole('button', { name: /^PostItem/ }).click();
        await p
          .getByRole('button', { name: /^caption/ })
          .first()
          .click();
        await expect(p.getByLabel('Is required')).toBeVisible();
      },
    ],
    [
      'policies',
      async () => {
        await p.getByRole('group', { name: 'Definition sections' }).getByRole('button', { name: 'Policies' }).click();
        await p.getByRole('button', { name: /Polling trigger for new posts/ }).click();
        await expect(p.getByRole('heading', { name: /Polling trigger/ })).toBeVisible();
      },
    ],
    [
      'trigger-settings',
      async () => {
        await p.getByRole('group', { name: 'Definition sections' }).getByRole('button', { name: 'Actions and triggers' }).click();
        await p.getByLabel('Search actions and triggers').fill('TriggerNewPost');
        await p.getByRole('option', { name: /TriggerNewPost/ }).click();
        await expect(p.getByRole('group', { name: 'Polling trigger policy' })).toBeVisible();
      },
    ],
  ];
  for (const [name, reach] of states) {
    await reach();
    await expectLabelled(page, name);
    expect(await seriousViolations(page), name).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, `definition-${name}.png`) });
  }
  // Keyboard: the section switch and the list are reachable with Tab.
  await p.getByRole('group', { name: 'Definition sections' }).getByRole('button', { name: 'References' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(p.getByLabel('Search references')).toBeFocused();
});
