// Reading large YAML a mapping entry at a time (shared/engines/import/yaml-pieces.ts): the value is
// the whole-document parse's, key for key and in order, for the corpus's YAML and its JSON
// descriptions written as YAML, split at every entry it can be; what the pieces cannot hold
// exactly is left to the whole parse.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseDocument, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { MIN_PIECES_CHARS, parseApiDescription } from '../../shared/engines/import/api-description-text';
import { readYamlInPieces } from '../../shared/engines/import/yaml-pieces';
import { CORPUS_DIR, HAVE_CORPUS } from '../support/corpus';
import { heavyOpenApi3Yaml } from '../support/heavy-openapi3';

function wholeParse(text: string): unknown {
  const doc = parseDocument(text);
  expect(doc.errors).toEqual([]);
  return doc.toJS({ maxAliasCount: -1 });
}

/** Same values, same key order at every level. */
function expectSame(pieces: unknown, text: string): void {
  const whole = wholeParse(text);
  expect(pieces).toEqual(whole);
  expect(JSON.stringify(pieces)).toBe(JSON.stringify(whole));
}

function files(dir: string, match: RegExp, limit: number): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d).sort()) {
      if (out.length >= limit) return;
      const p = path.join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (match.test(f)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

describe('readYamlInPieces', () => {
  it('reads a large generated description in pieces, as the whole parse does', () => {
    const text = heavyOpenApi3Yaml(600);
    expect(text.length).toBeGreaterThan(MIN_PIECES_CHARS);
    const value = readYamlInPieces(text);
    expect(value).toBeDefined();
    expectSame(value, text);
    expect(parseApiDescription(text, 'heavy.yaml')).toEqual({ value, format: 'yaml', diagnostics: [] });
  });

  it.skipIf(!HAVE_CORPUS)("reads the corpus's YAML, and its JSON written as YAML, as the whole parse does", () => {
    let split = 0;
    const yaml = files(CORPUS_DIR, /\.ya?ml$/, 50).map((f) => readFileSync(f, 'utf8'));
    const json = files(path.join(CORPUS_DIR, 'openapi3'), /\.json$/, 40).flatMap((f) => {
      const value = JSON.parse(readFileSync(f, 'utf8')) as unknown;
      return [
        stringify(value, { aliasDuplicateObjects: false }),
        stringify(value, { aliasDuplicateObjects: false, indent: 4, indentSeq: false }),
      ];
    });
    for (const text of [...yaml, ...json]) {
      const pieces = readYamlInPieces(text, 1);
      if (pieces === undefined) continue;
      split++;
      expectSame(pieces, text);
    }
    expect(split).toBeGreaterThan(40);
  });

  it('keeps what the whole parse keeps: order, __proto__, kept line breaks, compact lists, comments', () => {
    const text = [
      '# heading',
      'b: 1',
      'a:',
      '  __proto__: { x: 1 }',
      '  "2": two',
      '  1: one',
      '# between',
      '  text: |+',
      '    kept',
      '',
      '',
      '  list:',
      '  - x',
      '  - y: [1, 2]',
      'tags:',
      '- name: t',
      '  description: >-',
      '    folded',
      '    lines',
      'last: ~',
    ].join('\n');
    const value = readYamlInPieces(text, 1);
    expect(value).toBeDefined();
    expectSame(value, text);
    expect(Object.getPrototypeOf((value as { a: object }).a)).toBe(Object.prototype);
  });

  it('leaves to the whole parse what the pieces cannot hold exactly', () => {
    const cases = [
      'a: &x { b: 1 }\nc: *x\n', // anchors
      '%YAML 1.2\n---\na: 1\n', // directives
      'a: 1\n---\nb: 2\n', // a second document
      'a:\n  b: 1\na:\n  c: 2\n', // a duplicate key
      '1: a\n"1": b\n', // two keys, one property
      '- a\n- b\n', // a list at the top
      'a:\n  b: "open\n  c: 1\n', // an error within a piece
      'a:\n  b: !custom 1\n', // a warning
      '  a: 1\nb: 2\n', // a mapping less indented than its first key
      '? [k]\n: v\n', // a complex key at the top
    ];
    for (const text of cases) expect(readYamlInPieces(text, 1), text).toBeUndefined();
    // Deeper, an entry the pieces cannot split is parsed whole.
    for (const text of ['a:\n  ? [k]\n  : v\nb: 1\n', 'a:\n  - x\n  - y\nb: 1\n']) expectSame(readYamlInPieces(text, 1), text);
  });
});
