// The studio's form logic without a browser: what the form shows of a connector, and the minimal
// text edits a form change becomes (done in the parse worker in the app).
import { describe, expect, it } from 'vitest';
import { applyEdits, JsonDocument } from '../../shared/core/text';
import { buildFormState } from '../../shared/editing/form-state';
import { formatCategories, parseCategories } from '../../renderer/wizard/general/connector-categories';
import { resolveEdit } from '../../shared/editing/resolve-edit';
import type { EditOp } from '../../renderer/workers/parse-protocol';
import { searchOperations } from '../../renderer/wizard/definition/operation-search';

const DEFINITION = `{
  "swagger": "2.0",
  "info": {
    "title": "Contoso",
    "version": "1.0"
  },
  "host": "api.contoso.com",
  "paths": {
    "/items": {
      "get": {
        "operationId": "ListItems",
        "summary": "List items",
        "x-ms-visibility": "important",
        "responses": { "200": { "description": "OK" } }
      }
    }
  }
}
`;

function edit(text: string, op: EditOp): string {
  return applyEdits(text, resolveEdit(JsonDocument.parse(text), op));
}

describe('form edits', () => {
  it('changes one value and nothing else', () => {
    const out = edit(DEFINITION, { kind: 'set', pointer: '/paths/~1items/get/summary', value: 'Get all items' });
    expect(out).toBe(DEFINITION.replace('"List items"', '"Get all items"'));
  });

  it('removes a key with its line (Visibility none)', () => {
    const out = edit(DEFINITION, { kind: 'remove', pointer: '/paths/~1items/get/x-ms-visibility' });
    expect(out).toBe(DEFINITION.replace(',\n        "x-ms-visibility": "important"', ''));
    expect(JSON.parse(out).paths['/items'].get['x-ms-visibility']).toBeUndefined();
  });

  it('creates info.contact when the first contact field is typed', () => {
    const out = edit(DEFINITION, { kind: 'set', pointer: '/info/contact/email', value: 'help@contoso.com' });
    expect(JSON.parse(out).info).toEqual({ title: 'Contoso', version: '1.0', contact: { email: 'help@contoso.com' } });
    expect(out.split('\n').slice(0, 5)).toEqual(DEFINITION.split('\n').slice(0, 4).concat('    "version": "1.0",'));
  });

  it('adds, changes and removes connector metadata entries by name', () => {
    let text = edit(DEFINITION, { kind: 'metadata', name: 'Website', value: 'https://contoso.com' });
    expect(JSON.parse(text)['x-ms-connector-metadata']).toEqual([{ propertyName: 'Website', propertyValue: 'https://contoso.com' }]);
    text = edit(text, { kind: 'metadata', name: 'Categories', value: 'Data;AI' });
    text = edit(text, { kind: 'metadata', name: 'Website', value: 'https://www.contoso.com' });
    expect(JSON.parse(text)['x-ms-connector-metadata']).toEqual([
      { propertyName: 'Website', propertyValue: 'https://www.contoso.com' },
      { propertyName: 'Categories', propertyValue: 'Data;AI' },
    ]);
    text = edit(text, { kind: 'metadata', name: 'Website', value: undefined });
    expect(JSON.parse(text)['x-ms-connector-metadata']).toEqual([{ propertyName: 'Categories', propertyValue: 'Data;AI' }]);
    expect(edit(text, { kind: 'metadata', name: 'Privacy policy', value: undefined })).toBe(text);
  });
});

describe('form state', () => {
  it('shows the General fields and the operations of a definition', () => {
    const def = JSON.parse(DEFINITION);
    def.info.contact = { name: 'Contoso', url: 'https://contoso.com', email: 'help@contoso.com' };
    def['x-ms-connector-metadata'] = [
      { propertyName: 'Website', propertyValue: 'https://contoso.com' },
      { propertyName: 'Privacy policy', propertyValue: 'https://contoso.com/privacy' },
      { propertyName: 'Categories', propertyValue: 'Data;Productivity' },
    ];
    const form = buildFormState(def, { properties: { iconBrandColor: '#da3b01' } }, false);
    expect(form.general).toMatchObject({
      title: 'Contoso',
      host: 'api.contoso.com',
      contactEmail: 'help@contoso.com',
      website: 'https://contoso.com',
      privacyPolicy: 'https://contoso.com/privacy',
      categories: 'Data;Productivity',
      iconBrandColor: '#da3b01',
    });
    expect(form.operations).toHaveLength(1);
    expect(form.operations[0]).toMatchObject({
      operationId: 'ListItems',
      summary: 'List items',
      visibility: 'important',
      pointer: '/paths/~1items/get',
    });
    expect(form.operations[0]!.responses).toEqual([{ status: '200', description: 'OK', schema: '' }]);
    expect(form.hasProperties).toBe(true);
    expect(form.authLabel).toBe('None');
  });

  it('is structured-cloneable (it crosses from the worker)', () => {
    const form = buildFormState(JSON.parse(DEFINITION), undefined, false);
    expect(structuredClone(form)).toEqual(form);
    expect(form.hasProperties).toBe(false);
  });

  it('lists references and their uses only when asked (the walk is skipped while typing elsewhere)', () => {
    const def = JSON.parse(DEFINITION);
    def.definitions = { Item: { type: 'object' }, 'a/b': { type: 'string' } };
    def.paths['/items'].get.responses['200'].schema = { $ref: '#/definitions/Item' };
    const plain = buildFormState(def, undefined, false);
    expect(plain.references).toBeUndefined();
    expect(plain.definitionRefs).toEqual(['#/definitions/Item', '#/definitions/a~1b']);
    const listed = buildFormState(def, undefined, false, { references: true });
    expect(listed.references?.definitions.map((d) => [d.name, d.uses.length])).toEqual([
      ['Item', 1],
      ['a/b', 0],
    ]);
    expect(listed.definitionRefs).toEqual(plain.definitionRefs);
  });
});

describe('categories and search', () => {
  it('reads and writes the semicolon list', () => {
    expect(parseCategories(' Data ; Productivity;')).toEqual(['Data', 'Productivity']);
    expect(formatCategories(['AI', 'Data'])).toBe('AI;Data');
  });

  it('finds operations by every word typed, in ID, summary or path', () => {
    const form = buildFormState(JSON.parse(DEFINITION), undefined, false);
    expect(searchOperations(form.operations, 'list')).toHaveLength(1);
    expect(searchOperations(form.operations, 'items GET')).toHaveLength(1);
    expect(searchOperations(form.operations, 'create')).toHaveLength(0);
    expect(searchOperations(form.operations, '  ')).toHaveLength(1);
  });
});

describe('a run of edits to one field (EditBase)', () => {
  it('locates the value after the form changed it, without a new parse', async () => {
    const { EditBase } = await import('../../renderer/workers/edit-base');
    let text = DEFINITION;
    const base = new EditBase(JsonDocument.parse(text));
    const apply = (edits: { offset: number; length: number; content: string }[]) => {
      base.expect(edits);
      const e = edits[0]!;
      expect(base.follow([{ offset: e.offset, length: e.length, text: e.content }])).toBe(true);
      text = applyEdits(text, edits);
    };
    // The Summary typed letter by letter, and the title changed in between (before it in the text).
    for (const value of ['L', 'Li', 'List all items']) {
      apply(base.tryEdits({ kind: 'set', pointer: '/paths/~1items/get/summary', value })!);
      expect(JSON.parse(text).paths['/items'].get.summary).toBe(value);
    }
    apply(base.tryEdits({ kind: 'set', pointer: '/info/title', value: 'Contoso Items' })!);
    apply(base.tryEdits({ kind: 'set', pointer: '/paths/~1items/get/summary', value: 'List the items' })!);
    expect(text).toBe(DEFINITION.replace('"Contoso"', '"Contoso Items"').replace('"List items"', '"List the items"'));
    // Creating a key, or replacing an object, needs the text parsed afresh.
    expect(base.tryEdits({ kind: 'set', pointer: '/info/contact/name', value: 'x' })).toBeUndefined();
    expect(base.tryEdits({ kind: 'set', pointer: '/info', value: {} })).toBeUndefined();
    // A change it did not hand out (typing in the editor) ends the base.
    base.expect([{ offset: 0, length: 0, content: ' ' }]);
    expect(base.follow([{ offset: 3, length: 0, text: 'x' }])).toBe(false);
  });
});
