// Layout at two laptop sizes (1280x800 and 1440x900) with the largest corpus connector (Encodian, 1.1 MB): no tab
// scrolls sideways, also with a response schema and one of its properties open and after Import from
// sample, and no label, badge, select or button is cut off. Text cut off is measured as the browser
// lays it out: an element whose content is wider than its box (scrollWidth > clientWidth), and a
// select whose chosen option's text is wider than the room its box leaves beside the arrow. Also a
// polling trigger's $filter (MicrosoftGraphSecurity) shown whole and axe-clean in light and dark,
// and the New action dialog's labels aligned with their fields.
import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { copyCorpusConnector, openStudio } from './studio-support';

test.describe.configure({ timeout: 180_000 });

const SHOTS = path.join('test-results', 'screenshots');

/**
 * What in the visible tab panel overflows sideways or is cut off, one line each (empty when nothing).
 * Page code, as a string: the tests' own type-check has no DOM types.
 */
const LAYOUT_PROBLEMS = `(() => {
    const panel = document.querySelector('.tab-panel:not([hidden])');
    if (!panel) return ['no tab panel is shown'];
    const problems = [];
    const name = (el) => \`\${el.tagName.toLowerCase()}\${el.className ? \`.\${String(el.className).split(' ').join('.')}\` : ''}\`;
    const text = (el) => (el.textContent ?? '').replace(/\\s+/g, ' ').trim().slice(0, 60);
    // The innermost elements that reach past a scrolling element's right edge.
    const beyond = (box) => {
      const edge = box.getBoundingClientRect().right;
      const past = [...box.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > edge + 1);
      const innermost = past.filter((el) => !past.some((other) => other !== el && el.contains(other))).slice(0, 5);
      return innermost.map((el) => \`\${name(el)} "\${text(el)}"\`).join(', ');
    };
    if (panel.scrollWidth > panel.clientWidth + 1) {
      problems.push(\`the tab scrolls sideways: \${panel.scrollWidth} px in \${panel.clientWidth} px (\${beyond(panel)})\`);
    }
    const visible = (el) => el.offsetParent !== null && el.clientWidth > 0;
    for (const el of panel.querySelectorAll('*')) {
      if (!visible(el) || el.closest('.monaco-editor')) continue;
      const style = getComputedStyle(el);
      if ((style.overflowX === 'auto' || style.overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1) {
        problems.push(\`\${name(el)} scrolls sideways: \${el.scrollWidth} px in \${el.clientWidth} px (\${beyond(el)})\`);
      }
    }
    for (const el of panel.querySelectorAll('label, legend, button, .badge, th, h2, h3, h4, .method')) {
      if (!visible(el) || el.closest('.monaco-editor')) continue;
      if (el.scrollWidth > el.clientWidth + 1) problems.push(\`\${name(el)} "\${text(el)}" is cut off: \${el.scrollWidth} px in \${el.clientWidth} px\`);
    }
    // A select shows its chosen option in the box less its padding, border and the arrow (about 20 px).
    const canvas = document.createElement('canvas').getContext('2d');
    for (const el of panel.querySelectorAll('select')) {
      if (!visible(el)) continue;
      const style = getComputedStyle(el);
      canvas.font = \`\${style.fontStyle} \${style.fontWeight} \${style.fontSize} \${style.fontFamily}\`;
      const shown = el.selectedOptions[0]?.text ?? '';
      const room =
        el.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight) - 20;
      const needs = canvas.measureText(shown).width;
      if (needs > room + 1) problems.push(\`select "\${shown}" is cut off: \${Math.round(needs)} px in \${Math.round(room)} px\`);
    }
    // The designer preview's text boxes grow to show their text or placeholder whole.
    for (const el of panel.querySelectorAll('.designer-preview textarea')) {
      if (!visible(el)) continue;
      if (el.scrollHeight > el.clientHeight + 1) problems.push(\`preview text "\${el.value || el.placeholder}" is cut off\`);
    }
    // A placeholder is read as a label when the field is empty.
    for (const el of panel.querySelectorAll('input[placeholder]')) {
      if (!visible(el) || el.value !== '') continue;
      const style = getComputedStyle(el);
      canvas.font = \`\${style.fontStyle} \${style.fontWeight} \${style.fontSize} \${style.fontFamily}\`;
      const room = el.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
      const extra = el.type === 'search' ? 16 : 0; // the clear button
      if (canvas.measureText(el.placeholder).width + extra > room + 1) problems.push(\`placeholder "\${el.placeholder}" is cut off\`);
    }
    return problems;
})()`;

async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(LAYOUT_PROBLEMS);
}

async function expectFits(page: Page, where: string): Promise<void> {
  const problems = await layoutProblems(page);
  expect(problems, `${where}:\n${problems.join('\n')}`).toEqual([]);
}

for (const { width, height } of [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
]) {
  test.describe(`at ${width}x${height}`, () => {
    test.use({ viewport: { width, height } });

    test(`Encodian at ${width}x${height}: no tab scrolls sideways and nothing is cut off`, async ({ page, workDir, startHost }) => {
      const dir = await copyCorpusConnector(workDir, 'certified-connectors/Encodian');
      const host = await startHost(dir);
      await openStudio(page, host.url);
      await expect(page.getByLabel('Host')).toHaveValue('api.apps-encodian.com');

      for (const tab of ['General', 'Security', 'Code', 'Test', 'Certification']) {
        await page.getByRole('tab', { name: tab }).click();
        await expect(page.getByRole('tabpanel', { name: tab })).toBeVisible();
        // The Certification tab fills in once the worker has checked the connector.
        if (tab === 'Certification') await expect(page.getByRole('tabpanel', { name: tab }).getByRole('heading').first()).toBeVisible();
        await expectFits(page, `${tab} tab`);
        if (tab === 'Code') {
          // Code disabled, 219 operations: the list scrolls, and the keyboard reaches it.
          const axe = await new AxeBuilder({ page }).include('#panel-code').analyze();
          expect(
            axe.violations
              .filter((v) => v.impact === 'serious' || v.impact === 'critical')
              .map(
                (v) =>
                  `${v.id}: ${v.help} ${v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)} ${n.failureSummary ?? ''}`).join(', ')}`,
              ),
          ).toEqual([]);
        }
      }

      // Definition: an operation whose 200 response has a schema, the response and a property open.
      await page.getByRole('tab', { name: 'Definition' }).click();
      const rows = page.getByRole('listbox', { name: 'Actions and triggers' }).getByRole('option');
      await page.getByLabel('Search actions and triggers').fill('SignPdf');
      await rows.filter({ hasText: 'SignPdf' }).first().click();
      const responses = page.getByRole('group', { name: 'Response', exact: true });
      await responses.getByRole('button', { name: '200', exact: true }).click();
      const tree = responses.getByRole('table', { name: /Schema of the 200 response of SignPdf/ });
      await expect(tree.getByRole('columnheader', { name: 'Visibility' })).toBeVisible();
      await tree.getByRole('button', { name: 'HttpStatusCode' }).click();
      await expect(responses.getByRole('group', { name: /Schema property HttpStatusCode/ })).toBeVisible();
      await expectFits(page, 'Definition tab, response schema open');
      // Every column of the schema table is inside the pane.
      const pane = (await page.locator('.tab-panel:not([hidden])').boundingBox())!;
      for (const column of ['Property', 'Type', 'Required', 'Title', 'Visibility']) {
        const cell = (await tree.getByRole('columnheader', { name: column }).boundingBox())!;
        expect(cell.x + cell.width, `${column} column`).toBeLessThanOrEqual(pane.x + pane.width);
      }
      // Badges in the list: a webhook trigger's stays whole.
      await page.getByLabel('Search actions and triggers').fill('webhook');
      await expect(rows.locator('.badge').first()).toBeVisible();
      await expectFits(page, 'Definition tab, webhook trigger in the list');
      await page.screenshot({ path: path.join(SHOTS, `layout-definition-${width}.png`) });

      // Import from sample, then the new schema open.
      await page.getByLabel('Search actions and triggers').fill('SignPdf');
      await rows.filter({ hasText: 'SignPdf' }).first().click();
      await responses.getByRole('button', { name: 'Import from sample' }).click();
      const dialog = page.getByRole('dialog', { name: 'Import from sample: response' });
      await dialog.getByLabel('Status').fill('201');
      await dialog
        .getByLabel('Body')
        .fill(JSON.stringify({ documentIdentifierWithAVeryLongNameThatDoesNotBreak: 'x', pages: [{ number: 1, text: 'abc' }] }));
      await dialog.getByRole('button', { name: 'Import' }).click();
      await expect(dialog).toBeHidden();
      await expect(responses.getByRole('table', { name: /Schema of the 201 response of SignPdf/ })).toBeVisible();
      await expectFits(page, 'Definition tab after Import from sample');

      // References and Policies.
      for (const section of ['References', 'Policies']) {
        await page.getByRole('button', { name: section, exact: true }).click();
        await expect(page.getByRole('heading', { name: section, exact: true })).toBeVisible();
        await expectFits(page, `Definition tab, ${section}`);
      }
    });

    test(`a polling trigger's $filter at ${width}x${height}: shown whole`, async ({ page, workDir, startHost }) => {
      const dir = await copyCorpusConnector(workDir, 'certified-connectors/MicrosoftGraphSecurity');
      const host = await startHost(dir);
      await openStudio(page, host.url);
      await page.getByRole('tab', { name: 'Definition' }).click();
      await page.getByLabel('Search actions and triggers').fill('OnNewHighSeverityAlerts');
      const rows = page.getByRole('listbox', { name: 'Actions and triggers' }).getByRole('option');
      await rows.filter({ hasText: 'OnNewHighSeverityAlerts' }).first().click();
      const filter = page.getByLabel('$filter', { exact: true });
      await expect(filter).toHaveValue("Severity eq 'High' and lastModifiedDateTime gt @{triggerBody().value[0].lastModifiedDateTime}");
      await filter.scrollIntoViewIfNeeded();
      // Every line of the value in its box, none past its edge.
      const box = await filter.evaluate((el) => ({ sw: el.scrollWidth, cw: el.clientWidth, sh: el.scrollHeight, ch: el.clientHeight }));
      expect(box.sw, 'the value is not wider than its box').toBeLessThanOrEqual(box.cw + 1);
      expect(box.sh, 'the value is not taller than its box').toBeLessThanOrEqual(box.ch + 1);
      await expectFits(page, 'Definition tab, polling trigger');
      // The trigger's settings and its designer preview, light and dark: nothing serious for axe.
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const axe = await new AxeBuilder({ page }).include('.tab-panel:not([hidden])').analyze();
        expect(
          axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`),
          `polling trigger, ${colorScheme}`,
        ).toEqual([]);
      }
      await page.screenshot({ path: path.join(SHOTS, `layout-polling-trigger-${width}.png`) });
    });

    test(`the New action dialog at ${width}x${height}: each label over its field`, async ({ page, workDir, startHost }) => {
      const dir = await copyCorpusConnector(workDir, 'certified-connectors/MicrosoftGraphSecurity');
      const host = await startHost(dir);
      await openStudio(page, host.url);
      await page.getByRole('tab', { name: 'Definition' }).click();
      await page.getByRole('button', { name: 'New action' }).click();
      const dialog = page.getByRole('dialog', { name: /New action/ });
      await expect(dialog).toBeVisible();
      await page.screenshot({ path: path.join(SHOTS, `layout-new-action-${width}.png`) });
      // A label starts where its field starts and sits right above it.
      for (const name of ['Verb', 'URL', 'Operation ID', 'Summary']) {
        const label = (await dialog.locator('label', { hasText: new RegExp(`^${name}$`) }).boundingBox())!;
        const field = (await dialog.getByLabel(name, { exact: true }).boundingBox())!;
        expect(Math.abs(label.x - field.x), `${name}: label and field left edges`).toBeLessThanOrEqual(1);
        expect(field.y - (label.y + label.height), `${name}: field right below its label`).toBeGreaterThanOrEqual(0);
        expect(field.y - (label.y + label.height), `${name}: field right below its label`).toBeLessThanOrEqual(8);
      }
      // The verb and the URL side by side: their labels on one line, their fields on one line.
      const verb = (await dialog.getByLabel('Verb', { exact: true }).boundingBox())!;
      const url = (await dialog.getByLabel('URL', { exact: true }).boundingBox())!;
      expect(Math.abs(verb.y - url.y), 'Verb and URL fields on one line').toBeLessThanOrEqual(1);
      expect(Math.abs(verb.height - url.height), 'Verb and URL fields of one height').toBeLessThanOrEqual(1);
      await expectFits(page, 'New action dialog');
    });
  });
}
