// "Show in form" on findings in places several operations share, on real connectors: a path item's
// shared parameter (Jupyrest, its two operations' identical parameter written once on the path),
// a `#/parameters` entry (Farsight Security), a `#/responses` entry (Docurain) and a property of a
// `#/definitions` schema (Blackbaud Raiser's Edge NXT Documents). Each opens the form that edits the
// value where it is written and focuses the field.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { expect as baseExpect, test } from './fixtures';
import { certificationStatus, focusedInDefinition, openCertification, showInForm } from './certification-support';
import { copyCorpusConnector } from './studio-support';

test.describe.configure({ timeout: 180_000 });
// The machines are shared: a check or a first Monaco load can take longer than the usual 10 s there.
const expect = baseExpect.configure({ timeout: 30_000 });

const status = certificationStatus;
const focused = focusedInDefinition;

test('a path item shared parameter: the first operation that shows it, and the next once that one is deleted', async ({
  page,
  workDir,
  startHost,
}) => {
  const dir = await copyCorpusConnector(workDir, 'certified-connectors/Jupyrest');
  // GET and POST /NotebookExecutions declare the same "report" parameter: written once on the path instead.
  const file = path.join(dir, 'apiDefinition.swagger.json');
  const definition = JSON.parse(await fs.readFile(file, 'utf8')) as {
    paths: Record<string, Record<string, { parameters?: { name: string }[] }>>;
  };
  const item = definition.paths['/NotebookExecutions']!;
  const report = item.get!.parameters!.find((p) => p.name === 'report')!;
  for (const m of ['get', 'post']) {
    expect(item[m]!.parameters!.filter((p) => JSON.stringify(p) === JSON.stringify(report))).toHaveLength(1);
    item[m]!.parameters = item[m]!.parameters!.filter((p) => p.name !== 'report');
  }
  (item as Record<string, unknown>).parameters = [report];
  await fs.writeFile(file, JSON.stringify(definition, null, 4));
  const host = await startHost(dir);
  await openCertification(page, host.url);

  // Its lower-case x-ms-summary, reported once at the path item: GetNotebookExecution's form, Summary.
  await showInForm(page, /^Show in form: Definition › GetNotebookExecution › Parameter report \(shared by 2 operations\) › Summary$/);
  await expect(page.getByRole('listbox', { name: 'Actions and triggers' }).getByRole('option', { selected: true })).toContainText(
    'GetNotebookExecution',
  );
  await expect(focused(page)).toHaveAccessibleName('Summary');
  await expect(focused(page)).toHaveValue('report mode');
  await expect(page.locator('.parameters-editor :focus')).toHaveCount(1);
  await expect(page.locator('.parameter-form')).toContainText('Declared on the path: every operation on /NotebookExecutions shares it');

  // The definition changes under it: GET deleted, the same finding now opens POST's form.
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await page.getByRole('dialog', { name: 'Delete GetNotebookExecution?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(
    page.getByRole('listbox', { name: 'Actions and triggers' }).getByRole('option', { name: /GetNotebookExecution$/ }),
  ).toHaveCount(0);
  await showInForm(page, /^Show in form: Definition › NotebookExecution › Parameter report \(declared on the path\) › Summary$/);
  await expect(page.getByRole('listbox', { name: 'Actions and triggers' }).getByRole('option', { selected: true })).toContainText(
    'NotebookExecution',
  );
  await expect(focused(page)).toHaveAccessibleName('Summary');
  await expect(focused(page)).toHaveValue('report mode');

  // Typed there, the path item's parameter changes, and the finding goes.
  await focused(page).fill('Report Mode');
  await page.getByRole('tab', { name: 'Certification' }).click();
  await expect(status(page)).not.toHaveText(/Checking|checking/);
  await expect(page.getByRole('button', { name: /Parameter report/ })).toHaveCount(0);
});

test('a #/parameters entry: the form of the first operation that names it, at the field', async ({ page, workDir, startHost }) => {
  const dir = await copyCorpusConnector(workDir, 'certified-connectors/Farsight Security');
  const host = await startHost(dir);
  await openCertification(page, host.url);

  await showInForm(
    page,
    /^Show in form: Definition › RRSET › Parameter type \(#\/parameters\/RRSetType, used by 3 operations\) › Summary$/,
  );
  await expect(page.getByRole('listbox', { name: 'Actions and triggers' }).getByRole('option', { selected: true })).toContainText('RRSET');
  await expect(focused(page)).toHaveAccessibleName('Summary');
  await expect(focused(page)).toHaveValue('type');
  await expect(page.locator('.parameter-form')).toContainText('Defined at #/parameters/RRSetType');
  // Its default, another finding on the same entry: the same form, Default value.
  await showInForm(page, /^Show in form: Definition › RRSET › Parameter type \(#\/parameters\/RRSetType, .*\) › Default value$/);
  await expect(focused(page)).toHaveAccessibleName('Default value');
});

test('a #/responses entry: the response of the first operation that names it, at its schema field', async ({
  page,
  workDir,
  startHost,
}) => {
  const dir = await copyCorpusConnector(workDir, 'certified-connectors/Docurain');
  const host = await startHost(dir);
  await openCertification(page, host.url);

  await showInForm(
    page,
    /^Show in form: Definition › Render › Response 400 \(#\/responses\/Error, used by 4 operations\) › \(schema\) › Format$/,
  );
  await expect(focused(page)).toHaveAccessibleName('Format');
  // format "" (the finding): the option for no format.
  await expect(focused(page)).toHaveValue('');
  await expect(page.locator('.schema-tree :focus')).toHaveCount(1);
  await expect(page.getByRole('group', { name: 'Response 400' })).toContainText('Defined at #/responses/Error');
});

test('a #/definitions property: References, that definition, the property field', async ({ page, workDir, startHost }) => {
  const dir = await copyCorpusConnector(workDir, "certified-connectors/Blackbaud Raiser's Edge NXT Documents");
  const host = await startHost(dir);
  await openCertification(page, host.url);

  const name = /^Show in form: Definition › References › ConstituentApi\.FileDefinition › method › Title$/;
  await showInForm(page, name);
  await expect(page.getByRole('button', { name: 'References', pressed: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: '#/definitions/ConstituentApi.FileDefinition' })).toBeVisible();
  await expect(focused(page)).toHaveAccessibleName('Title');
  await expect(focused(page)).toHaveValue('method');
  await expect(page.locator('.schema-tree :focus')).toHaveCount(1);
  await expect(page.getByRole('group', { name: 'Schema property file_upload_request.method' })).toBeVisible();

  // From Actions and triggers (the Definition tab shown anew), the same finding goes back to References.
  await page.getByRole('button', { name: 'Actions and triggers' }).click();
  await showInForm(page, name);
  await expect(focused(page)).toHaveAccessibleName('Title');
  await expect(focused(page)).toHaveValue('method');
});
