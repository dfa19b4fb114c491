// The designer preview beside the Definition tab's form: corpus connectors shown as their text
// says (labels, required marks, visibility groups, internal inputs absent, advanced ones behind the
// designer's control, enum display names), live from the editor's text, the Power Apps call, the
// links from a problem to its fix, axe-core clean in light and dark, and no sideways scroll at
// 1280x800. Screenshots of the preview go to test-results/studio-screenshots/.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, REPO_ROOT, test, writeConnector } from './fixtures';
import { copyCorpusConnector, goToInEditor, openStudio, positionOf } from './studio-support';

test.describe.configure({ timeout: 120_000 });

const DEFINITION = 'apiDefinition.swagger.json';
const EXACT = 'certified-connectors/Exact Online Premium';
const JIRA = 'certified-connectors/JIRA';
const SHOTS = path.join(REPO_ROOT, 'test-results', 'studio-screenshots');

const preview = (page: Page) => page.getByRole('region', { name: 'Designer preview' });
const card = (page: Page) => preview(page).getByRole('article');

async function openDefinition(page: Page, url: string, width = 1440, height = 900): Promise<void> {
  await page.setViewportSize({ width, height });
  await openStudio(page, url);
  await page.getByRole('tab', { name: 'Definition' }).click();
  await expect(page.getByRole('listbox', { name: 'Actions and triggers' })).toBeVisible();
}

async function choose(page: Page, operationId: string): Promise<void> {
  // The list is virtualised: the search brings the operation into it.
  await page.getByLabel('Search actions and triggers').fill(operationId);
  await page
    .getByRole('option')
    .filter({ has: page.locator('.operation-row-sub code', { hasText: new RegExp(`^${operationId}$`) }) })
    .click();
  await expect(page.getByLabel('Operation ID', { exact: true }).first()).toHaveValue(operationId);
  await expect(card(page)).toBeVisible();
}

type Obj = Record<string, unknown>;

/** The operation's parameters as the text declares them, `#/parameters` references followed. */
function declaredParameters(definition: Obj, path: string, method: string): Obj[] {
  const item = (definition.paths as Obj)[path] as Obj;
  const own = ((item[method] as Obj).parameters ?? []) as Obj[];
  return own.map((p) => {
    const ref = typeof p.$ref === 'string' ? /^#\/parameters\/(.+)$/.exec(p.$ref)?.[1] : undefined;
    return ref ? ((definition.parameters as Obj)[ref] as Obj) : p;
  });
}

/** A card field's control (an array is a group of its own). */
const control = (field: Locator) => field.locator('input, select, textarea').first();

/** The input's label as assistive technology reads it: the label, then "(required)" when it is. */
const accessibleLabel = (label: string, required: boolean) => (required ? `${label} (required)` : label);

async function expectCardAsTextSays(page: Page, definition: Obj, path: string, method: string): Promise<void> {
  const params = declaredParameters(definition, path, method).filter((p) => p.in !== 'body');
  const c = card(page);
  const showAll = c.getByRole('button', { name: 'Show all' });
  if (await showAll.count()) await expect(showAll).toHaveAttribute('aria-expanded', 'false');
  for (const p of params) {
    const summary = typeof p['x-ms-summary'] === 'string' ? p['x-ms-summary'] : (p.name as string);
    const field = c.locator(`[data-input="${p.name as string}"]`);
    if (p['x-ms-visibility'] === 'internal') {
      await expect(field, `${p.name} is internal`).toHaveCount(0);
    } else if (p['x-ms-visibility'] === 'advanced') {
      await expect(field, `${p.name} is advanced`).toHaveCount(0);
    } else {
      await expect(control(field), `${p.name} is labelled ${summary}`).toHaveAccessibleName(accessibleLabel(summary, p.required === true));
    }
  }
  if (await showAll.count()) {
    await showAll.click();
    await expect(c.getByRole('button', { name: 'Hide all' })).toHaveAttribute('aria-expanded', 'true');
    for (const p of params.filter((x) => x['x-ms-visibility'] === 'advanced')) {
      const summary = typeof p['x-ms-summary'] === 'string' ? p['x-ms-summary'] : (p.name as string);
      const field = c.locator(`[data-input="${p.name as string}"]`);
      await expect(control(field), `${p.name} is labelled ${summary}`).toHaveAccessibleName(accessibleLabel(summary, p.required === true));
    }
  }
  // Important inputs come first, the advanced ones last, in the card's order.
  const order = await c.locator('[data-input]').evaluateAll((els) => els.map((e) => e.getAttribute('data-input')));
  const group = (name: string | null) => {
    const v = params.find((p) => p.name === name)?.['x-ms-visibility'];
    return v === 'important' ? 0 : v === 'advanced' ? 2 : 1;
  };
  const groups = order.filter((n) => params.some((p) => p.name === n)).map(group);
  expect(groups).toEqual([...groups].sort());
}

async function seriousViolations(page: Page, within?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (within) builder.include(within);
  const results = await builder.analyze();
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

async function noSidewaysScroll(locator: Locator): Promise<void> {
  const { scroll, client } = await locator.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(scroll, 'scrollWidth vs clientWidth').toBeLessThanOrEqual(client + 1);
}

test('Exact Online Premium: labels, required marks and groups as the text says; display names; the Power Apps call', async ({
  page,
  workDir,
  startHost,
}) => {
  const dir = await copyCorpusConnector(workDir, EXACT);
  const definition = JSON.parse(readFileSync(path.join(dir, DEFINITION), 'utf8').replace(/^\uFEFF/, '')) as Obj;
  await openDefinition(page, (await startHost(dir)).url);
  await choose(page, 'GetValues');
  const c = card(page);
  await expect(c.getByText('Get values', { exact: true })).toBeVisible();
  await expectCardAsTextSays(page, definition, '/convert/PayloadToValues', 'patch');

  // The enum with x-ms-enum-values is a dropdown of its display names.
  const valueType = c.locator('[data-input="ValueType"] select');
  await expect(valueType).toHaveAccessibleName('Value Type (required)');
  await expect(valueType.locator('option')).toHaveText(['Choose a value', 'Table', 'Old Values', 'New Values']);
  // Its hint (the description the designer shows as the placeholder) is whole, under the select.
  await expect(valueType).toHaveAccessibleDescription('Select the value type for this operation.');
  // A dropdown another operation fills says which, and what it is given.
  await expect(c.getByText('Loaded from Get supported entity types (GetSupportedEntityTypes)')).toBeVisible();

  await expect(preview(page).locator('pre.formula')).toHaveText(
    "ExactOnlinePremium.GetValues(EntityType, ValueType, {'Content-Type': Text, Accept: Text, body: Text})",
  );
  await expect(
    preview(page).getByText('More tokens are loaded from Get schema definition (GetSchema), given Entity Type, Value Type'),
  ).toBeVisible();

  // A webhook trigger: the callback URL (internal) is absent, a field without x-ms-summary is flagged.
  await choose(page, 'SubscribeAccountChanged');
  await expect(c.getByText('Webhook trigger', { exact: true })).toBeVisible();
  await expect(c.getByText('Single', { exact: true })).toBeVisible();
  await expect(c.locator('[data-input="CallbackURL"]')).toHaveCount(0);
  await expect(c.getByText('1 internal input is not shown (x-ms-visibility: internal).')).toBeVisible();
  await expect(c.locator('[data-input="Company"]').getByText('no x-ms-summary')).toBeVisible();
  // Tokens named after their properties are notes, folded under one summary line.
  const notes = preview(page).getByText(/^\d+ notes on wording$/);
  await expect(notes).toBeVisible();
  await expect(preview(page).getByText(/The token "Content Topic" has no x-ms-summary or title/)).toBeHidden();
  await notes.click();
  await expect(preview(page).getByText(/The token "Content Topic" has no x-ms-summary or title/)).toBeVisible();
  expect(await seriousViolations(page, '.designer-preview'), 'the preview with problems and notes').toEqual([]);
  await expect(preview(page).getByText('Power Apps cannot call triggers: they start flows, not formulas.')).toBeVisible();
});

test('JIRA: every operation shows its inputs as the text says', async ({ page, workDir, startHost }) => {
  const dir = await copyCorpusConnector(workDir, JIRA);
  const definition = JSON.parse(readFileSync(path.join(dir, DEFINITION), 'utf8').replace(/^\uFEFF/, '')) as Obj;
  await openDefinition(page, (await startHost(dir)).url);
  const cases: [string, string, string][] = [
    ['CreateIssueV2', '/v2/issue', 'post'],
    ['OnNewIssue', '/new_issue_trigger/search', 'get'],
    ['GetIssue', '/issue/{issueKey}', 'get'],
    ['AddComment', '/issue/{issueKey}/comment', 'post'],
  ];
  for (const [id, p, method] of cases) {
    await choose(page, id);
    await expectCardAsTextSays(page, definition, p, method);
  }
  await choose(page, 'OnNewIssue');
  await expect(card(page).getByText('Batch: the flow runs once per item the trigger returns.')).toBeVisible();
  await expect(preview(page).getByText(/A batch trigger: the flow runs once per item/)).toBeVisible();
  await choose(page, 'CreateIssue');
  await expect(card(page).getByText('Deprecated', { exact: true })).toBeVisible();
});

test('editing x-ms-summary in the editor changes the preview', async ({ page, workDir, startHost }) => {
  const dir = await copyCorpusConnector(workDir, EXACT);
  const text = readFileSync(path.join(dir, DEFINITION), 'utf8');
  await openDefinition(page, (await startHost(dir)).url);
  await choose(page, 'GetValues');
  const valueType = card(page).locator('[data-input="ValueType"] select');
  await expect(valueType).toHaveAccessibleName('Value Type (required)');
  const key = '"x-ms-summary": "Value Type';
  const at = positionOf(text, key);
  await goToInEditor(page, at.line, at.column + key.length);
  await page.keyboard.type(' Kind');
  await expect(valueType).toHaveAccessibleName('Value Type Kind (required)');
});

test('a problem links to the checker finding and to the field that fixes it', async ({ page, workDir, startHost }) => {
  const dir = await writeConnector(path.join(workDir, 'tasks'), {
    definition: {
      swagger: '2.0',
      info: { title: 'Contoso Tasks', description: 'Tasks for the preview test.', version: '1.0' },
      host: 'api.contoso.com',
      basePath: '/',
      schemes: ['https'],
      paths: {
        '/tasks': {
          get: {
            operationId: 'ListTasks',
            parameters: [
              { name: 'top', in: 'query', type: 'integer', required: true, 'x-ms-summary': 'Top' },
              { name: 'filter', in: 'query', type: 'string', description: 'Which tasks.' },
            ],
            responses: { '200': { description: 'OK', schema: { type: 'object', properties: { id: { type: 'string' } } } } },
          },
        },
      },
    },
    properties: { properties: { iconBrandColor: '#0f6cbd', connectionParameters: {} } },
  });
  await openDefinition(page, (await startHost(dir)).url);
  await choose(page, 'ListTasks');
  const p = preview(page);
  await expect(p.locator('pre.formula')).toHaveText('ContosoTasks.ListTasks(top, {filter: Text})');
  await expect(card(page).getByText('ListTasks', { exact: true })).toBeVisible();

  // The missing summary: the checker reports it too, and the link goes to its finding.
  await expect(p.getByRole('button', { name: 'Checker: OperationSummaryRequired' })).toBeVisible({ timeout: 30_000 });
  await p.getByRole('button', { name: 'Edit Summary' }).click();
  const summary = page.locator('.operation-details').getByLabel('Summary', { exact: true }).first();
  await expect(summary).toBeFocused();
  await summary.fill('List tasks');
  await expect(card(page).getByText('List tasks', { exact: true })).toBeVisible();

  // The unlabelled parameter: its form opens with its Summary field focused.
  await p.getByRole('button', { name: 'Edit the parameter’s Summary' }).click();
  const paramSummary = page.locator('.parameter-form').getByLabel('Summary', { exact: true });
  await expect(paramSummary).toBeFocused();
  await paramSummary.fill('Filter');
  await expect(card(page).getByLabel('Filter', { exact: true })).toBeVisible();
  await expect(p.getByText('"filter" has no x-ms-summary')).toHaveCount(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the preview is axe-core clean and fits 1280x800 (${scheme}); screenshot`, async ({ page, workDir, startHost }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const dir = await copyCorpusConnector(workDir, EXACT);
    await openDefinition(page, (await startHost(dir)).url, 1280, 800);
    await choose(page, 'GetValues');
    await card(page).getByRole('button', { name: 'Show all' }).click();
    await expect(card(page).getByLabel('Accept header', { exact: true })).toBeVisible();
    await noSidewaysScroll(preview(page));
    expect(await seriousViolations(page), `Definition tab with the preview, ${scheme}`).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, `${scheme}-designer-preview-1280.png`) });

    // With the editor hidden on a wide screen the operation pane is wide: the preview stands beside the form.
    await page.setViewportSize({ width: 1800, height: 1100 });
    await page.getByRole('button', { name: 'Hide editor' }).click();
    const box = await preview(page).boundingBox();
    const form = await page.locator('.operation-details').boundingBox();
    expect(box && form && box.x > form.x + form.width - 1).toBe(true);
    await noSidewaysScroll(page.getByRole('tabpanel', { name: 'Definition' }));
    expect(await seriousViolations(page), `Definition tab, preview beside the form, ${scheme}`).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, `${scheme}-designer-preview.png`) });

    // The preview can be hidden and shown again from the keyboard.
    const toggle = page.getByRole('button', { name: 'Hide designer preview' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(preview(page)).toHaveCount(0);
    await page.getByRole('button', { name: 'Show designer preview' }).press('Enter');
    await expect(preview(page)).toBeVisible();
  });
}
