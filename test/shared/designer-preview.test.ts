// The designer preview model: the card's inputs (labels, required marks, visibility groups,
// controls), the output tokens, the Power Apps call and the problems, on corpus connectors and on
// a definition written to hold each case the designer treats apart.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { designerPreview, type DesignerPreview, type PreviewInput } from '../../shared/engines/designer-preview';
import { CONNECTORS_DIR, HAVE_CORPUS } from '../support/corpus';

function corpus(relative: string): { definition: unknown; properties: unknown } {
  const read = (f: string) => JSON.parse(readFileSync(path.join(CONNECTORS_DIR, relative, f), 'utf8').replace(/^\uFEFF/, '')) as unknown;
  return { definition: read('apiDefinition.swagger.json'), properties: read('apiProperties.json') };
}

const labels = (inputs: readonly PreviewInput[]) => inputs.map((i) => i.label);
const allInputs = (p: DesignerPreview) => [...p.inputs.important, ...p.inputs.none, ...p.inputs.advanced];

const definition = {
  swagger: '2.0',
  info: { title: 'Contoso Tasks', version: '1.0' },
  paths: {
    '/tasks': {
      post: {
        operationId: 'CreateTask',
        summary: 'Create a task',
        description: 'Creates a task in a list.',
        parameters: [
          {
            name: 'listId',
            in: 'query',
            required: true,
            type: 'string',
            'x-ms-summary': 'List',
            'x-ms-visibility': 'important',
            'x-ms-dynamic-values': { operationId: 'ListLists', 'value-path': 'id', 'value-title': 'name' },
          },
          { name: 'notify', in: 'query', type: 'boolean', 'x-ms-summary': 'Notify', 'x-ms-visibility': 'advanced' },
          { name: 'api-version', in: 'query', required: true, type: 'string', default: '2024-01-01', 'x-ms-visibility': 'internal' },
          { name: 'tenant', in: 'header', required: true, type: 'string', 'x-ms-visibility': 'internal' },
          { name: 'body', in: 'body', required: true, schema: { $ref: '#/definitions/NewTask' } },
        ],
        responses: { '200': { description: 'OK', schema: { $ref: '#/definitions/Task' } }, default: { description: 'Error' } },
      },
    },
    '/lists': {
      get: {
        operationId: 'ListLists',
        summary: 'List lists',
        'x-ms-visibility': 'internal',
        responses: {
          '200': {
            description: 'OK',
            schema: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } } },
          },
        },
      },
    },
    '/tasks/{id}': {
      delete: {
        operationId: 'DeleteTask',
        deprecated: true,
        parameters: [{ name: 'id', in: 'path', required: true, type: 'string' }],
        responses: { '204': { description: 'Deleted' } },
      },
    },
    '/tasks/poll': {
      get: {
        operationId: 'OnNewTasks',
        summary: 'New tasks arrive',
        'x-ms-trigger': 'batch',
        parameters: [
          { name: 'a', in: 'query', type: 'string', 'x-ms-summary': 'A', 'x-ms-visibility': 'important' },
          { name: 'b', in: 'query', type: 'string', 'x-ms-summary': 'B', 'x-ms-visibility': 'important' },
          { name: 'c', in: 'query', type: 'string', 'x-ms-summary': 'C', 'x-ms-visibility': 'important' },
          { name: 'd', in: 'query', type: 'string', 'x-ms-summary': 'D', 'x-ms-visibility': 'important' },
          { name: 'e', in: 'query', type: 'string', 'x-ms-summary': 'E', 'x-ms-visibility': 'important' },
          {
            name: 'f',
            in: 'query',
            type: 'string',
            'x-ms-summary': 'F',
            'x-ms-visibility': 'important',
            'x-ms-dynamic-values': { operationId: 'Missing' },
          },
        ],
        responses: { '200': { description: 'OK', schema: { type: 'array', items: { $ref: '#/definitions/Task' } } } },
      },
    },
  },
  definitions: {
    NewTask: {
      type: 'object',
      required: ['title', 'owner'],
      properties: {
        title: { type: 'string', 'x-ms-summary': 'Title', description: 'What the task is.' },
        due: { type: 'string', format: 'date-time', 'x-ms-summary': 'Due date', 'x-ms-visibility': 'important' },
        priority: {
          type: 'integer',
          enum: [1, 2, 3],
          'x-ms-summary': 'Priority',
          'x-ms-visibility': 'advanced',
          'x-ms-enum-values': [
            { value: 1, displayName: 'Low' },
            { value: 2, displayName: 'Normal' },
            { value: 3, displayName: 'High' },
          ],
        },
        status: { type: 'string', enum: ['open', 'done'] },
        owner: {
          type: 'object',
          title: 'Owner',
          required: ['email'],
          properties: { email: { type: 'string', 'x-ms-summary': 'Owner email' }, name: { type: 'string', 'x-ms-visibility': 'advanced' } },
        },
        attachment: { type: 'string', format: 'binary', 'x-ms-summary': 'Attachment' },
        tags: { type: 'array', items: { type: 'string' }, 'x-ms-summary': 'Tags' },
        steps: {
          type: 'array',
          'x-ms-summary': 'Steps',
          items: { type: 'object', properties: { text: { type: 'string', 'x-ms-summary': 'Step text' } } },
        },
        secret: { type: 'string', 'x-ms-visibility': 'internal', default: 'x' },
      },
    },
    Task: {
      type: 'object',
      properties: {
        id: { type: 'string', 'x-ms-summary': 'Task ID' },
        title: { type: 'string', title: 'Task title' },
        etag: { type: 'string', 'x-ms-visibility': 'internal' },
        owner: { type: 'object', 'x-ms-summary': 'Owner', properties: { email: { type: 'string', 'x-ms-summary': 'Email' } } },
        comments: {
          type: 'array',
          'x-ms-summary': 'Comments',
          items: { type: 'object', properties: { text: { type: 'string', 'x-ms-summary': 'Text' } } },
        },
        done: { type: 'boolean', 'x-ms-summary': 'Done', 'x-ms-visibility': 'advanced' },
      },
    },
  },
};
const properties = { properties: { iconBrandColor: '#0f6cbd' } };
const preview = (pointer: string) => designerPreview(definition, properties, pointer)!;

describe('designer preview: the card', () => {
  const p = preview('/paths/~1tasks/post');

  it('titles the card with the summary and gives the connector brand colour', () => {
    expect(p.title).toBe('Create a task');
    expect(p.titleFrom).toBe('summary');
    expect(p.connector).toEqual({ title: 'Contoso Tasks', brandColor: '#0f6cbd', powerAppsName: 'ContosoTasks' });
    expect(p.kind).toBe('action');
  });

  it('puts important inputs first, advanced ones apart, and leaves internal ones out', () => {
    expect(labels(p.inputs.important)).toEqual(['List', 'Due date']);
    expect(labels(p.inputs.none)).toEqual(['Title', 'status', 'Owner email', 'Attachment', 'Tags', 'Steps']);
    expect(labels(p.inputs.advanced)).toEqual(['Notify', 'Priority', 'name']);
    expect(allInputs(p).some((i) => ['api-version', 'tenant', 'secret'].includes(i.name))).toBe(false);
    expect(p.hiddenInputs).toBe(3);
  });

  it('labels by x-ms-summary, else title, else the name (flagged), and nests body fields under their object', () => {
    const byName = new Map(allInputs(p).map((i) => [i.name, i]));
    expect(byName.get('title')).toMatchObject({ label: 'Title', labelFrom: 'x-ms-summary', required: true, hint: 'What the task is.' });
    expect(byName.get('status')).toMatchObject({ label: 'status', labelFrom: 'name', required: false });
    expect(byName.get('owner.email')).toMatchObject({ label: 'Owner email', parents: ['Owner'], required: true, property: true });
    // Required inside an object: marked only when the object itself is required.
    expect(byName.get('owner.name')).toMatchObject({ required: false, group: 'advanced' });
  });

  it('gives each input the designer control of its type', () => {
    const byName = new Map(allInputs(p).map((i) => [i.name, i.control]));
    expect(byName.get('listId')).toMatchObject({
      kind: 'dynamic',
      source: { extension: 'x-ms-dynamic-values', operationId: 'ListLists', operationSummary: 'List lists', found: true },
    });
    expect(byName.get('notify')).toEqual({ kind: 'boolean' });
    expect(byName.get('due')).toEqual({ kind: 'date-time', dateOnly: false });
    expect(byName.get('attachment')).toEqual({ kind: 'file' });
    expect(byName.get('priority')).toEqual({
      kind: 'dropdown',
      displayNames: true,
      options: [
        { value: '1', label: 'Low' },
        { value: '2', label: 'Normal' },
        { value: '3', label: 'High' },
      ],
    });
    expect(byName.get('status')).toEqual({
      kind: 'dropdown',
      displayNames: false,
      options: [
        { value: 'open', label: 'open' },
        { value: 'done', label: 'done' },
      ],
    });
    expect(byName.get('tags')).toMatchObject({ kind: 'array', item: { kind: 'text' }, itemFields: [] });
    const steps = byName.get('steps');
    expect(steps?.kind === 'array' ? labels(steps.itemFields) : []).toEqual(['Step text']);
  });

  it('lists the output tokens: nested as "Parent Child", array items behind "Apply to each", internal ones out', () => {
    const out = p.outputs!;
    expect(out.source).toBe('Response 200');
    expect(out.tokens.map((t) => [t.label, t.type, t.applyToEach ?? '', t.advanced])).toEqual([
      ['Body', 'object', '', false],
      ['Task ID', 'string', '', false],
      ['Task title', 'string', '', false],
      ['Owner', 'object', '', false],
      ['Owner Email', 'string', '', false],
      ['Comments', 'array of object', '', false],
      ['Comments Text', 'string', 'Comments', false],
      ['Done', 'boolean', '', true],
    ]);
    expect(out.hidden).toBe(1);
  });

  it('writes the Power Apps call: required positional, optional in a record, body fields as arguments', () => {
    expect(p.powerApps).toMatchObject({
      callable: true,
      signature:
        'ContosoTasks.CreateTask(listId, title, owner, {notify: Boolean, due: DateTime, priority: Number, status: Text, attachment: Blob, tags: Table, steps: Table({ text: Text })})',
      result: '{ id: Text, title: Text, owner: { email: Text }, comments: Table({ text: Text }), done: Boolean }',
    });
    const owner = p.powerApps.callable ? p.powerApps.arguments.find((a) => a.name === 'owner') : undefined;
    expect(owner).toEqual({ name: 'owner', type: '{ email: Text, name: Text }', required: true });
  });

  it('flags inputs labelled by their names, each tied to the field that fixes it', () => {
    const status = p.problems.find((x) => x.message.startsWith('"status"'));
    expect(status).toMatchObject({
      fixKey: 'x-ms-summary',
      pointer: '/definitions/NewTask/properties/status',
      field: { scope: 'property', label: 'Title' },
    });
    expect(p.problems.filter((x) => x.fixKey === 'x-ms-summary' && x.field?.scope !== 'output').map((x) => x.pointer)).toEqual([
      '/definitions/NewTask/properties/status',
      '/definitions/NewTask/properties/owner/properties/name',
    ]);
  });

  it('says when a required internal input has no default, with the checker rule that reports it', () => {
    const u = p.problems.find((x) => x.key.endsWith('#unfillable'));
    expect(u).toMatchObject({
      pointer: '/paths/~1tasks/post/parameters/3',
      rules: ['InternalParameterRequiresDefault'],
      field: { label: 'Default value' },
    });
    expect(p.problems.filter((x) => x.key.endsWith('#unfillable'))).toHaveLength(1);
  });
});

describe('designer preview: kinds and their marks', () => {
  it('marks a deprecated operation without a summary and titles it by its operationId', () => {
    const p = preview('/paths/~1tasks~1{id}/delete');
    expect(p).toMatchObject({ deprecated: true, title: 'DeleteTask', titleFrom: 'operationId' });
    expect(p.problems[0]).toMatchObject({
      fixKey: 'summary',
      rules: ['OperationSummaryRequired'],
      field: { scope: 'operation', label: 'Summary' },
    });
    expect(p.problems.some((x) => x.key.endsWith('#no-outputs'))).toBe(true);
    expect(p.powerApps).toMatchObject({ callable: true, signature: 'ContosoTasks.DeleteTask(id)', deprecated: true });
  });

  it('a batch polling trigger splits on its array: item tokens need no loop, and Power Apps cannot call it', () => {
    const p = preview('/paths/~1tasks~1poll/get');
    expect(p).toMatchObject({ kind: 'polling-trigger', trigger: 'batch' });
    expect(p.outputs?.splitOn).toBe(true);
    expect(p.outputs?.tokens.find((t) => t.path === 'id')).toMatchObject({ label: 'Task ID' });
    expect(p.outputs?.tokens.find((t) => t.path === 'id')?.applyToEach).toBeUndefined();
    expect(p.outputs?.tokens.find((t) => t.path === 'comments[].text')?.applyToEach).toBe('Comments');
    expect(p.powerApps).toEqual({ callable: false, reason: 'Power Apps cannot call triggers: they start flows, not formulas.' });
  });

  it('says when too many inputs are important, when a trigger does not read "When …" and when a dropdown cannot load', () => {
    const p = preview('/paths/~1tasks~1poll/get');
    const keys = p.problems.map((x) => x.key.slice(x.key.lastIndexOf('#')));
    expect(keys).toEqual(expect.arrayContaining(['#trigger-title', '#important', '#dynamic']));
    expect(p.problems.find((x) => x.key.endsWith('#dynamic'))).toMatchObject({
      rules: ['OperationIdNotFound'],
      pointer: '/paths/~1tasks~1poll/get/parameters/5',
    });
  });

  it('an internal operation cannot be called from Power Apps', () => {
    expect(preview('/paths/~1lists/get').powerApps).toMatchObject({ callable: false, reason: expect.stringContaining('Internal') });
  });

  it('is undefined for a pointer that names no operation', () => {
    expect(designerPreview(definition, properties, '/paths/~1nothing/get')).toBeUndefined();
    expect(designerPreview(definition, properties, '/definitions/Task')).toBeUndefined();
    expect(designerPreview(definition, properties, 'not a pointer')).toBeUndefined();
  });

  it('follows an edited x-ms-summary', () => {
    const edited = structuredClone(definition);
    (edited.definitions.NewTask.properties.status as Record<string, unknown>)['x-ms-summary'] = 'Status';
    const p = designerPreview(edited, properties, '/paths/~1tasks/post')!;
    expect(labels(p.inputs.none)).toContain('Status');
    expect(p.problems.some((x) => x.message.startsWith('"status"'))).toBe(false);
  });
});

describe.skipIf(!HAVE_CORPUS)('designer preview: corpus connectors', () => {
  it('Exact Online Premium, Get values: groups, display names, "loaded from" and the Power Apps call', () => {
    const { definition: d, properties: pr } = corpus('certified-connectors/Exact Online Premium');
    const p = designerPreview(d, pr, '/paths/~1convert~1PayloadToValues/patch')!;
    expect(p.connector.brandColor).toBe('#ff0000');
    expect(labels(p.inputs.important)).toEqual(['Entity Type', 'Value Type']);
    expect(labels(p.inputs.none)).toEqual([]);
    expect(labels(p.inputs.advanced)).toEqual(['Content-Type header', 'Accept header', 'Payload']);
    expect(p.inputs.important.map((i) => i.required)).toEqual([true, true]);
    expect(p.inputs.important[0]!.control).toMatchObject({
      kind: 'dynamic',
      source: { operationId: 'GetSupportedEntityTypes', operationSummary: 'Get supported entity types' },
    });
    expect(p.inputs.important[1]!.control).toMatchObject({
      kind: 'dropdown',
      options: [{ label: 'Table' }, { label: 'Old Values' }, { label: 'New Values' }],
    });
    expect(p.outputs?.dynamic).toMatchObject({
      extension: 'x-ms-dynamic-properties',
      operationId: 'GetSchema',
      passes: [
        { name: 'EntityType', label: 'Entity Type' },
        { name: 'ValueType', label: 'Value Type' },
      ],
    });
    expect(p.powerApps).toMatchObject({
      callable: true,
      signature: "ExactOnlinePremium.GetValues(EntityType, ValueType, {'Content-Type': Text, Accept: Text, body: Text})",
    });
  });

  it('Exact Online Premium, a webhook trigger: the callback URL is absent, an unlabelled field is flagged', () => {
    const { definition: d, properties: pr } = corpus('certified-connectors/Exact Online Premium');
    const p = designerPreview(d, pr, '/paths/~1webhooks~1AccountChanged/post')!;
    expect(p).toMatchObject({ kind: 'webhook-trigger', trigger: 'single', title: 'When an account is created or changed' });
    expect(allInputs(p).map((i) => i.name)).toEqual(['Company']);
    expect(p.hiddenInputs).toBe(1);
    expect(p.inputs.important[0]).toMatchObject({ labelFrom: 'name', required: true });
    expect(p.problems[0]).toMatchObject({ pointer: '/parameters/SubscriptionBody/schema/properties/Company', fixKey: 'x-ms-summary' });
    expect(p.outputs?.source).toBe('Notification');
    expect(p.outputs?.tokens.find((t) => t.path === 'Content.Division')).toMatchObject({
      label: 'Content Company',
      type: 'integer (int32)',
    });
    expect(p.powerApps.callable).toBe(false);
  });

  it('JIRA: a batch polling trigger, a deprecated action and a body whose fields come from another operation', () => {
    const { definition: d, properties: pr } = corpus('certified-connectors/JIRA');
    const trigger = designerPreview(d, pr, '/paths/~1new_issue_trigger~1search/get')!;
    expect(trigger).toMatchObject({ kind: 'polling-trigger', trigger: 'batch', outputs: { splitOn: true } });
    expect(trigger.outputs!.tokens.filter((t) => t.applyToEach !== undefined).length).toBeLessThan(trigger.outputs!.tokens.length);
    const v1 = designerPreview(d, pr, '/paths/~1issue/post')!;
    expect(v1).toMatchObject({ deprecated: true, title: 'Create a new issue' });
    // Body fields nested two objects deep are fields of nested records in the Power Apps call.
    const fields = v1.powerApps.callable ? v1.powerApps.arguments.find((a) => a.name === 'fields') : undefined;
    expect(fields?.required).toBe(true);
    expect(fields?.type).toMatch(/^\{ issuetype: \{ id: Text \}, summary: Text, /);
    const v2 = designerPreview(d, pr, '/paths/~1v2~1issue/post')!;
    expect(v2.dynamicInputs).toMatchObject([
      { extension: 'x-ms-dynamic-schema', operationId: 'ListIssueTypesFields', passes: [{ label: 'Project' }, { label: 'Issue Type Id' }] },
    ]);
    expect(v2.powerApps).toMatchObject({
      signature: 'JIRA.CreateIssueV2(projectKey, issueTypeIds, {item: Record (fields from ListIssueTypesFields)})',
    });
  });
});
