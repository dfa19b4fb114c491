// The certification engine: one walk for all rules, locations (line, column, key ranges, ValuePath),
// profiles, de-duplication, lazy fixes, and the pointer locator against the syntax tree.
import { describe, expect, it, vi } from 'vitest';
import { certifyConnector, RULES, type CertifyRule } from '../../../shared/engines/certify';
import { locatePointers, pointerLookup, treeLookup } from '../../../shared/engines/certify/locate-pointers';
import { splitPointer } from '../../../shared/engines/certify/split-pointer';
import { JsonDocument, parsePointer } from '../../../shared/core/text';
import { certifyInline, goodDefinition, goodProperties, loadInline, type Json } from './support';

function countingRule(counts: Record<string, number>, seen: string[]): CertifyRule {
  return {
    id: 'Counting',
    microsoft: false,
    requirement: 'test',
    category: 'schema',
    severity: 'info',
    description: 'Counts hook calls.',
    check() {
      counts.check = (counts.check ?? 0) + 1;
      const bump = (k: string) => (counts[k] = (counts[k] ?? 0) + 1);
      return {
        onDocument: () => bump('document'),
        onOperation: () => bump('operation'),
        onParameter: () => bump('parameter'),
        onResponse: () => bump('response'),
        onSchema: (s) => {
          bump('schema');
          seen.push(s.pointer);
        },
        onApiProperties: () => bump('properties'),
        onConnectionParameter: () => bump('connectionParameter'),
        onEnd: () => bump('end'),
      };
    },
  };
}

describe('the walk', () => {
  it('visits each operation, parameter, response and schema object once, in one pass, without following $ref', () => {
    const counts: Record<string, number> = {};
    const seen: string[] = [];
    certifyConnector(loadInline({ definition: goodDefinition(), properties: goodProperties() }), { rules: [countingRule(counts, seen)] });
    expect(counts).toMatchObject({
      check: 1,
      document: 1,
      operation: 4,
      parameter: 4,
      response: 4,
      properties: 1,
      connectionParameter: 1,
      end: 1,
    });
    expect(new Set(seen).size).toBe(seen.length);
    // Item is referenced four times but visited once, where it is written.
    expect(seen.filter((p) => p === '/definitions/Item')).toHaveLength(1);
    expect(seen).toContain('/paths/~1items/get/responses/200/schema/items');
    expect(seen).toContain('/paths/~1hooks/x-ms-notification-content/schema');
    expect(seen).toContain('/paths/~1hooks/post/parameters/0/schema/properties/callbackUrl');
  });

  it('reports a finding in a shared parameter once, however many operations use it', () => {
    const def = goodDefinition();
    def.paths['/items/{itemId}'].delete = {
      operationId: 'DeleteItem',
      summary: 'Delete an item',
      description: 'Deletes it.',
      parameters: [{ $ref: '#/parameters/ItemId' }],
      responses: { '204': { description: 'Deleted' } },
    };
    def.parameters.ItemId.required = false;
    const r = certifyInline({ definition: def, properties: goodProperties() });
    expect(r.diagnostics.filter((d) => d.code === 'PathParameterMustBeRequired')).toHaveLength(1);
  });

  it('gives each schema violation to one rule, and the unclaimed ones to SchemaViolation', () => {
    const def = goodDefinition();
    def.definitions.Item.properties.id.maxLength = -1;
    def.definitions.Item.properties.id['x-ms-visibilty'] = 'advanced';
    const r = certifyInline({ definition: def, properties: goodProperties() });
    expect(r.diagnostics.map((d) => d.code).sort()).toEqual(['ExtensionNameNotValid', 'SchemaViolation']);
  });
});

describe('locations', () => {
  const def = goodDefinition();
  def.paths['/items'].get.summary = 'List items & folders';
  delete def.info.contact.email;
  const loaded = loadInline({ definition: def, properties: goodProperties() });
  const text = loaded.files.definition!.text;
  const r = certifyConnector(loaded);

  it('puts a value finding on the value, with 1-based line and column', () => {
    const d = r.diagnostics.find((x) => x.code === 'RestrictedCharactersInSummary')!;
    expect(text.slice(d.offset, d.offset + d.length)).toBe('"List items & folders"');
    const before = text.slice(0, d.offset).split('\n');
    expect(d.line).toBe(before.length);
    expect(d.column).toBe(before[before.length - 1]!.length + 1);
    expect(d.file).toBe('apiDefinition.swagger.json');
    expect(d.valuePath).toBe('operation/ListItems/summary');
  });

  it('puts a missing-property finding on the key of the object that lacks it', () => {
    const d = r.diagnostics.find((x) => x.code === 'InfoContactRequired')!;
    expect(text.slice(d.offset, d.offset + d.length)).toBe('"contact"');
    expect(d.valuePath).toBe('/info/contact');
  });

  it('writes ValuePath as paconn does: operation/<id>/… inside operations, the pointer elsewhere', () => {
    const d2 = goodDefinition();
    d2.paths['/items'].get.responses['200'].schema = {};
    d2.info.title = 'Contoso API';
    const r2 = certifyInline({ definition: d2, properties: goodProperties() });
    expect(r2.diagnostics.find((x) => x.code === 'ResponseSchemaEmpty')!.valuePath).toBe('operation/ListItems/responses/200/schema');
    expect(r2.diagnostics.find((x) => x.code === 'ValueContainsRestrictedWords')!.valuePath).toBe('/info/title');
  });

  it('locates findings in files that are not strict JSON (comments, trailing commas)', () => {
    const d3 = JSON.stringify(goodDefinition(), null, 2)
      .replace('"summary": "List items"', '"summary": "List items?", // a comment')
      .replace(/("Categories",\s*"propertyValue": "Productivity;Data")/, '$1,');
    const r3 = certifyConnector(loadInline({ definition: d3, properties: goodProperties() }));
    const d = r3.diagnostics.find((x) => x.code === 'RestrictedCharactersInSummary')!;
    expect(d3.slice(d.offset, d.offset + d.length)).toBe('"List items?"');
  });

  it('locates findings in apiProperties.json', () => {
    const props = goodProperties();
    props.properties.iconBrandColor = '#ffffff';
    const l = loadInline({ definition: goodDefinition(), properties: props });
    const d = certifyConnector(l).diagnostics.find((x) => x.code === 'IconBrandColorNotAllowed')!;
    expect(d.file).toBe('apiProperties.json');
    expect(l.files.properties!.text.slice(d.offset, d.offset + d.length)).toBe('"#ffffff"');
    expect(d.valuePath).toBe('/properties/iconBrandColor');
  });

  it('locatePointers finds what the syntax tree finds', () => {
    const doc = JsonDocument.parse(JSON.stringify(goodDefinition(), null, 4).replace('"Contoso Items"', '"Contoso \\"Items\\" \\u00e9"'));
    const pointers: string[] = [];
    const walk = (v: unknown, p: string) => {
      pointers.push(p);
      if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${p}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    };
    walk(doc.value, '');
    const found = locatePointers(doc.text, pointers);
    for (const p of pointers) {
      const range = doc.rangeOf(p)!;
      const key = doc.keyRangeOf(p);
      const loc = found.get(p)!;
      expect(loc.offset, p).toBe(range.offset);
      const container = doc.text[range.offset] === '{' || doc.text[range.offset] === '[';
      expect(loc.length, p).toBe(container ? 1 : range.length);
      if (key) expect([loc.keyOffset, loc.keyLength], p).toEqual([key.offset, key.length]);
    }
    // With lines: those of the same offsets, as the document tells them.
    const lookup = pointerLookup(doc.text, pointers, { lines: true });
    for (const p of pointers) {
      const { at } = lookup.node(p)!;
      expect([at.line, at.column], p).toEqual(Object.values(doc.position(at.loc!.offset)));
      if (at.loc!.keyOffset !== undefined) expect([at.keyLine, at.keyColumn], p).toEqual(Object.values(doc.position(at.loc!.keyOffset)));
    }
  });
  it('the text scan reads duplicate keys and raw control characters as the syntax tree does', () => {
    const text = '{"a": {"x": 1, "y": {"z": 2}}, "b\t\\u0041": "t\tab", "a": {"x": [3, {"w": 4}]}, "c": 5}';
    const doc = JsonDocument.parse(text);
    expect(new Set(doc.diagnostics.map((d) => d.code))).toEqual(new Set(['DuplicateKey', 'ControlCharacterInString']));
    const pointers = ['', '/a', '/a/x', '/a/x/1/w', '/a/y', '/a/y/z', '/b\tA', '/c', '/a/x/5', '/d/e'];
    const fromTree = treeLookup(doc.tree, pointers);
    const fromText = pointerLookup(doc.text, pointers, { lastWins: true });
    for (const p of pointers) expect(fromText.find(p), p).toEqual(fromTree.find(p));
    expect(fromText.find('/a/y/z')?.exact).toBe(false);
  });
  it('the text scan reads spaces JSON does not know between tokens as the syntax tree does', () => {
    // No-break and other Unicode spaces pasted between tokens, after a key, a colon, a number.
    const text = '{\u00a0"a":\u2003{"x": 1\u00a0, "y" \u00a0: [2,\u3000{"z": true}]},\n\u00a0"b": "c\u00a0d"\u00a0}';
    const doc = JsonDocument.parse(text);
    expect(new Set(doc.diagnostics.map((d) => d.code))).toEqual(new Set(['NonStandardWhitespace']));
    const pointers = ['', '/a', '/a/x', '/a/y', '/a/y/0', '/a/y/1', '/a/y/1/z', '/b', '/a/w', '/a/y/2'];
    const fromTree = treeLookup(doc.tree, pointers);
    const fromText = pointerLookup(doc.text, pointers);
    for (const p of pointers) expect(fromText.find(p), p).toEqual(fromTree.find(p));
    for (const p of ['/a/x', '/a/y/1/z', '/b']) expect(fromText.find(p)?.exact, p).toBe(true);
  });
  it('locates findings in a definition with no-break spaces from the text, without the syntax tree', () => {
    const text = JSON.stringify(goodDefinition(), null, 2)
      .replace('"swagger": "2.0",', '"swagger": "2.0",\u00a0')
      .replace('"Contoso Items"', '"Contoso API"');
    const l = loadInline({ definition: text, properties: goodProperties() });
    const doc = l.files.definition!.doc!;
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['NonStandardWhitespace']);
    const tree = vi.spyOn(doc, 'tree', 'get');
    const d = certifyConnector(l, { profile: 'certified' }).diagnostics.find(
      (x) => x.code === 'ValueContainsRestrictedWords' && x.pointer === '/info/title',
    );
    expect(tree).not.toHaveBeenCalled();
    expect(d).toBeDefined();
    expect(doc.text.slice(d!.offset, d!.offset + d!.length)).toBe('"Contoso API"');
    expect([d!.line, d!.column]).toEqual(Object.values(doc.position(d!.offset)));
  });
  it('the text scan finds keys written with escapes, and among many wanted names, as the syntax tree does', () => {
    const many = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`k${i}`, { v: i }]));
    const text = JSON.stringify({ many, '~/x': [0, { y: 1 }] }, null, 2).replace(
      '"many": {',
      '"\\u0061": 1, "lo\\u006eg": {"b": 2}, "\\/": 3, "many": {',
    );
    const doc = JsonDocument.parse(text);
    const pointers = ['/a', '/long/b', '/~1', '/many/k3/v', '/many/k12', '/~0~1x/1/y', '/~0~1x/2', '/lon'];
    for (const k of Object.keys(many)) pointers.push(`/many/${k}`);
    const fromTree = treeLookup(doc.tree, pointers);
    const fromText = pointerLookup(doc.text, pointers);
    for (const p of pointers) expect(fromText.find(p), p).toEqual(fromTree.find(p));
    for (const p of ['/a', '/long/b', '/~1', '/many/k11', '/~0~1x/1/y']) expect(fromText.find(p)?.exact, p).toBe(true);
  });
});

describe('profiles', () => {
  const bad = (): { definition: Json; properties: Json } => {
    const definition = goodDefinition();
    definition.info.title = 'Contoso API';
    definition.paths['/items'].get.operationId = 'List_Items';
    return { definition, properties: goodProperties() };
  };

  it('custom applies what the portal needs; certification adds the submission rules', () => {
    expect(certifyInline(bad(), 'custom').diagnostics.map((d) => d.code)).toEqual([]);
    const cert = certifyInline(bad(), 'certified');
    expect(cert.diagnostics.map((d) => `${d.severity} ${d.code}`).sort()).toEqual([
      'error ValueContainsRestrictedWords',
      'warning OperationIdSanitized',
    ]);
    expect(cert.errors).toBe(1);
    expect(cert.warnings).toBe(1);
  });

  it('independent publishers need the #da3b01 colour; certified publishers may not use white or the default blue', () => {
    const c = { definition: goodDefinition(), properties: goodProperties() };
    expect(certifyInline(c, 'independent-publisher').diagnostics.map((d) => d.code)).toEqual(['IndependentPublisherBrandColor']);
    c.properties.properties.iconBrandColor = '#da3b01';
    expect(certifyInline(c, 'independent-publisher').diagnostics).toEqual([]);
    expect(certifyInline(c, 'certified').diagnostics).toEqual([]);
  });

  it('every rule declares its level for all three profiles and is documented', () => {
    for (const r of RULES) {
      expect(r.id).toMatch(/^[A-Z][A-Za-z]+$/);
      expect(r.description.length, r.id).toBeGreaterThan(10);
      if (!r.microsoft) expect(r.requirement, r.id).toBeTruthy();
      if (typeof r.severity === 'object') expect(Object.keys(r.severity).sort()).toEqual(['certified', 'custom', 'independent-publisher']);
    }
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });
});

describe('fixes are computed on demand', () => {
  it('a fix appears when read, and in JSON', () => {
    const def = goodDefinition();
    def.definitions.Item.properties.id['x-ms-visibilty'] = 'advanced';
    const d = certifyInline({ definition: def, properties: goodProperties() }).diagnostics[0]!;
    const json = JSON.parse(JSON.stringify(d));
    expect(json.fix.title).toBe('Rename to "x-ms-visibility"');
    expect(d.fix!.edits).toEqual([{ offset: d.offset, length: d.length, content: '"x-ms-visibility"' }]);
    expect(structuredClone(d).fix).toEqual(d.fix);
  });

  it('a finding without a fix has none', () => {
    const def = goodDefinition();
    def.info.title = 'Contoso API';
    const d = certifyInline({ definition: def, properties: goodProperties() }).diagnostics[0]!;
    expect(d.fix).toBeUndefined();
    expect('fix' in JSON.parse(JSON.stringify(d))).toBe(false);
  });
});

describe('splitPointer', () => {
  it('agrees with the text core on escaped and plain pointers', () => {
    for (const p of ['', '/a', '/paths/~1items~1{id}/get', '/a~0b/~01', '/x/0/', '/']) expect(splitPointer(p)).toEqual(parsePointer(p));
    expect(() => splitPointer('a/b')).toThrow();
  });
});
