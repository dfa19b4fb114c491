// The General tab's icon, icon background colour and gateway box, and the editor's schema help, in
// real Chromium against the browser host: an uploaded PNG is saved as icon.png byte for byte, a JPG
// is converted to PNG, what is not a PNG or JPG or is too large is refused; the colour is a one-line
// change of apiProperties.json; the gateway box adds and removes exactly its parameter and
// capability; typing "x-ms-vis in Monaco completes x-ms-visibility and its hover describes it; axe
// and screenshots in light and dark.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect as baseExpect, REPO_ROOT, test, writeConnector } from './fixtures';
import { editorOf, goToInEditor, positionOf, showFile } from './studio-support';

const SHOTS = path.join(REPO_ROOT, 'test-results', 'studio-screenshots');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

test.describe.configure({ timeout: 180_000 });
// The machines are shared: a first Monaco load can take longer than the usual 10 s there.
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
    },
  },
};

const PROPERTIES = {
  properties: {
    connectionParameters: {
      api_key: {
        type: 'securestring',
        uiDefinition: {
          displayName: 'API Key',
          description: 'The key',
          tooltip: 'The key',
          constraints: { tabIndex: 2, clearText: false, required: 'true' },
        },
      },
    },
    iconBrandColor: '#da3b01',
    capabilities: [],
    publisher: 'Contoso',
    stackOwner: 'Contoso',
  },
};

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'latin1'), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An opaque RGB PNG with a square in the middle; `extra` bytes of text make it as large as needed. */
function png(side: number, extra = 0): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const rows: Buffer[] = [];
  for (let y = 0; y < side; y++) {
    const row = Buffer.alloc(1 + side * 3);
    for (let x = 0; x < side; x++) {
      const inside = x > side / 4 && x < (side * 3) / 4 && y > side / 4 && y < (side * 3) / 4;
      row.set(inside ? [0xff, 0xff, 0xff] : [0xda, 0x3b, 0x01], 1 + x * 3);
    }
    rows.push(row);
  }
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', ihdr),
    ...(extra ? [chunk('tEXt', Buffer.alloc(extra, 0x41))] : []),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

interface Canvas {
  width: number;
  height: number;
  getContext(kind: '2d'): { fillStyle: string; fillRect(x: number, y: number, w: number, h: number): void };
  toDataURL(type: string, quality: number): string;
}

/** A JPEG from Chromium's encoder. */
async function jpeg(page: Page, width: number, height: number): Promise<Buffer> {
  const base64 = await page.evaluate(
    ([w, h]) => {
      // (Page code: the test's own type-check has no DOM types.)
      const { document } = globalThis as unknown as { document: { createElement(tag: 'canvas'): Canvas } };
      const canvas = document.createElement('canvas');
      canvas.width = w!;
      canvas.height = h!;
      const ctx = canvas.getContext('2d');
      ctx.fillStyle = '#0058a9';
      ctx.fillRect(0, 0, w!, h!);
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(w! / 4, h! / 4, w! / 2, h! / 2);
      return canvas.toDataURL('image/jpeg', 0.92).split(',')[1]!;
    },
    [width, height],
  );
  return Buffer.from(base64, 'base64');
}

async function openStudio(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('.monaco-editor').first()).toBeVisible({ timeout: 90_000 });
  await expect(page.getByRole('tab', { name: 'General' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('Connector name')).toHaveValue('Contoso Tickets');
}

const saveState = (page: Page) => page.locator('.save-state');

async function save(page: Page, says: string): Promise<void> {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(saveState(page)).toHaveText(says);
}

async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(', ')}`,
    );
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('icon: a PNG is saved as icon.png byte for byte, a JPG as PNG; other files and large ones are refused', async ({
  page,
  workDir,
  startHost,
}) => {
  const dir = await writeConnector(path.join(workDir, 'contoso'), { definition: DEFINITION, properties: PROPERTIES });
  const iconFile = path.join(dir, 'icon.png');
  const properties = readFileSync(path.join(dir, 'apiProperties.json'), 'utf8');
  const host = await startHost(dir);
  await page.setViewportSize({ width: 1440, height: 1000 });
  await openStudio(page, host.url);

  const upload = page.getByLabel('Upload connector icon');
  const status = page.locator('.icon-status');
  await expect(status).toHaveText('The folder has no icon.png.');
  await expect(page.getByText('No icon', { exact: true })).toBeVisible();

  // Refused: not an image (whatever its name), and 1 MB or more. Nothing becomes unsaved.
  await upload.setInputFiles({
    name: 'logo.png',
    mimeType: 'image/png',
    buffer: Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'),
  });
  await expect(page.locator('.icon-field').getByRole('alert')).toHaveText(
    'logo.png: The file is not a PNG or JPG image (the portal accepts those two).',
  );
  const large = png(230, 1024 * 1024);
  await upload.setInputFiles({ name: 'large.png', mimeType: 'image/png', buffer: large });
  await expect(page.locator('.icon-field').getByRole('alert')).toHaveText(/^large\.png is 1\.\d\d MB: the icon must be under 1 MB\.$/);
  await expect(saveState(page)).toHaveText('No unsaved changes');

  // A 230 x 230 PNG: shown on the background colour, saved as it is.
  const icon = png(230);
  await upload.setInputFiles({ name: 'contoso.png', mimeType: 'image/png', buffer: icon });
  await expect(status).toHaveText(/^contoso\.png: PNG, 230 × 230 pixels, [\d.]+ (KB|bytes)\. Saving writes icon\.png\.$/);
  await expect(page.locator('.icon-field').getByRole('alert')).toHaveCount(0);
  const preview = page.getByRole('img', { name: 'Connector icon' });
  await expect(preview).toBeVisible();
  expect(await preview.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBe(230);
  await expect(page.locator('.icon-preview')).toHaveCSS('background-color', 'rgb(218, 59, 1)');
  await expect(saveState(page)).toHaveText('Unsaved changes');

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await seriousViolations(page), scheme).toEqual([]);
    await page.locator('.icon-field').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, `${scheme}-general-icon.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });

  await save(page, 'Saved icon.png.');
  expect(readFileSync(iconFile).equals(icon)).toBe(true);
  expect(readFileSync(path.join(dir, 'apiProperties.json'), 'utf8')).toBe(properties);

  // A JPG of another size: converted to PNG, with certification's note on the size.
  await upload.setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: await jpeg(page, 300, 200) });
  await expect(status).toHaveText(/^photo\.jpg: JPG converted to PNG, 300 × 200 pixels, [\d.]+ (KB|bytes)\. Saving writes icon\.png\.$/);
  await expect(page.locator('.icon-warnings')).toHaveText(
    'The image is 300 × 200 pixels, not square: certification asks for a square icon of about 230 × 230 pixels.',
  );
  await save(page, 'Saved icon.png.');
  const converted = readFileSync(iconFile);
  expect(converted.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(pngSize(converted)).toEqual({ width: 300, height: 200 });
  await expect(saveState(page)).toHaveText('Saved icon.png.');
});

test('icon background color: typed or picked, one line of apiProperties.json; a wrong value is said to be wrong', async ({
  page,
  workDir,
  startHost,
}) => {
  const dir = await writeConnector(path.join(workDir, 'contoso'), { definition: DEFINITION, properties: PROPERTIES });
  const file = path.join(dir, 'apiProperties.json');
  const original = readFileSync(file, 'utf8');
  const host = await startHost(dir);
  await openStudio(page, host.url);

  const hex = page.getByLabel('Icon background color', { exact: true });
  await expect(hex).toHaveValue('#da3b01');
  await hex.fill('#12');
  await expect(hex).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('"#12" is not a colour of the form #RRGGBB (for example #da3b01).')).toBeVisible();
  await hex.fill('#0058A9');
  await expect(hex).not.toHaveAttribute('aria-invalid', 'true');
  await hex.press('Tab');
  await expect(page.locator('.icon-preview')).toHaveCSS('background-color', 'rgb(0, 88, 169)');
  await save(page, 'Saved apiProperties.json.');
  const saved = readFileSync(file, 'utf8');
  expect(saved).toBe(original.replace('"iconBrandColor": "#da3b01"', '"iconBrandColor": "#0058A9"'));
  expect(saved.split('\n').filter((line, i) => line !== original.split('\n')[i])).toEqual(['    "iconBrandColor": "#0058A9",']);

  // The colour picker writes the same value; the default blue is refused by certification.
  await page.getByLabel('Pick a color').fill('#007ee5');
  await expect(hex).toHaveValue('#007ee5');
  await expect(page.getByText('The default blue: certification needs the background colour of your icon.')).toBeVisible();
  await hex.focus();
  await hex.press('Tab');
  await save(page, 'Saved apiProperties.json.');
  expect(readFileSync(file, 'utf8')).toBe(original.replace('"iconBrandColor": "#da3b01"', '"iconBrandColor": "#007ee5"'));
});

test('on-premises data gateway: the box adds its connection parameter and capability, and removes them again', async ({
  page,
  workDir,
  startHost,
}) => {
  const dir = await writeConnector(path.join(workDir, 'contoso'), { definition: DEFINITION, properties: PROPERTIES });
  const file = path.join(dir, 'apiProperties.json');
  const original = readFileSync(file, 'utf8');
  const host = await startHost(dir);
  await openStudio(page, host.url);

  const box = page.getByRole('checkbox', { name: 'Connect via on-premises data gateway' });
  await expect(box).not.toBeChecked();
  await box.check();
  await expect(box).toBeChecked();
  await expect(editorOf(page).locator('.view-lines')).toContainText('"type": "gatewaySetting"');
  await save(page, 'Saved apiProperties.json.');
  const on = readFileSync(file, 'utf8');
  const value = JSON.parse(on) as typeof PROPERTIES & {
    properties: { connectionParameters: Record<string, unknown>; capabilities: string[] };
  };
  expect(value.properties.connectionParameters.gateway).toEqual({
    type: 'gatewaySetting',
    uiDefinition: { constraints: { tabIndex: 3, required: 'true', capability: ['gateway'] } },
  });
  expect(value.properties.capabilities).toEqual(['gateway']);
  // Everything else is as it was: the same text once the two additions are taken out again.
  expect(
    JSON.stringify({
      ...value,
      properties: {
        ...value.properties,
        capabilities: [],
        connectionParameters: { api_key: value.properties.connectionParameters.api_key },
      },
    }),
  ).toBe(JSON.stringify(JSON.parse(original)));
  expect(on).toContain('"capabilities": ["gateway"]');

  await box.uncheck();
  await expect(box).not.toBeChecked();
  await expect(editorOf(page).locator('.view-lines')).not.toContainText('gatewaySetting');
  await save(page, 'Saved apiProperties.json.');
  expect(readFileSync(file, 'utf8')).toBe(original);
});

test('editor help: "x-ms-vis completes to x-ms-visibility, its values are offered, and the hover describes it', async ({
  page,
  workDir,
  startHost,
}) => {
  const dir = await writeConnector(path.join(workDir, 'contoso'), { definition: DEFINITION, properties: PROPERTIES });
  const text = readFileSync(path.join(dir, 'apiDefinition.swagger.json'), 'utf8');
  const host = await startHost(dir);
  await page.setViewportSize({ width: 1440, height: 1000 });
  await openStudio(page, host.url);
  await showFile(page, 'apiDefinition.swagger.json');

  // At the end of the operationId line: a new member of the operation.
  const at = positionOf(text, '"operationId": "ListTickets",');
  await goToInEditor(page, at.line, at.column + '"operationId": "ListTickets",'.length);
  await page.keyboard.press('Enter');
  await page.keyboard.type('"x-ms-vis');
  const suggest = page.locator('.monaco-editor .suggest-widget');
  await expect(suggest).toBeVisible();
  await expect(suggest.locator('.monaco-list-row.focused')).toContainText('x-ms-visibility');
  await page.keyboard.press('Enter');
  await expect(editorOf(page).locator('.view-lines')).toContainText('"x-ms-visibility":');
  // The values come next (the completion leaves the cursor where the value goes).
  await page.keyboard.press('Control+Space');
  // (Monaco lists them in alphabetical order.)
  await expect(suggest.locator('.monaco-list-row')).toHaveText([/"advanced"/, /"important"/, /"internal"/]);
  await page.keyboard.press('Enter');
  await expect(editorOf(page).locator('.view-lines')).toContainText('"x-ms-visibility": "advanced"');

  // Hover on the key.
  await page.keyboard.press('Escape');
  await editorOf(page).locator('.view-line span span', { hasText: 'x-ms-visibility' }).hover();
  const hover = page.locator('.monaco-hover-content').filter({ hasText: 'visibility' });
  await expect(hover).toContainText('Specifies the user-facing visibility for an entity.');
  await expect(hover).toContainText('How prominently the designer shows this operation, parameter or property.');
  await page.screenshot({ path: path.join(SHOTS, 'light-editor-hover.png') });
  await page.keyboard.press('Escape');

  // The whole General tab and the editor (its last line visible) pass axe in both themes.
  await page.getByRole('tab', { name: 'General' }).click();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await seriousViolations(page), scheme).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, `${scheme}-general.png`) });
  }
});
