// A wider folder for references, asked for in the Import dialog: an OpenAPI 3 file whose `$ref`
// leads out of its folder is not imported until the person allows the folder that would reach the
// referenced file ("Allow references under ...?"); then the import runs again with that root, over
// the validated IPC, and the file read is in the import report. "Don't allow" writes nothing.
// Through the browser host in real Chromium.
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.describe.configure({ timeout: 120_000 });

const SPEC = [
  'openapi: 3.0.3',
  'info: { title: Pet Store, version: "1" }',
  'servers: [{ url: "https://pets.contoso.com" }]',
  'paths:',
  '  /pets:',
  '    get:',
  '      operationId: ListPets',
  '      responses:',
  '        "200":',
  '          description: OK',
  '          content:',
  '            application/json: { schema: { $ref: "../common/pet.yaml#/Pet" } }',
  '',
].join('\n');

async function writeProject(workDir: string): Promise<{ project: string; spec: string }> {
  const project = await fs.realpath(await fs.mkdtemp(path.join(workDir, 'project-')));
  await fs.mkdir(path.join(project, 'api'));
  await fs.mkdir(path.join(project, 'common'));
  await fs.writeFile(path.join(project, 'common', 'pet.yaml'), 'Pet:\n  type: object\n  properties:\n    nickname: { type: string }\n');
  const spec = path.join(project, 'api', 'openapi.yaml');
  await fs.writeFile(spec, SPEC);
  return { project, spec };
}

async function startImport(page: Page, file: string, dir: string) {
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page
    .getByRole('menu', { name: 'File' })
    .getByRole('menuitem', { name: /Import file/ })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Import an API description' });
  await dialog.getByLabel('File to import').fill(file);
  await dialog.getByLabel('New connector folder').fill(dir);
  await dialog.getByRole('button', { name: 'Import' }).click();
  return dialog;
}

test('a reference out of the file’s folder asks to allow the wider folder; yes imports with it', async ({ page, workDir, startHost }) => {
  const { project, spec } = await writeProject(workDir);
  const target = path.join(workDir, 'Pet Store');
  const host = await startHost();
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Open a connector' })).toBeVisible();

  const dialog = await startImport(page, spec, target);
  const question = dialog.getByRole('alertdialog', { name: `Allow references under ${project}?` });
  await expect(question).toBeVisible({ timeout: 30_000 });
  await expect(question).toContainText('../common/pet.yaml#/Pet');
  await expect(question).toContainText('Nothing was imported.');
  expect(existsSync(target)).toBe(false);

  await question.getByRole('button', { name: 'Allow and import' }).click();
  await expect(dialog).toBeHidden({ timeout: 45_000 });
  await expect(page.locator('h1.connector-title')).toHaveText('Pet Store', { timeout: 45_000 });
  const report = page.getByRole('region', { name: 'Import report' });
  await expect(report).toContainText('Imported openapi.yaml (OpenAPI 3 description).');
  await report.locator('summary').click();
  await expect(report).toContainText(`Read ${path.join(project, 'common', 'pet.yaml')}`);
  const definition = await fs.readFile(path.join(target, 'apiDefinition.swagger.json'), 'utf8');
  expect(JSON.parse(definition).definitions.Pet.properties.nickname).toEqual({ type: 'string' });
});

test('no to the wider folder writes nothing and says why', async ({ page, workDir, startHost }) => {
  const { spec } = await writeProject(workDir);
  const target = path.join(workDir, 'Not imported');
  const host = await startHost();
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Open a connector' })).toBeVisible();

  const dialog = await startImport(page, spec, target);
  const question = dialog.getByRole('alertdialog');
  await expect(question).toBeVisible({ timeout: 30_000 });
  await question.getByRole('button', { name: "Don't allow" }).click();
  await expect(question).toBeHidden();
  await expect(dialog.getByRole('alert')).toHaveText(
    'Not imported: its references lead outside its folder. Move the files they point to beside it, or allow the wider folder.',
  );
  expect(existsSync(target)).toBe(false);
});
