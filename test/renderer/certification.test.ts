// The Certification tab's logic without a browser: findings grouped by severity and rule, a finding's
// pointer mapped to the form field that edits it, and a quick fix checked and applied as one minimal
// edit (on a real corpus connector, with the checker the worker runs).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { certifyConnector } from '../../shared/engines/certify';
import { loadConnector } from '../../shared/core/connector';
import { applyEdits } from '../../shared/core/text';
import { countsSentence, groupFindings } from '../../renderer/wizard/certification/finding-groups';
import { otherFileTarget, targetOf, type TargetContext } from '../../renderer/wizard/certification/finding-target';
import { definitionReader } from '../../renderer/wizard/certification/definition-reader';
import { fixOperations } from '../../renderer/wizard/certification/fix-operations';
import type { Finding } from '../../renderer/workers/certify-protocol';
import { CONNECTORS_DIR, HAVE_CORPUS } from '../support/corpus';

let seq = 0;
function finding(patch: Partial<Finding>): Finding {
  return {
    index: seq++,
    file: 'definition',
    rule: 'SomeRule',
    severity: 'warning',
    message: 'Something is wrong.',
    pointer: '/info/title',
    valuePath: '/info',
    category: 'metadata',
    offset: 0,
    length: 1,
    line: 1,
    column: 1,
    fixable: false,
    ...patch,
  };
}

describe('groupFindings', () => {
  it('puts errors first, then warnings, then information, each by rule with the largest group first', () => {
    const findings = [
      finding({ severity: 'info', rule: 'I' }),
      finding({ severity: 'warning', rule: 'B', offset: 50 }),
      finding({ severity: 'error', rule: 'E', file: 'properties', offset: 1 }),
      finding({ severity: 'warning', rule: 'A' }),
      finding({ severity: 'warning', rule: 'B', offset: 10 }),
      finding({ severity: 'error', rule: 'E', offset: 99 }),
    ];
    const groups = groupFindings(findings);
    expect(groups.map((g) => [g.label, g.count])).toEqual([
      ['Errors', 2],
      ['Warnings', 3],
      ['Information', 1],
    ]);
    expect(groups[1]!.rules.map((r) => r.rule)).toEqual(['B', 'A']);
    // Within a rule: the definition before apiProperties.json, then in text order.
    expect(groups[1]!.rules[0]!.findings.map((f) => f.offset)).toEqual([10, 50]);
    expect(groups[0]!.rules[0]!.findings.map((f) => f.file)).toEqual(['definition', 'properties']);
    expect(countsSentence(findings)).toBe('2 errors, 3 warnings, 1 information');
  });

  it('leaves out severities without findings', () => {
    expect(groupFindings([finding({ severity: 'info' })]).map((g) => g.severity)).toEqual(['info']);
    expect(groupFindings([])).toEqual([]);
  });
});

describe('targetOf', () => {
  // The places the targets below name, as a definition writes them (the form shows what is written).
  const definition = {
    swagger: '2.0',
    paths: {
      '/items/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, type: 'string' }],
        get: {
          parameters: [
            { name: 'q', in: 'query', type: 'string', 'x-ms-url-encoding': 'double' },
            { name: 'top', in: 'query', type: 'integer', 'x-ms-summary': 'top' },
            {
              name: 'body',
              in: 'body',
              default: {},
              schema: {
                type: 'object',
                properties: {
                  a: { type: 'array', items: { type: 'object', properties: { b: { type: 'string', format: 'x', enum: ['x', 'y'] } } } },
                },
                'x-ms-dynamic-schema': { operationId: 'GetSchema' },
              },
            },
            { name: 'kind', in: 'query', type: 'string', enum: ['a', 'two\nlines', 'c'] },
            {
              name: 'list',
              in: 'query',
              type: 'string',
              enum: ['a'],
              'x-ms-dynamic-values': { operationId: 'ListKinds', 'value-path': 'id' },
            },
            { name: 'tags', in: 'query', type: 'array', items: { type: 'string', 'x-ms-summary': 'Tag' } },
          ],
          responses: {
            200: {
              description: 'OK',
              schema: {
                type: 'object',
                properties: { a: { type: 'object', properties: { 'b/c': { type: 'string', default: 'z' } } } },
                'x-ms-dynamic-schema': { operationId: 'GetSchema', 'value-path': 'schema' },
              },
              headers: { 'X-Id': { type: 'string' } },
            },
            default: { description: 'Error' },
          },
        },
        patch: { parameters: [{ $ref: '#/parameters/api-version' }], responses: { default: { $ref: '#/responses/Error' } } },
      },
    },
    parameters: { 'api-version': { name: 'api-version', in: 'query', type: 'string', default: '1' } },
    responses: {
      Error: { description: 'Error', schema: { type: 'object', properties: { message: { type: 'string' } } } },
      Problem: { description: 'Problem', schema: { $ref: '#/definitions/Item' } },
    },
    definitions: {
      Item: {
        type: 'object',
        properties: {
          properties: { type: 'object', properties: { 'a/b': { type: 'string' } } },
          flag: { type: 'boolean', enum: ['true'] },
          // `items` under an object: the tree lists no row for what is under it.
          list: { type: 'object', items: { type: 'object', properties: { x: { type: 'string' } } } },
        },
      },
    },
  };
  const ctx: TargetContext = {
    ...definitionReader(() => definition),
    operationName: (p) => ({ '/paths/~1items~1{id}/get': 'GetItem', '/paths/~1items~1{id}/patch': 'UpdateItem' })[p],
    metadataName: (i) => ['Website', 'Privacy policy', 'Categories'][i],
    usersOf: (p) =>
      ({
        '/paths/~1items~1{id}/parameters/0': [
          { operation: '/paths/~1items~1{id}/get', name: 'id' },
          { operation: '/paths/~1items~1{id}/patch', name: 'id' },
        ],
        '/parameters/api-version': [{ operation: '/paths/~1items~1{id}/patch', name: 'api-version' }],
        '/responses/Error': [
          { operation: '/paths/~1items~1{id}/get', name: '400' },
          { operation: '/paths/~1items~1{id}/patch', name: 'default' },
        ],
        '/responses/Problem': [{ operation: '/paths/~1items~1{id}/get', name: '500' }],
      })[p] ?? [],
  };

  it('maps a pointer under an operation to the Definition tab, that operation and its field', () => {
    expect(targetOf('definition', '/paths/~1items~1{id}/get/summary', ctx)).toEqual({
      tab: 'definition',
      operation: '/paths/~1items~1{id}/get',
      field: 'Summary',
      label: 'Definition › GetItem › Summary',
    });
    expect(targetOf('definition', '/paths/~1items~1{id}/get/x-ms-visibility', ctx)?.field).toBe('Visibility');
    // A request parameter: its form, at the field for the key (its name where the form has no field for it).
    expect(targetOf('definition', '/paths/~1items~1{id}/get/parameters/1/x-ms-summary', ctx)).toEqual({
      tab: 'definition',
      operation: '/paths/~1items~1{id}/get',
      item: '/paths/~1items~1{id}/get/parameters/1',
      field: 'Summary',
      label: 'Definition › GetItem › Parameter 2 › Summary',
    });
    // A key no field edits: the parameter's form, its first field, saying the key is in the text.
    expect(targetOf('definition', '/paths/~1items~1{id}/get/parameters/0/x-ms-url-encoding', ctx)).toEqual({
      tab: 'definition',
      operation: '/paths/~1items~1{id}/get',
      item: '/paths/~1items~1{id}/get/parameters/0',
      field: 'Name',
      label: 'Definition › GetItem › Parameter 1 ("x-ms-url-encoding" is edited in the text only)',
    });
    // A response schema's property: that property's form, at the field for the key.
    expect(targetOf('definition', '/paths/~1items~1{id}/get/responses/200/schema/properties/a/properties/b~1c/description', ctx)).toEqual({
      tab: 'definition',
      operation: '/paths/~1items~1{id}/get',
      item: '/paths/~1items~1{id}/get/responses/200/schema/properties/a/properties/b~1c',
      field: 'Description',
      label: 'Definition › GetItem › Response 200 › b/c › Description',
    });
    expect(targetOf('definition', '/paths/~1items~1{id}/get/responses/default/description', ctx)?.item).toBe(
      '/paths/~1items~1{id}/get/responses/default',
    );
    // Deeper without a field (a trigger hint): the operation, no single field.
    expect(targetOf('definition', '/paths/~1items~1{id}/get/x-ms-trigger-hint', ctx)).toEqual({
      tab: 'definition',
      operation: '/paths/~1items~1{id}/get',
      label: 'Definition › GetItem',
    });
  });

  it('maps the keys of a dropdown to their fields, and an enum value to its line of Values', () => {
    // The third value starts on line 4: the second takes two lines.
    expect(targetOf('definition', '/paths/~1items~1{id}/get/parameters/3/enum/2', ctx)).toEqual({
      tab: 'definition',
      operation: '/paths/~1items~1{id}/get',
      item: '/paths/~1items~1{id}/get/parameters/3',
      field: 'Values',
      line: 3,
      label: 'Definition › GetItem › Parameter 4 › Values › line 4',
    });
    // A dynamic dropdown hides Values: its type is where they come back.
    expect(targetOf('definition', '/paths/~1items~1{id}/get/parameters/4/enum/0', ctx)?.field).toBe('Dropdown type');
    expect(targetOf('definition', '/paths/~1items~1{id}/get/parameters/4/x-ms-dynamic-values/value-path', ctx)?.field).toBe('Value');
    expect(targetOf('definition', '/paths/~1items~1{id}/get/parameters/4/x-ms-dynamic-values/parameters/x', ctx)?.field).toBe(
      'Operation ID',
    );
    // No dynamic list is written: no field edits one.
    expect(targetOf('definition', '/paths/~1items~1{id}/get/parameters/4/x-ms-dynamic-list/operationId', ctx)?.label).toBe(
      'Definition › GetItem › Parameter 5 ("x-ms-dynamic-list" is edited in the text only)',
    );
    // The item type of an array parameter is a field; the rest of its items is not.
    expect(targetOf('definition', '/paths/~1items~1{id}/get/parameters/5/items/type', ctx)?.field).toBe('Item type');
    expect(targetOf('definition', '/paths/~1items~1{id}/get/parameters/5/items/x-ms-summary', ctx)?.label).toBe(
      'Definition › GetItem › Parameter 6 ("items" is edited in the text only)',
    );
  });

  it('maps a body schema property of a parameter to its row of the tree', () => {
    expect(targetOf('definition', '/paths/~1items~1{id}/get/parameters/2/schema/properties/a/items/properties/b/format', ctx)).toEqual({
      tab: 'definition',
      operation: '/paths/~1items~1{id}/get',
      item: '/paths/~1items~1{id}/get/parameters/2/schema/properties/a/items/properties/b',
      field: 'Format',
      label: 'Definition › GetItem › Parameter 3 › b › Format',
    });
    // A body parameter's form has no Default value; its dynamic schema has fields of its own.
    expect(targetOf('definition', '/paths/~1items~1{id}/get/parameters/2/default', ctx)?.label).toBe(
      'Definition › GetItem › Parameter 3 ("default" is edited in the text only)',
    );
    expect(targetOf('definition', '/paths/~1items~1{id}/get/parameters/2/schema/x-ms-dynamic-schema/operationId', ctx)).toEqual({
      tab: 'definition',
      operation: '/paths/~1items~1{id}/get',
      item: '/paths/~1items~1{id}/get/parameters/2',
      field: 'Schema from operation',
      label: 'Definition › GetItem › Parameter 3 › Dynamic schema › Schema from operation',
    });
    expect(targetOf('definition', '/paths/~1items~1{id}/get/responses/200/schema/x-ms-dynamic-schema/value-path', ctx)).toEqual({
      tab: 'definition',
      operation: '/paths/~1items~1{id}/get',
      item: '/paths/~1items~1{id}/get/responses/200',
      field: 'Schema location',
      label: 'Definition › GetItem › Response 200 › Dynamic schema › Schema location',
    });
    // A schema property's enum value and default: Values with the value's line, Default value.
    expect(targetOf('definition', '/paths/~1items~1{id}/get/parameters/2/schema/properties/a/items/properties/b/enum/1', ctx)).toEqual({
      tab: 'definition',
      operation: '/paths/~1items~1{id}/get',
      item: '/paths/~1items~1{id}/get/parameters/2/schema/properties/a/items/properties/b',
      field: 'Values',
      line: 1,
      label: 'Definition › GetItem › Parameter 3 › b › Values › line 2',
    });
    expect(targetOf('definition', '/paths/~1items~1{id}/get/responses/200/schema/properties/a/properties/b~1c/default', ctx)).toEqual({
      tab: 'definition',
      operation: '/paths/~1items~1{id}/get',
      item: '/paths/~1items~1{id}/get/responses/200/schema/properties/a/properties/b~1c',
      field: 'Default value',
      label: 'Definition › GetItem › Response 200 › b/c › Default value',
    });
    expect(targetOf('definition', '/paths/~1items~1{id}/get/responses/200/headers/X-Id/type', ctx)?.label).toBe(
      'Definition › GetItem › Response 200 ("headers" is edited in the text only)',
    );
  });

  it('maps shared places to the form of the first operation that uses them, and definitions to References', () => {
    // The path item's parameter: the first operation of the path, saying it is shared.
    expect(targetOf('definition', '/paths/~1items~1{id}/parameters/0/x-ms-summary', ctx)).toEqual({
      tab: 'definition',
      operation: '/paths/~1items~1{id}/get',
      item: '/paths/~1items~1{id}/parameters/0',
      field: 'Summary',
      label: 'Definition › GetItem › Parameter id (shared by 2 operations) › Summary',
    });
    // A `#/parameters` entry: edited where it is written, through an operation that names it.
    expect(targetOf('definition', '/parameters/api-version/default', ctx)).toEqual({
      tab: 'definition',
      operation: '/paths/~1items~1{id}/patch',
      item: '/parameters/api-version',
      field: 'Default value',
      label: 'Definition › UpdateItem › Parameter api-version (#/parameters/api-version) › Default value',
    });
    expect(targetOf('definition', '/responses/Error/schema/properties/message/x-ms-summary', ctx)).toEqual({
      tab: 'definition',
      operation: '/paths/~1items~1{id}/get',
      item: '/responses/Error/schema/properties/message',
      field: 'Title',
      label: 'Definition › GetItem › Response 400 (#/responses/Error, used by 2 operations) › message › Title',
    });
    expect(targetOf('definition', '/responses/Error/schema/format', ctx)?.item).toBe('/responses/Error/schema');
    expect(targetOf('definition', '/responses/Error/description', ctx)?.item).toBe('/responses/Error');
    // A definition: its property tree in References. A property named "properties" is one row.
    expect(targetOf('definition', '/definitions/Item/properties/properties/properties/a~1b/x-ms-summary', ctx)).toEqual({
      tab: 'definition',
      item: '/definitions/Item/properties/properties/properties/a~1b',
      field: 'Title',
      label: 'Definition › References › Item › a/b › Title',
    });
    expect(targetOf('definition', '/definitions/Item/description', ctx)?.item).toBe('/definitions/Item');
    // A property's enum value: its line of Values; the enum itself, Values; a key no field edits: the form, saying so.
    expect(targetOf('definition', '/definitions/Item/properties/flag/enum/0', ctx)).toEqual({
      tab: 'definition',
      item: '/definitions/Item/properties/flag',
      field: 'Values',
      line: 0,
      label: 'Definition › References › Item › flag › Values › line 1',
    });
    expect(targetOf('definition', '/definitions/Item/properties/flag/enum', ctx)?.label).toBe(
      'Definition › References › Item › flag › Values',
    );
    // An index past the list (the text changed since the check) is the field, with no line.
    expect(targetOf('definition', '/definitions/Item/properties/flag/enum/5', ctx)).toMatchObject({ field: 'Values' });
    expect(targetOf('definition', '/definitions/Item/properties/flag/enum/5', ctx)?.line).toBeUndefined();
    expect(targetOf('definition', '/definitions/Item/properties/flag/x-ms-enum', ctx)?.label).toBe(
      'Definition › References › Item › flag ("x-ms-enum" is edited in the text only)',
    );
    // A response whose schema is a `$ref`: the tree's root row is written there (its fields edit the definition).
    expect(targetOf('definition', '/responses/Problem/schema', ctx)?.item).toBe('/responses/Problem/schema');
  });

  it('maps General fields of both files by the labels the form shows', () => {
    expect(targetOf('definition', '/host', ctx)?.field).toBe('Host');
    expect(targetOf('definition', '/info/contact/email', ctx)?.field).toBe('Contact email');
    expect(targetOf('definition', '/schemes/0', ctx)?.field).toBe('Scheme');
    expect(targetOf('definition', '/x-ms-connector-metadata/1/propertyValue', ctx)?.field).toBe('Privacy policy');
    expect(targetOf('properties', '/properties/iconBrandColor', ctx)).toEqual({
      tab: 'general',
      field: 'Icon background color',
      label: 'General › Icon background color',
    });
    expect(targetOf('properties', '/properties/scriptOperations/2', ctx)).toEqual({
      tab: 'code',
      field: 'Operations',
      label: 'Code › Operations',
    });
  });

  it('maps connection parameters and security definitions to the Security tab', () => {
    expect(targetOf('properties', '/properties/connectionParameters/token/oAuthSettings/clientId', ctx)).toEqual({
      tab: 'security',
      field: 'Client ID',
      label: 'Security › Client ID',
    });
    expect(targetOf('properties', '/properties/connectionParameters/password/uiDefinition/displayName', ctx)).toEqual({
      tab: 'security',
      field: 'Parameter label',
      within: 'Password',
      label: 'Security › Password › Parameter label',
    });
    expect(targetOf('properties', '/properties/connectionParameters/api_key', ctx)?.field).toBe('Authentication type');
    expect(targetOf('definition', '/securityDefinitions/oauth2/tokenUrl', ctx)?.field).toBe('Token URL');
  });

  it('gives no form target where no form field edits the value (the editor shows it)', () => {
    expect(targetOf('definition', '/paths/~1other/get/summary', ctx)).toBeUndefined();
    expect(targetOf('definition', '/paths/~1items~1{id}', ctx)).toBeUndefined();
    // An entry no operation uses: no operation's form shows it.
    expect(targetOf('definition', '/parameters/unused/x-ms-summary', ctx)).toBeUndefined();
    expect(targetOf('definition', '/responses/Unused/description', ctx)).toBeUndefined();
    // A place the property tree does not list (items under an object): no row shows it.
    expect(targetOf('definition', '/definitions/Item/properties/list/items/properties/x', ctx)).toBeUndefined();
    expect(targetOf('definition', '/definitions/Item/properties/list', ctx)?.item).toBe('/definitions/Item/properties/list');
    // "host" inside apiProperties.json is not the definition's Host.
    expect(targetOf('properties', '/host', ctx)).toBeUndefined();
  });

  it('leads a finding about a file the editor does not show to where the studio edits it', () => {
    expect(otherFileTarget('script.csx')).toEqual({ tab: 'code', label: 'Code › script.csx' });
    expect(otherFileTarget('icon.png')).toEqual({ tab: 'general', field: 'Upload connector icon', label: 'General › Icon' });
    // README.md and settings.json are not edited in the studio: their line and column say where.
    expect(otherFileTarget('README.md')).toBeUndefined();
    expect(otherFileTarget('readme.md')).toBeUndefined();
    expect(otherFileTarget('settings.json')).toBeUndefined();
  });
});

describe('fixOperations', () => {
  it('sorts the edits and refuses ones outside the text or overlapping', () => {
    const a = { offset: 10, length: 2, content: 'x' };
    const b = { offset: 2, length: 0, content: 'y' };
    expect(fixOperations([a, b], 20)).toEqual([b, a]);
    expect(() => fixOperations([{ offset: 19, length: 2, content: '' }], 20)).toThrow(/no longer fits/);
    expect(() => fixOperations([a, { offset: 11, length: 1, content: '' }], 20)).toThrow(/overlapping/);
    expect(() => fixOperations([], 20)).toThrow(/changes nothing/);
  });

  const cyberday = path.join(CONNECTORS_DIR, 'certified-connectors', 'Cyberday');
  it.skipIf(!HAVE_CORPUS || !existsSync(cyberday))('a fix on a real connector is one minimal edit that removes its finding', () => {
    const text = readFileSync(path.join(cyberday, 'apiDefinition.swagger.json'), 'utf8');
    const check = (t: string) =>
      certifyConnector(loadConnector({ definition: { fileName: 'apiDefinition.swagger.json', text: t, encoding: 'utf-8', bom: false } }), {
        profile: 'certified',
      });
    const before = check(text).diagnostics.filter((d) => d.code === 'ExtensionNameNotValid');
    expect(before.length).toBe(5);
    const first = before[0]!;
    const edits = fixOperations(first.fix!.edits, text.length);
    const fixed = applyEdits(text, edits);
    // One line changed, and on it only the misspelt key.
    const a = text.split('\n');
    const b = fixed.split('\n');
    expect(b.length).toBe(a.length);
    const changed = a.flatMap((line, i) => (line === b[i] ? [] : [i + 1]));
    expect(changed).toEqual([first.line]);
    expect(b[first.line - 1]).toBe(a[first.line - 1]!.replace('"x-ms-sumamry"', '"x-ms-summary"'));
    const after = check(fixed).diagnostics.filter((d) => d.code === 'ExtensionNameNotValid');
    expect(after.map((d) => d.pointer)).toEqual(before.slice(1).map((d) => d.pointer));
  });
});
