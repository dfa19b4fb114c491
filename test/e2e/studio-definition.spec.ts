// The Definition tab's editing of operations, parameters and responses in the studio, on a small
// connector written for the test: a new action with a required query parameter with static values
// saved as exactly the inserted lines; Import from sample for a response; a dynamic schema; a delete undone; an
// operationId rename that follows x-ms-dynamic-values and a policy template; x-ms-dynamic-list and
// x-ms-dynamic-properties written from the older forms and removed again; axe and a screenshot.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect as baseExpect, REPO_ROOT, test, writeConnector } from './fixtures';

const SHOTS = path.join(REPO_ROOT, 'test-results', 'studio-screenshots');
const DEFINITION = 'apiDefinition.swagger.json';
const PROPERTIES = 'apiProperties.json';

test.describe.configure({ timeout: 180_000 });
// The machines are shared: a first Monaco load can take far longer than the usual 10 s there.
const expect = baseExpect.configure({ timeout: 30_000 });

const definition = {
  swagger: '2.0',
  info: { title: 'Contoso Tickets', description: 'Tickets for the help desk of Contoso.', version: '1.0' },
  host: 'api.contoso.com',
  basePath: '/',
  schemes: ['https'],
  paths: {
    '/tickets': {
      get: {
        operationId: 'ListTickets',
        summary: 'List tickets',
        parameters: [
          {
            name: 'queue',
            in: 'query',
            type: 'string',
            'x-ms-summary': 'Queue',
            'x-ms-dynamic-values': { operationId: 'ListQueues', 'value-path': 'id', 'value-title': 'name' },
          },
        ],
        responses: { '200': { description: 'OK' } },
      },
    },
    '/queues': {
      get: {
        operationId: 'ListQueues',
        summary: 'List queues',
        'x-ms-visibility': 'internal',
        responses: { '200': { description: 'OK' } },
      },
    },
  },
};

const properties = {
  properties: {
    connectionParameters: {},
    iconBrandColor: '#007ee5',
    policyTemplateInstances: [
      {
        templateId: 'setheader',
        title: 'Queue header',
        parameters: {
          'x-ms-apimTemplate-operationName': ['ListQueues'],
          'x-ms-apimTemplateParameter.name': 'X-Source',
          'x-ms-apimTemplateParameter.value': 'studio',
          'x-ms-apimTemplateParameter.existsAction': 'override',
        },
      },
    ],
  },
};

async function open(page: Page, url: string): Promise<void> {
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.goto(url);
  await expect(page.locator('.monaco-editor').first()).toBeVisible({ timeout: 90_000 });
  await page.getByRole('tab', { name: 'Definition' }).click();
  await expect(page.getByRole('listbox', { name: 'Actions and triggers' })).toBeVisible();
}

async function choose(page: Page, operationId: string): Promise<void> {
  await page.getByRole('option', { name: new RegExp(`\\b${operationId}\\b`) }).click();
  await expect(page.getByLabel('Operation ID', { exact: true }).first()).toHaveValue(operationId);
}

const saveState = (page: Page) => page.locator('.save-state');
const read = (file: string) => readFileSync(file, 'utf8');

async function save(page: Page, what: string): Promise<void> {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(saveState(page)).toHaveText(`Saved ${what}.`);
}

test('a new action with a required query parameter with static values is saved as exactly the inserted lines', async ({
  page,
  workDir,
  startHost,
}) => {
  const dir = await writeConnector(path.join(workDir, 'tickets'), { definition, properties });
  const file = path.join(dir, DEFINITION);
  const before = read(file);
  const host = await startHost(dir);
  await open(page, host.url);

  await page.getByRole('button', { name: 'New action' }).click();
  const dialog = page.getByRole('dialog', { name: 'New action' });
  await dialog.getByLabel('URL').fill('/tickets/{ticketId}');
  await dialog.getByLabel('Operation ID').fill('ListQueues');
  await dialog.getByRole('button', { name: 'Add' }).click();
  // What would be refused is said before anything changes.
  await expect(dialog.getByRole('alert')).toHaveText('There is already an operation with the ID "ListQueues".');
  await dialog.getByLabel('Operation ID').fill('GetTicket');
  await dialog.getByLabel('Summary').fill('Get a ticket');
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Operation ID', { exact: true })).toHaveValue('GetTicket');
  // The path's {ticketId} came with a required path parameter.
  const parameters = page.getByRole('region', { name: 'Parameters' });
  await expect(parameters.getByRole('row', { name: /ticketId path string Yes/ })).toBeVisible();

  await page.getByLabel('New parameter name').fill('expand');
  await page.getByRole('button', { name: 'Add parameter' }).click();
  const form = page.getByRole('group', { name: 'Parameter expand (query)' });
  await expect(form).toBeVisible();
  await form.getByLabel('Dropdown type').selectOption('static');
  await form.getByLabel('Values').fill('none\nall');
  await form.getByLabel('Values').blur();
  await form.getByLabel('Is required').check();
  await expect(parameters.getByRole('row', { name: /expand query string Yes/ })).toBeVisible();
  await save(page, DEFINITION);

  const after = read(file);
  const a = before.split('\n');
  const b = after.split('\n');
  // Every line is kept in order; the block is inserted after the last path item, whose closing
  // brace gains the comma that separates them.
  const at = a.indexOf('    }', a.indexOf('    "/queues": {'));
  expect(b.slice(0, at)).toEqual(a.slice(0, at));
  expect(b[at]).toBe('    },');
  const inserted = b.length - a.length;
  expect(b.slice(at + 1 + inserted)).toEqual(a.slice(at + 1));
  expect(b.slice(at + 1, at + 1 + inserted).join('\n')).toBe(
    [
      '    "/tickets/{ticketId}": {',
      '      "get": {',
      '        "summary": "Get a ticket",',
      '        "operationId": "GetTicket",',
      '        "parameters": [',
      '          {',
      '            "name": "ticketId",',
      '            "in": "path",',
      '            "required": true,',
      '            "type": "string"',
      '          },',
      '          {',
      '            "name": "expand",',
      '            "in": "query",',
      '            "required": true,',
      '            "type": "string",',
      '            "enum": [',
      '              "none",',
      '              "all"',
      '            ]',
      '          }',
      '        ],',
      '        "responses": {',
      '          "200": {',
      '            "description": "OK"',
      '          }',
      '        }',
      '      }',
      '    }',
    ].join('\n'),
  );
});

test('Import from sample makes a response schema in one undo step; a deleted operation comes back with Undo', async ({
  page,
  workDir,
  startHost,
}) => {
  const dir = await writeConnector(path.join(workDir, 'tickets'), { definition, properties });
  const host = await startHost(dir);
  await open(page, host.url);
  await choose(page, 'ListQueues');

  const responses = page.getByRole('group', { name: 'Response', exact: true });
  await responses.getByRole('button', { name: 'Import from sample' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import from sample: response' });
  await dialog.getByLabel('Body').fill('{"value": [{"id": "q1"');
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog.getByRole('alert')).toContainText('The response sample is not valid JSON');
  await dialog.getByLabel('Body').fill('{"value": [{"id": "q1", "name": "Support", "open": 3}]}');
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog).toBeHidden();
  await expect(responses.getByRole('row', { name: /200 OK object, 4 properties/ })).toBeVisible();
  const tree = responses.getByRole('table', { name: /Schema of the 200 response of ListQueues/ });
  await expect(tree.getByRole('row', { name: /value\[\]\.open integer/ })).toBeVisible();

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(responses.getByRole('row', { name: /^200 OK\s*$/ })).toBeVisible();
  await expect(saveState(page)).toHaveText('No unsaved changes');
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(responses.getByRole('row', { name: /200 OK object, 4 properties/ })).toBeVisible();
  await save(page, DEFINITION);
  const saved = JSON.parse(read(path.join(dir, DEFINITION)));
  expect(saved.paths['/queues'].get.responses['200'].schema.properties.value.items.properties.open).toMatchObject({ type: 'integer' });

  // A property added by hand to the schema (a name already there is refused), then removed again.
  await tree.getByRole('button', { name: '(schema)' }).click();
  const rootForm = responses.getByRole('group', { name: 'Schema property (schema)' });
  await rootForm.getByLabel('New property name').fill('value');
  await rootForm.getByRole('button', { name: 'Add property' }).click();
  await expect(rootForm.getByRole('alert')).toHaveText('There is a property named value already.');
  await rootForm.getByLabel('New property name').fill('total');
  await rootForm.getByLabel('New property type').selectOption('integer');
  await rootForm.getByRole('button', { name: 'Add property' }).click();
  await expect(tree.getByRole('row', { name: /^total integer/ })).toBeVisible();
  await tree.getByRole('button', { name: 'total', exact: true }).click();
  await responses.getByRole('button', { name: 'Remove property total' }).click();
  await expect(tree.getByRole('row', { name: /^total integer/ })).toHaveCount(0);
  await save(page, DEFINITION);
  expect(JSON.parse(read(path.join(dir, DEFINITION)))).toEqual(saved);

  // A dynamic schema: another operation's answer is the schema at run time; None takes it out again.
  const dynamic = responses.getByRole('group', { name: 'Dynamic schema of the 200 response' });
  await dynamic.getByLabel('Schema from operation').selectOption('ListTickets');
  const mapping = dynamic.getByRole('group', { name: 'Parameters of ListTickets' });
  await mapping.getByLabel('queue', { exact: true }).selectOption({ label: 'A fixed value' });
  await mapping.getByLabel('Fixed value for queue').fill('support');
  await dynamic.getByLabel('Schema location').fill('schema');
  await dynamic.getByLabel('Schema location').blur();
  await dynamic.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, 'definition-dynamic-schema.png') });
  await save(page, DEFINITION);
  expect(JSON.parse(read(path.join(dir, DEFINITION))).paths['/queues'].get.responses['200'].schema['x-ms-dynamic-schema']).toEqual({
    operationId: 'ListTickets',
    parameters: { queue: 'support' },
    'value-path': 'schema',
  });
  // The same as x-ms-dynamic-properties, written from it in one click, then removed.
  await dynamic.getByRole('button', { name: 'Add x-ms-dynamic-properties' }).click();
  const dynamicProperties = dynamic.getByRole('group', { name: 'Dynamic properties (x-ms-dynamic-properties)' });
  await expect(dynamicProperties.getByLabel('Properties from operation')).toHaveValue('ListTickets');
  await expect(dynamicProperties.getByLabel('Properties location')).toHaveValue('schema');
  await expect(dynamicProperties.getByLabel('Fixed value for queue')).toHaveValue('support');
  await save(page, DEFINITION);
  expect(JSON.parse(read(path.join(dir, DEFINITION))).paths['/queues'].get.responses['200'].schema['x-ms-dynamic-properties']).toEqual({
    operationId: 'ListTickets',
    parameters: { queue: { value: 'support' } },
    itemValuePath: 'schema',
  });
  await dynamicProperties.getByRole('button', { name: 'Remove x-ms-dynamic-properties' }).click();
  await expect(dynamic.getByRole('button', { name: 'Add x-ms-dynamic-properties' })).toBeVisible();
  await dynamic.getByLabel('Schema from operation').selectOption('');
  await expect(mapping).toBeHidden();
  await save(page, DEFINITION);
  expect(JSON.parse(read(path.join(dir, DEFINITION)))).toEqual(saved);

  // Delete (after a confirmation that says what still names it), then Undo.
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete ListQueues?' });
  await expect(confirm).toContainText('with the path (no other operation uses it)');
  await expect(confirm).toContainText('2 places still name ListQueues');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('option', { name: /ListQueues/ })).toHaveCount(0);
  await expect(page.getByRole('option')).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByRole('option', { name: /ListQueues/ })).toHaveCount(1);
  // Back to the text as saved.
  await expect(page.locator('.file-button', { hasText: DEFINITION }).getByRole('img', { name: '(unsaved)' })).toHaveCount(0);
});

test('renaming an operationId updates x-ms-dynamic-values in the same undo step, and the policy template', async ({
  page,
  workDir,
  startHost,
}) => {
  const dir = await writeConnector(path.join(workDir, 'tickets'), { definition, properties });
  const defFile = path.join(dir, DEFINITION);
  const propsFile = path.join(dir, PROPERTIES);
  const defBefore = read(defFile);
  const propsBefore = read(propsFile);
  const host = await startHost(dir);
  await open(page, host.url);
  await choose(page, 'ListQueues');

  const id = page.getByLabel('Operation ID', { exact: true });
  await id.fill('GetQueues');
  await id.press('Tab');
  const offer = page.getByRole('status').filter({ hasText: 'references name ListQueues' });
  await expect(offer).toContainText(
    '2 references name ListQueues (x-ms-dynamic-values, policy template setheader; 1 in apiProperties.json',
  );
  await offer.getByRole('button', { name: 'Also update 2 references' }).click();
  await expect(offer).toBeHidden();
  await save(page, `${DEFINITION} and ${PROPERTIES}`);
  expect(read(defFile)).toBe(defBefore.replaceAll('"ListQueues"', '"GetQueues"'));
  expect(read(propsFile)).toBe(propsBefore.replaceAll('"ListQueues"', '"GetQueues"'));

  // One Undo in the definition takes back the rename and the references together, in both files.
  await page.getByRole('group', { name: 'File shown in the editor' }).getByRole('button', { name: DEFINITION }).click();
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(id).toHaveValue('ListQueues');
  await save(page, `${DEFINITION} and ${PROPERTIES}`);
  expect(read(defFile)).toBe(defBefore);
  expect(read(propsFile)).toBe(propsBefore);

  // The dynamic dropdown of ListTickets shows the operation it names.
  await choose(page, 'ListTickets');
  await page.getByRole('region', { name: 'Parameters' }).getByRole('button', { name: 'queue' }).click();
  const form = page.getByRole('group', { name: 'Parameter queue (query)' });
  await expect(form.getByLabel('Dropdown type')).toHaveValue('dynamic');
  await expect(form.getByLabel('Operation ID')).toHaveValue('ListQueues');
  await expect(form.getByLabel('Value display name')).toHaveValue('name');

  // The same dropdown as x-ms-dynamic-list: written from the values in one click, then edited.
  await form.getByRole('button', { name: 'Add x-ms-dynamic-list' }).click();
  const list = form.getByRole('group', { name: 'Dynamic list (x-ms-dynamic-list)' });
  await expect(list.getByLabel('List operation ID')).toHaveValue('ListQueues');
  await expect(list.getByLabel('Item value path')).toHaveValue('id');
  await expect(list.getByLabel('Item title path')).toHaveValue('name');
  await list.getByLabel('Items path').fill('value');
  await list.getByLabel('Items path').blur();
  await save(page, DEFINITION);
  const saved = JSON.parse(read(defFile)) as { paths: Record<string, Record<string, { parameters: Record<string, unknown>[] }>> };
  const queue = saved.paths['/tickets']!.get!.parameters[0]!;
  expect(queue['x-ms-dynamic-list']).toEqual({ operationId: 'ListQueues', itemValuePath: 'id', itemTitlePath: 'name', itemsPath: 'value' });
  expect(queue['x-ms-dynamic-values']).toEqual(definition.paths['/tickets'].get.parameters[0]!['x-ms-dynamic-values']);

  // No serious accessibility problem with a parameter open, and a picture of it.
  for (const scheme of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page }).include('#panel-definition').analyze();
    expect(
      results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`),
      scheme,
    ).toEqual([]);
    await form.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, `${scheme}-definition-parameter.png`) });
  }
  // Keyboard: the parameter form's controls are reachable with Tab from the parameter's button.
  await page.getByRole('region', { name: 'Parameters' }).getByRole('button', { name: 'queue' }).focus();
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Name', { exact: true })).toBeFocused();

  // Removing the list leaves the file as it was.
  await list.getByRole('button', { name: 'Remove x-ms-dynamic-list' }).click();
  await expect(form.getByRole('button', { name: 'Add x-ms-dynamic-list' })).toBeVisible();
  await save(page, DEFINITION);
  expect(read(defFile)).toBe(defBefore);
});
