// The Security tab on real connectors (temporary copies from the corpus): one field is one changed
// line on disk, a switch of type writes a consistent pair into both files (seen in Monaco and on
// disk), the client secret goes to the keychain through main and never into a file, and axe finds
// no serious problem in any of the tab's states (photographed into test-results/).
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, REPO_ROOT, test } from './fixtures';
import { copyCorpusConnector, editorOf, showFile } from './studio-support';
import { KEYCHAIN_SERVICE, loadKeytar } from '../../main/services/secret-store';
import { keychainAvailable } from '../support/keychain-available';

const API_KEY_CONNECTOR = 'certified-connectors/365Training';
const DEFINITION = 'apiDefinition.swagger.json';
const PROPERTIES = 'apiProperties.json';
const SHOTS = path.join(REPO_ROOT, 'test-results', 'studio-screenshots');

test.describe.configure({ timeout: 120_000 });

const saveState = (page: Page) => page.locator('.save-state');
const panel = (page: Page) => page.getByRole('tabpanel', { name: 'Security' });

function changedLines(before: string, after: string): { before: string; after: string }[] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length, 'the number of lines').toBe(a.length);
  return a.flatMap((line, i) => (line === b[i] ? [] : [{ before: line, after: b[i]! }]));
}

const json = (file: string) => JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));

async function openSecurity(page: Page, dir: string, startHost: (dir?: string) => Promise<{ url: string }>): Promise<void> {
  const host = await startHost(dir);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(host.url);
  // Monaco loads on demand: on a busy two-core machine that can take longer than one expect.
  await expect(page.locator('.monaco-editor').first()).toBeVisible({ timeout: 45_000 });
  await page.getByRole('tab', { name: 'Security' }).click();
  await expect(panel(page)).toBeVisible();
}

/** Serious and critical axe findings in the Security tab's panel. */
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

test('API key: the Parameter name and location edited in the form are saved as changes of exactly those lines', async ({
  page,
  workDir,
  startHost,
}) => {
  const dir = await copyCorpusConnector(workDir, API_KEY_CONNECTOR);
  const defFile = path.join(dir, DEFINITION);
  const propsFile = path.join(dir, PROPERTIES);
  const defBefore = readFileSync(defFile, 'utf8');
  const propsBefore = readFileSync(propsFile);
  await openSecurity(page, dir, startHost);

  const p = panel(page);
  await expect(p.getByLabel('Authentication type')).toHaveValue('apiKey');
  await expect(p.getByLabel('Parameter label')).toHaveValue('API Key');
  await expect(p.getByLabel('Parameter name')).toHaveValue('Ocp-Apim-Subscription-Key');
  await expect(p.getByLabel('Parameter location')).toHaveValue('header');

  await p.getByLabel('Parameter name').fill('X-Training-Key');
  await expect(saveState(page)).toHaveText('Unsaved changes');
  // The form's edit is on the editor's undo stack.
  await expect(page.locator('.monaco-host')).toHaveAttribute('data-file', DEFINITION);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(p.getByLabel('Parameter name')).toHaveValue('Ocp-Apim-Subscription-Key');
  await expect(saveState(page)).toHaveText('No unsaved changes');
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(p.getByLabel('Parameter name')).toHaveValue('X-Training-Key');
  await p.getByLabel('Parameter location').selectOption('query');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(saveState(page)).toHaveText(`Saved ${DEFINITION}.`);

  expect(changedLines(defBefore, readFileSync(defFile, 'utf8'))).toEqual([
    { before: '      "in": "header",', after: '      "in": "query",' },
    { before: '      "name": "Ocp-Apim-Subscription-Key"', after: '      "name": "X-Training-Key"' },
  ]);
  // apiProperties.json had nothing to change, so it was not written.
  expect(readFileSync(propsFile).equals(propsBefore)).toBe(true);

  // The label lives in apiProperties.json: one line there, nothing in the definition.
  const defSaved = readFileSync(defFile, 'utf8');
  const propsText = propsBefore.toString('utf8');
  await p.getByLabel('Parameter label').fill('Training key');
  await p.getByLabel('Parameter label').press('Tab');
  await page.keyboard.press('Control+S');
  await expect(saveState(page)).toHaveText(`Saved ${PROPERTIES}.`);
  expect(changedLines(propsText, readFileSync(propsFile, 'utf8'))).toEqual([
    { before: '          "displayName": "API Key",', after: '          "displayName": "Training key",' },
  ]);
  expect(readFileSync(defFile, 'utf8')).toBe(defSaved);
});

test('switching to OAuth 2.0 writes a consistent security definition and token parameter into both files', async ({
  page,
  workDir,
  startHost,
}) => {
  const dir = await copyCorpusConnector(workDir, API_KEY_CONNECTOR);
  const defFile = path.join(dir, DEFINITION);
  const propsFile = path.join(dir, PROPERTIES);
  const defBefore = readFileSync(defFile, 'utf8');
  await openSecurity(page, dir, startHost);
  const p = panel(page);

  await p.getByLabel('Authentication type').selectOption('oauth2');
  await expect(p.getByLabel('Identity Provider')).toHaveValue('oauth2');
  await p.getByLabel('Client ID').fill('studio-client');
  await p.getByLabel('Authorization URL').fill('https://id.contoso.com/authorize');
  await p.getByLabel('Token URL').fill('https://id.contoso.com/token');
  await p.getByLabel('Scope').fill('read write');
  await p.getByLabel('Scope').press('Tab');

  // Monaco shows both files changed together.
  await expect(page.locator('.monaco-host')).toHaveAttribute('data-file', PROPERTIES);
  const lines = editorOf(page).locator('.view-lines');
  await expect(lines).toContainText('"identityProvider": "oauth2"');
  await expect(lines).toContainText('"clientId": "studio-client"');
  await expect(lines).toContainText('"value": "https://id.contoso.com/authorize"');
  await expect(lines).not.toContainText('api_key');
  await showFile(page, DEFINITION);
  await editorOf(page).locator('textarea').focus();
  await page.keyboard.press('Control+F');
  await page.keyboard.type('"securityDefinitions"');
  await page.keyboard.press('Escape');
  await expect(lines).toContainText('"oauth2_auth": {');
  await expect(lines).toContainText('"authorizationUrl": "https://id.contoso.com/authorize"');
  await expect(lines).toContainText('"tokenUrl": "https://id.contoso.com/token"');
  await expect(lines).toContainText('"read": "read"');

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(saveState(page)).toHaveText(`Saved ${DEFINITION} and ${PROPERTIES}.`);
  const def = json(defFile);
  const props = json(propsFile);
  expect(def.securityDefinitions).toEqual({
    oauth2_auth: {
      type: 'oauth2',
      flow: 'accessCode',
      authorizationUrl: 'https://id.contoso.com/authorize',
      tokenUrl: 'https://id.contoso.com/token',
      scopes: { read: 'read', write: 'write' },
    },
  });
  expect(def.security).toEqual([{ oauth2_auth: [] }]);
  expect(Object.keys(props.properties.connectionParameters)).toEqual(['token']);
  expect(props.properties.connectionParameters.token.oAuthSettings).toEqual({
    identityProvider: 'oauth2',
    clientId: 'studio-client',
    scopes: ['read', 'write'],
    redirectMode: 'GlobalPerConnector',
    properties: { IsFirstParty: 'False' },
    customParameters: {
      authorizationUrl: { value: 'https://id.contoso.com/authorize' },
      tokenUrl: { value: 'https://id.contoso.com/token' },
      refreshUrl: { value: '' },
    },
  });

  // Entra ID: its fields, the tenant claim, and URLs that follow the login URL and tenant.
  await p.getByLabel('Identity Provider').selectOption('aad');
  await expect(p.getByLabel('Login URL')).toHaveValue('https://login.windows.net');
  await p.getByLabel('Tenant ID').fill('contoso.onmicrosoft.com');
  await p.getByLabel('Resource URL').fill('https://graph.microsoft.com/');
  await p.getByLabel('Enable on-behalf-of login').selectOption('true');
  await expect(p.getByLabel('Enable on-behalf-of login')).toHaveValue('true');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(saveState(page)).toHaveText(/^Saved /);
  const aadTexts = [readFileSync(defFile, 'utf8'), readFileSync(propsFile, 'utf8')];
  const aad = json(propsFile).properties.connectionParameters;
  expect(aad.token.oAuthSettings.identityProvider).toBe('aad');
  expect(aad.token.oAuthSettings.customParameters).toEqual({
    loginUri: { value: 'https://login.windows.net' },
    tenantId: { value: 'contoso.onmicrosoft.com' },
    resourceUri: { value: 'https://graph.microsoft.com/' },
    enableOnbehalfOfLogin: { value: 'true' },
  });
  expect(aad['token:TenantId'].metadata.sourceType).toBe('AzureActiveDirectoryTenant');
  expect(json(defFile).securityDefinitions.oauth2_auth.tokenUrl).toBe('https://login.windows.net/contoso.onmicrosoft.com/oauth2/token');

  // Back to API Key: the pair returns in the portal's shapes with the key's name as it was before the
  // switch (remembered while the connector is open), and nothing of OAuth is left.
  await p.getByLabel('Authentication type').selectOption('apiKey');
  await expect(p.getByLabel('Parameter name')).toHaveValue('Ocp-Apim-Subscription-Key');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(saveState(page)).toHaveText(/^Saved /);
  expect(json(defFile).securityDefinitions).toEqual({ 'API Key': { type: 'apiKey', in: 'header', name: 'Ocp-Apim-Subscription-Key' } });
  expect(Object.keys(json(propsFile).properties.connectionParameters)).toEqual(['api_key']);
  // Every line of the definition outside its security members is as it was.
  const outside = (t: string) => t.slice(0, t.indexOf('"securityDefinitions"'));
  expect(outside(readFileSync(defFile, 'utf8'))).toBe(outside(defBefore));

  // The switch changed both files as one action: one Ctrl+Z in the editor undoes it in both, and one
  // Ctrl+Shift+Z redoes it in both.
  const apiKeyTexts = [readFileSync(defFile, 'utf8'), readFileSync(propsFile, 'utf8')];
  await editorOf(page).locator('.view-lines').click();
  await page.keyboard.press('Control+Z');
  await expect(p.getByLabel('Authentication type')).toHaveValue('oauth2');
  await expect(p.getByLabel('Identity Provider')).toHaveValue('aad');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(saveState(page)).toHaveText(`Saved ${DEFINITION} and ${PROPERTIES}.`);
  expect([readFileSync(defFile, 'utf8'), readFileSync(propsFile, 'utf8')]).toEqual(aadTexts);
  await editorOf(page).locator('.view-lines').click();
  await page.keyboard.press('Control+Shift+Z');
  await expect(p.getByLabel('Authentication type')).toHaveValue('apiKey');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(saveState(page)).toHaveText(`Saved ${DEFINITION} and ${PROPERTIES}.`);
  expect([readFileSync(defFile, 'utf8'), readFileSync(propsFile, 'utf8')]).toEqual(apiKeyTexts);

  // And back to OAuth 2.0: Entra ID with its client ID, tenant, resource and URLs as they were.
  await p.getByLabel('Authentication type').selectOption('oauth2');
  await expect(p.getByLabel('Identity Provider')).toHaveValue('aad');
  await expect(p.getByLabel('Client ID')).toHaveValue('studio-client');
  await expect(p.getByLabel('Tenant ID')).toHaveValue('contoso.onmicrosoft.com');
  await expect(p.getByLabel('Resource URL')).toHaveValue('https://graph.microsoft.com/');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(saveState(page)).toHaveText(/^Saved /);
  expect([readFileSync(defFile, 'utf8'), readFileSync(propsFile, 'utf8')].map((t) => JSON.parse(t.replace(/^\uFEFF/, '')))).toEqual(
    aadTexts.map((t) => JSON.parse(t.replace(/^\uFEFF/, ''))),
  );
  await p.getByLabel('Authentication type').selectOption('apiKey');
  await expect(p.getByLabel('Parameter name')).toHaveValue('Ocp-Apim-Subscription-Key');
});

test('the client secret goes to the OS keychain through main, survives a restart, never into a file', async ({
  page,
  workDir,
  startHost,
}) => {
  // npm test runs this under scripts/with-keychain.sh (a private gnome-keyring); CI requires it.
  const keychain = await keychainAvailable("the Security tab's keychain test is");
  test.skip(!keychain, 'no OS keychain here');
  const dir = await copyCorpusConnector(workDir, 'custom-connectors/Facebook');
  await openSecurity(page, dir, startHost);
  const p = panel(page);
  await expect(p.getByLabel('Identity Provider')).toHaveValue('facebook');
  const secret = p.getByLabel('Client secret');
  await expect(secret).toHaveAttribute('type', 'password');
  const status = p.getByRole('status').filter({ hasText: /keychain|available|secret/i });
  await expect(status).not.toHaveText('Checking the system keychain…');

  const value = `e2e-s3cret-${Date.now().toString(36)}`;
  await secret.fill(value);
  await p.getByRole('button', { name: 'Store in keychain' }).click();
  await expect(status).toHaveText('A client secret is stored in the system keychain, never in the connector files.');
  await expect(status).not.toContainText(value);
  // In the OS keychain under the app's name; nothing written into the connector's text.
  const keytar = await loadKeytar();
  expect((await keytar.findCredentials(KEYCHAIN_SERVICE)).filter((c) => c.password === value)).toHaveLength(1);
  await expect(saveState(page)).toHaveText('No unsaved changes');
  for (const f of [DEFINITION, PROPERTIES]) expect(readFileSync(path.join(dir, f), 'utf8')).not.toContain(value);

  // A new host process (as after a restart) finds it there.
  await openSecurity(page, dir, startHost);
  await expect(
    panel(page)
      .getByRole('status')
      .filter({ hasText: /keychain/i }),
  ).toHaveText('A client secret is stored in the system keychain, never in the connector files.');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`every state of the Security tab (${scheme}): no serious accessibility problem, a screenshot`, async ({
    page,
    workDir,
    startHost,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const dir = await copyCorpusConnector(workDir, API_KEY_CONNECTOR);
    await openSecurity(page, dir, startHost);
    const p = panel(page);
    const states: [string, () => Promise<void>][] = [
      ['api-key', async () => expect(p.getByLabel('Parameter name')).toBeVisible()],
      [
        'basic',
        async () => {
          await p.getByLabel('Authentication type').selectOption('basic');
          await expect(p.getByRole('group', { name: 'Password' }).getByLabel('Parameter label')).toHaveValue('Password');
        },
      ],
      [
        'oauth-generic',
        async () => {
          await p.getByLabel('Authentication type').selectOption('oauth2');
          await expect(p.getByLabel('Refresh URL')).toBeVisible();
        },
      ],
      [
        'oauth-entra-id',
        async () => {
          await p.getByLabel('Identity Provider').selectOption('aad');
          await expect(p.getByLabel('Resource URL')).toBeVisible();
        },
      ],
      [
        'oauth-templates',
        async () => {
          await p.getByLabel('Identity Provider').selectOption('oauth2generic');
          await expect(p.getByLabel('Token body template')).toBeVisible();
        },
      ],
      [
        'none',
        async () => {
          await p.getByLabel('Authentication type').selectOption('none');
          await expect(p.getByLabel('Identity Provider')).toHaveCount(0);
        },
      ],
    ];
    for (const [name, reach] of states) {
      await reach();
      // Every field's visible label is its accessible name.
      for (const input of await p.locator('input, select, textarea').all()) {
        const id = await input.getAttribute('id');
        expect(await p.locator(`label[for="${id}"]`).count(), `a label for #${id} (${name})`).toBe(1);
      }
      expect(await seriousViolations(page), `Security tab, ${name}, ${scheme}`).toEqual([]);
      await page.screenshot({ path: path.join(SHOTS, `${scheme}-security-${name}.png`) });
    }
  });
}
