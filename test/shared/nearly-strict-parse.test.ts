// Raw control characters in strings and trailing commas take a short path
// (shared/core/text/nearly-strict-parse.ts): one pass that escapes and blanks them, and a native
// parse of the copy. It must report exactly what the tolerant read reports, with the same value,
// or give way to it.
import { getNodeValue, parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { JsonDocument } from '../../shared/core/text';
import { collectSyntaxDiagnostics } from '../../shared/core/text/json-syntax-diagnostics';

const BASE = `{
  "swagger": "2.0",
  "info": {"title": "A \\"quoted\\" title: here", "description": "back\\\\slash \\\\\\" and \\u0041"},
  "paths": {"/a/{id}": {"get": {"parameters": [{"name": "id", "in": "path", "x-ms-summary": "Id:"}], "tags": ["x", "y"]}}},
  "n": [1, 2.5, -3e2, true, false, null, "", "\\\\"],
  "k": {"": "empty key", "a:b": "colon key"}
}`;

/** A small seeded generator, so a failure names a case that can be run again. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/**
 * BASE with a few characters inserted: control characters anywhere, commas before closing
 * brackets, and sometimes what else keeps the short path from applying.
 */
function mutate(seed: number): string {
  const next = random(seed);
  const inserts = [
    '\t',
    '\t',
    '\u0001',
    '\u001f',
    '\u000b',
    '\n',
    '\r',
    '"',
    '\\',
    '//c\n',
    ',',
    ' "k": 1,',
    '\u00a0',
    '\u2003\ufeff',
    ' \u3000 ',
  ];
  let text = BASE;
  const count = 1 + Math.floor(next() * 4);
  for (let k = 0; k < count; k++) {
    if (next() < 0.4) {
      const closers = [...text.matchAll(/\s*[\]}]/g)].map((m) => m.index);
      const at = closers[Math.floor(next() * closers.length)]!;
      text = `${text.slice(0, at)}${[',', ', ', ',\n', ',,'][Math.floor(next() * 4)]}${text.slice(at)}`;
    } else {
      const at = Math.floor(next() * (text.length + 1));
      const pick = inserts[Math.floor(next() * (k === 0 ? 5 : inserts.length))]!;
      text = text.slice(0, at) + pick + text.slice(at);
    }
  }
  return text;
}

describe('texts strict but for raw control characters in strings and trailing commas', () => {
  it('gives the tolerant read’s diagnostics and value on a thousand mutated texts', () => {
    let shortPathCases = 0;
    for (let seed = 1; seed <= 1000; seed++) {
      const text = mutate(seed);
      const expected = collectSyntaxDiagnostics(text);
      if (expected.some((d) => d.severity === 'error')) continue;
      const doc = JsonDocument.parse(text);
      expect(doc.diagnostics, `seed ${seed}`).toEqual(expected);
      const tree = parseTree(text, [], { allowTrailingComma: true, allowEmptyContent: true })!;
      expect(JSON.stringify(doc.value), `seed ${seed}`).toBe(JSON.stringify(getNodeValue(tree)));
      const short = ['ControlCharacterInString', 'TrailingComma', 'NonStandardWhitespace'];
      if (expected.length && expected.every((d) => short.includes(d.code))) shortPathCases++;
    }
    // Many mutations leave only those two problems: the short path is exercised.
    expect(shortPathCases).toBeGreaterThan(300);
  });

  it('reads spaces JSON does not know after a word as part of the word, as the tolerant read does', () => {
    for (const text of ['{"a": true\u00a0, "b": 1}', '{"a": null\u00a0}', '[false\u00a0\u2003]', '{"a": 1\u00a0}', '[1,\u00a0]']) {
      expect(JsonDocument.parse(text).diagnostics, text).toEqual(collectSyntaxDiagnostics(text));
    }
  });

  it('reports one warning per string, at its first raw control character', () => {
    const doc = JsonDocument.parse('{"a\t": "x\ty\u0001", "b": ["\\"\t", "ok", "\u001f"]}');
    expect(doc.diagnostics.map((d) => [d.code, d.offset])).toEqual([
      ['ControlCharacterInString', 3],
      ['ControlCharacterInString', 9],
      ['ControlCharacterInString', 24],
      ['ControlCharacterInString', 35],
    ]);
    expect(doc.value).toEqual({ 'a\t': 'x\ty\u0001', b: ['"\t', 'ok', '\u001f'] });
  });

  it('blanks a comma before a closing bracket, not one after an opening bracket or another comma', () => {
    const doc = JsonDocument.parse('{"a": [1, "x,]",\n], "b": {"c": "\t"  ,  },}');
    expect(doc.diagnostics.map((d) => [d.code, d.offset])).toEqual([
      ['TrailingComma', 15],
      ['ControlCharacterInString', 32],
      ['TrailingComma', 36],
      ['TrailingComma', 40],
    ]);
    expect(doc.value).toEqual({ a: [1, 'x,]'], b: { c: '\t' } });
    expect(JsonDocument.parse('[,]').hasErrors).toBe(true);
    expect(JsonDocument.parse('[1,,]').hasErrors).toBe(true);
  });

  it('leaves a duplicate key, a comment or a line break in a string to the tolerant read', () => {
    expect(JsonDocument.parse('{"a": "\t", "a": 1}').diagnostics.map((d) => d.code)).toEqual(['ControlCharacterInString', 'DuplicateKey']);
    expect(JsonDocument.parse('{"a": "\t" /* c */}').diagnostics.map((d) => d.code)).toEqual([
      'ControlCharacterInString',
      'CommentNotAllowed',
    ]);
    expect(JsonDocument.parse('{"a": "\t", "b": "x\ny"}').hasErrors).toBe(true);
  });
});
