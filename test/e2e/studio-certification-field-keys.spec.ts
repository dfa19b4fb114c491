// "Show in form" on a finding whose key is not a plain field of its place, on real connectors: an
// enum value of a parameter (Festivo: the Values field, that value's line selected), a response's
// dynamic schema (Connect2All: its operation field), a response schema written as a `$ref`
// (dvelop: the row of the tree the reference is written at), an enum value of a schema property
// (Booking Room Pro: the property's Values, that value's line selected), and a place the property
// tree does not list (PartnerCenterReferrals: `items` under an object, no button).
import type { Page } from '@playwright/test';
import { expect as baseExpect, test } from './fixtures';
import { focusedInDefinition, openCertification, showInForm } from './certification-support';
import { copyCorpusConnector } from './studio-support';

test.describe.configure({ timeout: 180_000 });
// The machines are shared: a check or a first Monaco load can take longer than the usual 10 s there.
const expect = baseExpect.configure({ timeout: 30_000 });

const focused = focusedInDefinition;

/** The text selected in the focused field. */
const selection = (page: Page) =>
  focused(page).evaluate((el) => {
    const field = el as unknown as { value: string; selectionStart: number; selectionEnd: number };
    return field.value.slice(field.selectionStart, field.selectionEnd);
  });

test('an enum value of a parameter: Values, with that value selected', async ({ page, workDir, startHost }) => {
  const dir = await copyCorpusConnector(workDir, 'independent-publisher-connectors/Festivo');
  const host = await startHost(dir);
  await openCertification(page, host.url);

  // "before" (boolean) lists "false" and "true" as strings: the second is on line 2.
  await showInForm(page, /^Show in form: Definition › HolidaysGet › Parameter 6 › Values › line 2$/);
  await expect(page.getByRole('group', { name: 'Parameter before (query)' })).toBeVisible();
  await expect(focused(page)).toHaveAccessibleName('Values');
  await expect(focused(page)).toHaveValue('false\ntrue');
  expect(await selection(page)).toBe('true');
  await showInForm(page, /^Show in form: Definition › HolidaysGet › Parameter 6 › Values › line 1$/);
  await expect(focused(page)).toHaveAccessibleName('Values');
  expect(await selection(page)).toBe('false');
});

test('a response dynamic schema: its operation field', async ({ page, workDir, startHost }) => {
  const dir = await copyCorpusConnector(workDir, 'certified-connectors/Connect2All');
  const host = await startHost(dir);
  await openCertification(page, host.url);

  await showInForm(page, /^Show in form: Definition › GetData › Response 200 › Dynamic schema › Schema from operation$/);
  await expect(focused(page)).toHaveAccessibleName('Schema from operation');
  await expect(focused(page)).toHaveValue('GetReadRequestByIdSchema');
  await expect(page.getByRole('group', { name: 'Dynamic schema of the 200 response' }).locator(':focus')).toHaveCount(1);
});

test('a #/responses entry whose schema is a $ref: the row the reference is written at', async ({ page, workDir, startHost }) => {
  const dir = await copyCorpusConnector(workDir, 'certified-connectors/dvelop');
  const host = await startHost(dir);
  await openCertification(page, host.url);

  await showInForm(
    page,
    /^Show in form: Definition › GetActions › Response default \(#\/responses\/DefaultError, used by 16 operations\) › \(schema\) › Title$/,
  );
  await expect(focused(page)).toHaveAccessibleName('Title');
  await expect(focused(page)).toHaveValue('');
  await expect(page.locator('.schema-tree :focus')).toHaveCount(1);
  const property = page.getByRole('group', { name: 'Schema property (schema)' });
  await expect(property).toContainText('Defined at #/definitions/ErrorSchema');
});

test('an enum value of a schema property: its Values, with that value selected', async ({ page, workDir, startHost }) => {
  const dir = await copyCorpusConnector(workDir, 'certified-connectors/Booking Room Pro');
  const host = await startHost(dir);
  await openCertification(page, host.url);

  // #/definitions/Event's allDay (boolean) lists "true" and "false" as strings.
  await showInForm(page, /^Show in form: Definition › References › Event › allDay › Values › line 2$/);
  await expect(page.getByRole('button', { name: 'References', pressed: true })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Schema property allDay' })).toBeVisible();
  await expect(focused(page)).toHaveAccessibleName('Values');
  await expect(focused(page)).toHaveValue('true\nfalse');
  await expect(page.locator('.schema-tree :focus')).toHaveCount(1);
  expect(await selection(page)).toBe('false');
  await showInForm(page, /^Show in form: Definition › References › Event › allDay › Values › line 1$/);
  await expect(focused(page)).toHaveAccessibleName('Values');
  expect(await selection(page)).toBe('true');
});

test('a place the property tree does not list: no Show in form', async ({ page, workDir, startHost }) => {
  const dir = await copyCorpusConnector(workDir, 'certified-connectors/PartnerCenterReferrals');
  const host = await startHost(dir);
  await openCertification(page, host.url);

  // "attributes" sits under `items` of additionalRequirements, which is written as an object.
  const row = page.locator('li.finding').filter({ hasText: '"attributes" is an array without "items"' });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('button', { name: /^Show in form/ })).toHaveCount(0);
  // The findings the form does show keep their button.
  await expect(page.getByRole('button', { name: /^Show in form: Definition › CreateReferral › / }).first()).toBeVisible();
});
