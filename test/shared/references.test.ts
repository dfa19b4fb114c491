import { describe, expect, it } from 'vitest';
import { deleteReferenceEdits, describeUse, listReferences, renameReferenceEdits } from '../../shared/editing/definition-references';
import { schemaTree, setSchemaRequiredEdits as requiredEdits } from '../../shared/editing/definition-edits';
import { applyEdits, JsonDocument, valueAt } from '../../shared/core/text';
import { callbackCandidates, callbackPropertyEdits, readTrigger } from '../../shared/editing/trigger-settings';

// Four-space indents and CRLF, an inline object and a key the studio does not know: all must survive.
const DEFINITION = [
  '{',
  '    "swagger": "2.0",',
  '    "x-unknown": {"kept": true},',
  '    "paths": {',
  '        "/pets": {',
  '            "get": {',
  '                "operationId": "ListPets",',
  '                "parameters": [{"$ref": "#/parameters/top"}],',
  '                "responses": {',
  '                    "200": {"description": "OK", "schema": {"type": "array", "items": {"$ref": "#/definitions/Pet"}}},',
  '                    "404": {"$ref": "#/responses/NotFound"}',
  '                }',
  '            },',
  '            "post": {',
  '                "operationId": "OnPet",',
  '                "x-ms-trigger": "single",',
  '                "parameters": [',
  '                    {"name": "body", "in": "body", "schema": {"$ref": "#/definitions/Subscription"}}',
  '                ],',
  '                "responses": {"201": {"description": "Created"}}',
  '            },',
  '            "x-ms-notification-content": {"schema": {"$ref": "#/definitions/Pet"}}',
  '        }',
  '    },',
  '    "definitions": {',
  '        "Pet": {',
  '            "type": "object",',
  '            "required": ["id"],',
  '            "properties": {',
  '                "id": {"type": "integer", "format": "int64"},',
  '                "name": {"type": "string", "x-ms-summary": "Name"},',
  '                "owner": {"$ref": "#/definitions/Owner"},',
  '                "tags": {"type": "array", "items": {"type": "object", "properties": {"label": {"type": "string"}}}}',
  '            }',
  '        },',
  '        "Owner": {"type": "object", "properties": {"email": {"$ref": "#/definitions/Pet/properties/name"}}},',
  '        "Subscription": {',
  '            "type": "object",',
  '            "properties": {',
  '                "callback": {"type": "object", "properties": {"url": {"type": "string"}}},',
  '                "notificationUrl": {"type": "string", "x-ms-notification-url": true, "x-ms-visibility": "internal"}',
  '            },',
  '            "required": ["notificationUrl"]',
  '        },',
  '        "Unused": {"type": "string"}',
  '    },',
  '    "parameters": {"top": {"name": "$top", "in": "query", "type": "integer"}},',
  '    "responses": {"NotFound": {"description": "Not found"}}',
  '}',
].join('\r\n');

function changed(before: string, after: string): { before: string; after: string }[] {
  const a = before.split('\r\n');
  const b = after.split('\r\n');
  expect(b.length, 'the number of lines').toBe(a.length);
  return a.flatMap((line, i) => (line === b[i] ? [] : [{ before: line, after: b[i]! }]));
}

describe('references', () => {
  const doc = JsonDocument.parse(DEFINITION);

  it('lists every definition, parameter and response with each use', () => {
    const refs = listReferences(doc.value);
    const uses = (name: string) => refs.definitions.find((d) => d.name === name)!.uses.map((u) => u.pointer);
    expect(refs.definitions.map((d) => d.name)).toEqual(['Pet', 'Owner', 'Subscription', 'Unused']);
    expect(uses('Pet')).toEqual([
      '/paths/~1pets/get/responses/200/schema/items',
      '/paths/~1pets/x-ms-notification-content/schema',
      '/definitions/Owner/properties/email',
    ]);
    expect(uses('Owner')).toEqual(['/definitions/Pet/properties/owner']);
    expect(uses('Unused')).toEqual([]);
    expect(refs.parameters[0]!.uses).toEqual([{ pointer: '/paths/~1pets/get/parameters/0', operation: '/paths/~1pets/get' }]);
    expect(refs.responses[0]!.uses.map((u) => u.pointer)).toEqual(['/paths/~1pets/get/responses/404']);
    expect(refs.dangling).toEqual([]);
    expect(
      describeUse('/paths/~1pets/get/responses/200/schema/items', (p) => (p === '/paths/~1pets/get' ? 'GET /pets (ListPets)' : undefined)),
    ).toBe('GET /pets (ListPets): responses › 200 › schema › items');
    expect(describeUse('/definitions/Owner/properties/email')).toBe('definition Owner: properties › email');
  });

  it('a $ref that names nothing is listed as dangling', () => {
    const refs = listReferences({ paths: { '/a': { get: { responses: { 200: { schema: { $ref: '#/definitions/Gone' } } } } } } });
    expect(refs.dangling.map((d) => d.ref)).toEqual(['#/definitions/Gone']);
  });

  it('a rename changes the key and every $ref to it (sub-pointers too), and nothing else', () => {
    const edits = renameReferenceEdits(doc, 'definitions', 'Pet', 'Animal');
    const out = applyEdits(DEFINITION, edits);
    expect(changed(DEFINITION, out)).toEqual([
      { before: DEFINITION.split('\r\n')[9], after: DEFINITION.split('\r\n')[9]!.replace('#/definitions/Pet', '#/definitions/Animal') },
      {
        before: '            "x-ms-notification-content": {"schema": {"$ref": "#/definitions/Pet"}}',
        after: '            "x-ms-notification-content": {"schema": {"$ref": "#/definitions/Animal"}}',
      },
      { before: '        "Pet": {', after: '        "Animal": {' },
      {
        before: '        "Owner": {"type": "object", "properties": {"email": {"$ref": "#/definitions/Pet/properties/name"}}},',
        after: '        "Owner": {"type": "object", "properties": {"email": {"$ref": "#/definitions/Animal/properties/name"}}},',
      },
    ]);
    // Renaming back restores the text byte for byte.
    const back = applyEdits(out, renameReferenceEdits(JsonDocument.parse(out), 'definitions', 'Animal', 'Pet'));
    expect(back).toBe(DEFINITION);
  });

  it('renames parameters and responses the same way', () => {
    const out = applyEdits(DEFINITION, renameReferenceEdits(doc, 'parameters', 'top', 'topParam'));
    expect(changed(DEFINITION, out).map((c) => c.after)).toEqual([
      '                "parameters": [{"$ref": "#/parameters/topParam"}],',
      '    "parameters": {"topParam": {"name": "$top", "in": "query", "type": "integer"}},',
    ]);
  });

  it('refuses a name in use, an empty one or one a $ref cannot carry', () => {
    expect(() => renameReferenceEdits(doc, 'definitions', 'Pet', 'Owner')).toThrow('There is already a definition named "Owner".');
    expect(() => renameReferenceEdits(doc, 'definitions', 'Pet', '')).toThrow('A definition needs a name.');
    expect(() => renameReferenceEdits(doc, 'definitions', 'Pet', 'My Pet')).toThrow(/without spaces/);
    expect(() => renameReferenceEdits(doc, 'definitions', 'Nope', 'X')).toThrow('There is no definition named "Nope".');
    expect(renameReferenceEdits(doc, 'definitions', 'Pet', 'Pet')).toEqual([]);
  });

  it('deletes an unused entry, and refuses one in use', () => {
    const out = applyEdits(DEFINITION, deleteReferenceEdits(doc, 'definitions', 'Unused'));
    expect(JSON.parse(out).definitions.Unused).toBeUndefined();
    expect(out.split('\r\n').length).toBe(DEFINITION.split('\r\n').length - 1);
    expect(out).toContain('"required": ["notificationUrl"]\r\n        }\r\n    },');
    expect(() => deleteReferenceEdits(doc, 'definitions', 'Pet')).toThrow('"Pet" is used 3 times; remove those uses before deleting it.');
  });

  it('reads a definition as the property tree the References view shows (a $ref followed, with its name)', () => {
    const { rows } = schemaTree(doc.value, valueAt(doc.value, '/definitions/Pet'), '/definitions/Pet');
    expect(rows.map((r) => [r.label, r.shownType, r.format, r.summary, r.required, r.ref ?? ''])).toEqual([
      ['', 'object', '', '', false, ''],
      ['id', 'integer', 'int64', '', true, ''],
      ['name', 'string', '', 'Name', false, ''],
      ['owner', 'object', '', '', false, '#/definitions/Owner'],
      ['owner.email', 'string', '', 'Name', false, '#/definitions/Pet/properties/name'],
      ['tags', 'array', '', '', false, ''],
      ['tags[].label', 'string', '', '', false, ''],
    ]);
    // A property is edited where it is written: the definition its `$ref` names.
    expect(rows.find((r) => r.label === 'owner.email')!.pointer).toBe('/definitions/Pet/properties/name');
    expect(rows.find((r) => r.label === 'tags[].label')!.parentPointer).toBe('/definitions/Pet/properties/tags/items');
  });

  it('Is required adds to and removes from the required list; the last name takes the key with it', () => {
    const add = applyEdits(DEFINITION, requiredEdits(doc, '/definitions/Pet', 'name', true));
    expect(changed(DEFINITION, add)).toEqual([
      { before: '            "required": ["id"],', after: '            "required": ["id", "name"],' },
    ]);
    expect(requiredEdits(doc, '/definitions/Pet', 'id', true)).toEqual([]);
    const removed = applyEdits(DEFINITION, requiredEdits(doc, '/definitions/Pet', 'id', false));
    expect(JSON.parse(removed).definitions.Pet.required).toBeUndefined();
    expect(removed.split('\r\n').length).toBe(DEFINITION.split('\r\n').length - 1);
    const created = applyEdits(DEFINITION, requiredEdits(doc, '/definitions/Owner', 'email', true));
    expect(JSON.parse(created).definitions.Owner.required).toEqual(['email']);
  });
});

describe('webhook callback property', () => {
  const doc = JsonDocument.parse(DEFINITION);
  const op = '/paths/~1pets/post';

  it('lists the body properties that can take the callback URL, nested ones too', () => {
    expect(callbackCandidates(doc.value, op)?.map((c) => [c.path, c.type, c.selected])).toEqual([
      ['callback.url', 'string', false],
      ['notificationUrl', 'string', true],
    ]);
    const t = readTrigger(doc.value, { pointer: op, operationId: 'OnPet' })!;
    expect(t.trigger).toBe('single');
    expect(t.notification).toEqual({ description: '', schemaRef: '#/definitions/Pet', inlineSchema: false });
  });

  it('choosing another property moves the mark and makes it a required, internal string, in one span', () => {
    const edits = callbackPropertyEdits(doc, op, '/definitions/Subscription/properties/callback/properties/url');
    expect(edits).toHaveLength(1);
    const value = JSON.parse(applyEdits(DEFINITION, edits));
    const sub = value.definitions.Subscription;
    expect(sub.properties.notificationUrl['x-ms-notification-url']).toBeUndefined();
    expect(sub.properties.callback.properties.url).toEqual({
      type: 'string',
      'x-ms-notification-url': true,
      'x-ms-visibility': 'internal',
    });
    expect(sub.required).toEqual(['notificationUrl', 'callback']);
    expect(sub.properties.callback.required).toEqual(['url']);
    // Choosing the property already chosen (and already right) changes nothing.
    expect(callbackPropertyEdits(doc, op, '/definitions/Subscription/properties/notificationUrl')).toEqual([]);
    expect(() => callbackPropertyEdits(doc, '/paths/~1pets/get', undefined)).toThrow(
      'This operation has no body parameter to take the callback URL.',
    );
  });
});
