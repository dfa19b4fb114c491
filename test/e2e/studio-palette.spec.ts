// The command palette in real Chromium: Ctrl+Shift+P opens it from anywhere (the editor included),
// typing filters the commands, Enter runs the active one (a tab, an operation, an editor file), the
// arrow keys move through the list, Escape closes it and gives focus back; keyboard only; axe with
// it open, in light and dark.
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect as baseExpect, REPO_ROOT, test, writeConnector } from './fixtures';
import { focusEditor } from './studio-support';

const SHOTS = path.join(REPO_ROOT, 'test-results', 'studio-screenshots');

test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

const DEFINITION = {
  swagger: '2.0',
  info: { title: 'Contoso Tickets', description: 'Lists, creates and closes the tickets of the Contoso help desk.', version: '1.0' },
  host: 'tickets.contoso.com',
  basePath: '/api',
  schemes: ['https'],
  paths: {
    '/tickets': {
      get: { operationId: 'ListTickets', summary: 'List tickets', responses: { '200': { description: 'OK' } } },
      post: { operationId: 'CreateTicket', summary: 'Create a ticket', responses: { '201': { description: 'Created' } } },
    },
  },
};

const PROPERTIES = {
  properties: { connectionParameters: {}, iconBrandColor: '#da3b01', capabilities: [], publisher: 'Contoso', stackOwner: 'Contoso' },
};

async function openStudio(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('.monaco-editor').first()).toBeVisible({ timeout: 90_000 });
  await expect(page.getByLabel('Connector name')).toHaveValue('Contoso Tickets');
}

const palette = (page: Page) => page.getByRole('dialog', { name: 'Command palette' });
const combobox = (page: Page) => palette(page).getByRole('combobox', { name: 'Type a command' });

test('Ctrl+Shift+P, "Security", Enter shows the Security tab; arrows, Escape and focus; axe', async ({ page, workDir, startHost }) => {
  const dir = await writeConnector(path.join(workDir, 'contoso'), { definition: DEFINITION, properties: PROPERTIES });
  const host = await startHost(dir);
  await page.setViewportSize({ width: 1440, height: 900 });
  await openStudio(page, host.url);

  // From the editor: the editor does not keep the shortcut for itself.
  await focusEditor(page);
  await page.keyboard.press('Control+Shift+P');
  await expect(palette(page)).toBeVisible();
  await expect(combobox(page)).toBeFocused();
  await expect(combobox(page)).toHaveAttribute('aria-expanded', 'true');
  const options = palette(page).getByRole('option');
  await expect(options.first()).toHaveText(/Go to General \(shown\)/);
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(combobox(page)).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id'))!);

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      serious.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      scheme,
    ).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, `${scheme}-command-palette.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });

  await page.keyboard.type('Security');
  await expect(options.first()).toHaveText(/^Go to Security/);
  await page.keyboard.press('Enter');
  await expect(palette(page)).toBeHidden();
  await expect(page.getByRole('tab', { name: 'Security' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Security' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Security' })).toBeFocused();

  // Escape closes and gives focus back where it was.
  const undo = page.getByRole('button', { name: 'Undo' });
  await undo.focus();
  await page.keyboard.press('Control+Shift+P');
  await expect(palette(page)).toBeVisible();
  await page.keyboard.type('zzzz');
  await expect(palette(page).getByRole('status')).toHaveText('No command matches.');
  await page.keyboard.press('Enter');
  await expect(palette(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(palette(page)).toBeHidden();
  await expect(undo).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Security' })).toHaveAttribute('aria-selected', 'true');

  // An operation by its id, chosen with the arrow keys: the Definition tab shows it.
  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.type('operation');
  await expect(options).toHaveText([/Go to operation ListTickets/, /Go to operation CreateTicket/]);
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Definition' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('Operation ID')).toHaveValue('CreateTicket');
  // And by its summary, as the designer names it.
  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.type('list tickets');
  await expect(options).toHaveText([/Go to operation ListTickets\s*List tickets · GET \/tickets/]);
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Operation ID')).toHaveValue('ListTickets');

  // The other file in the editor; the command is gone from the list once it is shown.
  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.type('apiProperties');
  await expect(options).toHaveText([/Show apiProperties\.json in the editor/]);
  await page.keyboard.press('Enter');
  await expect(page.locator('.monaco-host')).toHaveAttribute('data-file', 'apiProperties.json');

  // Hide the form, then bring it back with "Go to General".
  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.type('hide form');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Show form' })).toBeVisible();
  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.type('general');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Hide form' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'General' })).toBeFocused();

  // The toolbar button opens it too.
  await page.getByRole('button', { name: 'Commands' }).click();
  await expect(combobox(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Commands' })).toBeFocused();
});

// Axe checks every tab in light and dark in studio-offline-a11y.spec.ts; here each tab is reached
// through the palette alone.
test('every tab is reached through the palette', async ({ page, workDir, startHost }) => {
  const dir = await writeConnector(path.join(workDir, 'contoso'), { definition: DEFINITION, properties: PROPERTIES });
  const host = await startHost(dir);
  await page.setViewportSize({ width: 1440, height: 900 });
  await openStudio(page, host.url);
  for (const tab of ['Security', 'Definition', 'Code', 'Test', 'Certification', 'General']) {
    await page.keyboard.press('Control+Shift+P');
    await combobox(page).fill(`go to ${tab}`);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel', { name: tab })).toBeVisible();
  }
  // The File menu's commands are there too.
  await page.keyboard.press('Control+Shift+P');
  await combobox(page).fill('export');
  await expect(palette(page).getByRole('option').first()).toHaveText(/^Export package/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Export package' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Shift+P');
  await combobox(page).fill('new connector');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'New connector' })).toBeVisible();
});

// The desktop app's native menu (main/app-menu.ts) reaches the page through the preload's
// window.studioMenu. Electron cannot run here, so a stand-in delivers the commands the same way
// (the preload's own filtering is unit-tested in electron-shell.test.ts); the page's handling is real.
test('native menu commands: palette, save, undo and redo, export, new; ignored while a dialog is open', async ({
  page,
  workDir,
  startHost,
}) => {
  const dir = await writeConnector(path.join(workDir, 'contoso'), { definition: DEFINITION, properties: PROPERTIES });
  const host = await startHost(dir);
  await page.addInitScript(() => {
    const listeners = new Set<(command: string) => void>();
    const w = globalThis as unknown as { studioMenu: unknown; sendMenuCommand(command: string): void };
    w.studioMenu = Object.freeze({
      onCommand(listener: (command: string) => void) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    });
    w.sendMenuCommand = (command) => listeners.forEach((l) => l(command));
  });
  await page.setViewportSize({ width: 1440, height: 900 });
  await openStudio(page, host.url);
  const menu = (command: string) =>
    page.evaluate((c) => (globalThis as unknown as { sendMenuCommand(c: string): void }).sendMenuCommand(c), command);

  await menu('command-palette');
  await expect(combobox(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(palette(page)).toBeHidden();

  await page.getByLabel('Host', { exact: true }).fill('desk.contoso.com');
  await expect(page.getByText('Unsaved changes')).toBeVisible();
  await menu('save');
  await expect(page.getByText('Unsaved changes')).toBeHidden();
  await expect
    .poll(async () => JSON.parse(await readFile(path.join(dir, 'apiDefinition.swagger.json'), 'utf8')).host)
    .toBe('desk.contoso.com');

  // Edit > Undo and Redo: in the editor, the studio's history (back to the saved text); in a form
  // field, the field's own undo, whose value then reaches the text like any typing.
  await page.locator('.monaco-host .monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' ');
  await expect(page.getByText('Unsaved changes')).toBeVisible();
  await menu('undo');
  await expect(page.getByText('Unsaved changes')).toBeHidden();
  await menu('redo');
  await expect(page.getByText('Unsaved changes')).toBeVisible();
  await menu('undo');
  await expect(page.getByText('Unsaved changes')).toBeHidden();
  const hostField = page.getByLabel('Host', { exact: true });
  await hostField.click();
  await hostField.press('End');
  await hostField.pressSequentially('.eu');
  await expect(hostField).toHaveValue('desk.contoso.com.eu');
  // As with Ctrl+Z in a field, each undo takes back one run of typing (Chromium splits at the dot).
  await menu('undo');
  await expect(hostField).not.toHaveValue('desk.contoso.com.eu');
  await expect
    .poll(async () => {
      if ((await hostField.inputValue()) !== 'desk.contoso.com') await menu('undo');
      return hostField.inputValue();
    })
    .toBe('desk.contoso.com');
  // Once the field is left it shows the text's value: the undone one.
  await page.getByRole('tab', { name: 'General' }).click();
  await expect(hostField).toHaveValue('desk.contoso.com');

  await menu('export-package');
  await expect(page.getByRole('dialog', { name: 'Export package' })).toBeVisible();
  await menu('new-connector');
  // Nothing to wait for when nothing happens: give React a few frames to show a dialog it should not.
  await page.waitForTimeout(300);
  await expect(page.getByRole('dialog', { name: 'New connector' })).toBeHidden();
  await expect(page.getByRole('dialog', { name: 'Export package' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Export package' })).toBeHidden();
  await menu('new-connector');
  await expect(page.getByRole('dialog', { name: 'New connector' })).toBeVisible();
});
