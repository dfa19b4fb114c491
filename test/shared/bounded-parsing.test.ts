// Bounded work in the text core and the YAML reader: JSON nested past the stated depth is a
// located error, never a stack overflow; YAML aliases are counted in the text before parsing and
// their expansion in values before anything is built; large YAML is refused before parsing.
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { loadConnector } from '../../shared/core/connector/load-connector';
import { JsonDocument, MAX_JSON_DEPTH, textDepthExceeded } from '../../shared/core/text/json-document';
import {
  countAliases,
  expandedYamlValues,
  MAX_YAML_ALIASES,
  MAX_YAML_CHARS,
  parseApiDescription,
} from '../../shared/engines/import/api-description-text';
import { ImportError } from '../../shared/engines/import/import-result';

const nested = (depth: number, open = '[', close = ']') => open.repeat(depth) + close.repeat(depth);
const nestedObjects = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

/** The error an ImportError-throwing call gives, for its code and sentence. */
function importError(run: () => unknown): ImportError {
  try {
    run();
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error('expected an ImportError');
}

describe('JSON nesting', () => {
  it.each([
    ['strict arrays 8,000 deep', nested(8000)],
    ['strict objects 100,000 deep', nestedObjects(100_000)],
    ['arrays 8,000 deep with a trailing comma (the tolerant reader)', `[${nested(8000)},]`],
    ['objects 8,000 deep with a missing comma', `{"x": 1 "y": ${nestedObjects(8000)}}`],
  ])('%s: one located error, no value, no exception', (_label, text) => {
    const doc = JsonDocument.parse(text);
    expect(doc.value).toBeUndefined();
    expect(doc.tree).toBeUndefined();
    const errors = doc.diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'JsonTooDeep', length: 1 });
    expect(errors[0]!.message).toBe(
      `Arrays and objects are nested more than ${MAX_JSON_DEPTH} levels deep here; the studio reads at most ${MAX_JSON_DEPTH} levels (real connectors use fewer than 30).`,
    );
    expect('[{'.includes(text[errors[0]!.offset]!)).toBe(true);
  });

  it(`exactly ${MAX_JSON_DEPTH} levels are read, strict or not`, () => {
    expect(JsonDocument.parse(nested(MAX_JSON_DEPTH)).value).toBeDefined();
    const tolerant = JsonDocument.parse(`[${nested(MAX_JSON_DEPTH - 1)},]`);
    expect(tolerant.value).toBeDefined();
    expect(tolerant.diagnostics.map((d) => d.code)).not.toContain('JsonTooDeep');
  });

  it('brackets in strings and comments do not count', () => {
    const text = `{"a": "${'['.repeat(1000)}", // ${'{'.repeat(1000)}\n /* ${'['.repeat(1000)} */ "b": 1}`;
    expect(textDepthExceeded(text)).toBeUndefined();
    expect(JsonDocument.parse(text).value).toEqual({ a: '['.repeat(1000), b: 1 });
  });

  it('an edit of a deep document and a connector made of one do not throw', () => {
    const text = nestedObjects(20_000);
    const doc = JsonDocument.parse(text);
    expect(JsonDocument.parseEdited(doc, text.replace('1', '2'), true).value).toBeUndefined();
    const connector = loadConnector({ definition: { fileName: 'apiDefinition.swagger.json', text, encoding: 'utf-8', bom: false } });
    expect(connector.diagnostics.map((d) => d.code)).toContain('JsonTooDeep');
  });

  it('an API description too deep is refused with its position', () => {
    const e = importError(() => parseApiDescription(nested(8000), 'deep.json'));
    expect(e.code).toBe('InvalidJson');
    expect(e.message).toMatch(
      /^"deep\.json" is not valid JSON: line 1, column 257: Arrays and objects are nested more than 256 levels deep here;/,
    );
  });
});

describe('YAML aliases', () => {
  /** The billion laughs: each level a list of ten aliases of the level below. */
  const laughs = (levels: number) => {
    const lines = ['openapi: 3.0.0', 'info: { title: x, version: "1" }', 'x-0: &l0 "lol"'];
    for (let i = 1; i <= levels; i++) lines.push(`x-${i}: &l${i} [${Array.from({ length: 10 }, () => `*l${i - 1}`).join(', ')}]`);
    lines.push('paths: {}', '');
    return lines.join('\n');
  };

  it('the billion laughs (90 aliases, 10^9 values) is refused by counting values, before anything is built', () => {
    const text = laughs(9);
    expect(countAliases(text)).toBe(90);
    const e = importError(() => parseApiDescription(text, 'laughs.yaml'));
    expect(e.code).toBe('YamlAliasLimit');
    expect(e.message).toBe(
      '"laughs.yaml" would hold more than 1,000,000 values once its YAML aliases are expanded, more than an API description can hold, so it is not read.',
    );
  });

  it('a few levels of laughs are read, aliases expanded', () => {
    const value = parseApiDescription(laughs(3), 'ok.yaml').value as Record<string, unknown>;
    expect((value['x-3'] as unknown[][][]).flat(3)).toHaveLength(1000);
    expect(expandedYamlValues(parseDocument(laughs(3)), 1e9)).toBeGreaterThan(1000);
  });

  it(`more than ${MAX_YAML_ALIASES.toLocaleString('en-US')} aliases are refused from the text alone`, () => {
    const text = `openapi: 3.0.0\nx-a: &a 1\nx-b: [${Array.from({ length: MAX_YAML_ALIASES + 1 }, () => '*a').join(', ')}]\n`;
    const e = importError(() => parseApiDescription(text, 'many.yaml'));
    expect(e.code).toBe('YamlAliasLimit');
    expect(e.message).toBe(
      '"many.yaml" uses more than 10,000 YAML aliases (*name), more than an API description needs, so it is not read.',
    );
  });

  it('asterisks that are not aliases are not counted', () => {
    expect(countAliases('description: "**bold** and *x*"\nlist:\n  - * item\n')).toBe(0);
    expect(countAliases('a: &x 1\nb: *x\nc: "*y"\n')).toBe(1);
  });

  it('an alias inside the value it names is refused in a sentence', () => {
    const e = importError(() => parseApiDescription('openapi: 3.0.0\na: &a [1, *a]\n', 'self.yaml'));
    expect(e.code).toBe('YamlAliasCycle');
    expect(e.message).toBe(
      '"self.yaml" has a YAML alias inside the value it names (a value that contains itself), which JSON cannot hold.',
    );
  });
});

describe('YAML size and depth', () => {
  it(`YAML over ${MAX_YAML_CHARS / 1048576} MB is refused before parsing, with the way out`, () => {
    const text = `openapi: 3.0.0\n${'#'.repeat(MAX_YAML_CHARS)}`;
    const e = importError(() => parseApiDescription(text, 'big.yaml'));
    expect(e.code).toBe('TooLarge');
    expect(e.message).toBe(
      '"big.yaml" is 8.0 MB of YAML; YAML larger than 8 MB is not read (convert it to JSON, which may be up to 16 MB).',
    );
  });

  it('flow collections 100,000 deep end in a sentence, not a stack overflow', () => {
    const e = importError(() => parseApiDescription(`x: ${nested(100_000)}`, 'deep.yaml'));
    expect(['InvalidYaml', 'TooDeep']).toContain(e.code);
    expect(e.message.startsWith('"deep.yaml" ')).toBe(true);
  });

  it(`block mappings deeper than ${MAX_JSON_DEPTH} levels are refused`, () => {
    let text = '';
    for (let i = 0; i < 300; i++) text += `${' '.repeat(i)}a:\n`;
    text += `${' '.repeat(300)}b: 1\n`;
    const e = importError(() => parseApiDescription(text, 'deep.yaml'));
    expect(e.code).toBe('TooDeep');
    expect(e.message).toBe('"deep.yaml" nests mappings and lists more than 256 levels deep; the studio reads at most 256 levels.');
  });
});
