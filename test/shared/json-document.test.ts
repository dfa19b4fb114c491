import { getNodeValue, parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { escapeSegment, JsonDocument, parsePointer } from '../../shared/core/text';
import { describeRepair, recoverJson } from '../../shared/core/text/json-recovery';
import { collectSyntaxDiagnostics } from '../../shared/core/text/json-syntax-diagnostics';

const codes = (doc: JsonDocument) => doc.diagnostics.map((d) => d.code);
const at = (doc: JsonDocument, code: string) => {
  const d = doc.diagnostics.find((x) => x.code === code);
  if (!d) throw new Error(`no ${code} in ${JSON.stringify(doc.diagnostics)}`);
  return { ...doc.lines.position(d.offset), text: doc.text.slice(d.offset, d.offset + Math.max(d.length, 1)) };
};

describe('JsonDocument.parse', () => {
  it('takes strict JSON as is, with no diagnostics', () => {
    const doc = JsonDocument.parse('{\n  "swagger": "2.0",\n  "paths": {"/a": {"get": {}}}\n}');
    expect(doc.isStrict).toBe(true);
    expect(doc.value).toEqual({ swagger: '2.0', paths: { '/a': { get: {} } } });
  });

  it('treats escaped quotes and colons inside strings correctly when checking for duplicates', () => {
    const doc = JsonDocument.parse('{"a": "x\\": \\"y", "b": ["k:", "\\\\"], "c": {"d": "\\\\\\"e:"}}');
    expect(doc.isStrict).toBe(true);
  });

  it('reads past a trailing comma and locates it', () => {
    const doc = JsonDocument.parse('{\n  "a": [1, 2,],\n  "b": {"c": 1,\n  }\n}');
    expect(doc.value).toEqual({ a: [1, 2], b: { c: 1 } });
    expect(codes(doc)).toEqual(['TrailingComma', 'TrailingComma']);
    expect(at(doc, 'TrailingComma')).toEqual({ line: 2, column: 13, text: ',' });
    expect(doc.hasErrors).toBe(false);
  });

  it('reads past comments', () => {
    const doc = JsonDocument.parse('{\n  // the title\n  "a": 1, /* block */ "b": 2\n}');
    expect(doc.value).toEqual({ a: 1, b: 2 });
    expect(codes(doc)).toEqual(['CommentNotAllowed', 'CommentNotAllowed']);
    expect(at(doc, 'CommentNotAllowed')).toMatchObject({ line: 2, column: 3 });
  });

  it('reports a duplicate key at its second occurrence; the later value wins', () => {
    const doc = JsonDocument.parse('{\n  "summary": "first",\n  "summary": "second"\n}');
    expect(doc.value).toEqual({ summary: 'second' });
    expect(at(doc, 'DuplicateKey')).toMatchObject({ line: 3, column: 3 });
    // Positions agree with the value: the pointer finds the later one.
    expect(doc.text.slice(doc.rangeOf('/summary')!.offset).startsWith('"second"')).toBe(true);
  });

  it('keeps the same key in different objects apart', () => {
    expect(JsonDocument.parse('{"a": {"x": 1}, "b": {"x": 2}}').isStrict).toBe(true);
  });

  it('reads a raw control character inside a string', () => {
    const doc = JsonDocument.parse('{"title": "tab\there"}');
    expect(doc.value).toEqual({ title: 'tab\there' });
    expect(at(doc, 'ControlCharacterInString')).toMatchObject({ line: 1, column: 15 });
  });

  it('reads an em space used as whitespace', () => {
    const doc = JsonDocument.parse('{\n\u2003"a": 1\n}');
    expect(doc.value).toEqual({ a: 1 });
    expect(doc.diagnostics[0]!.message).toMatch(/U\+2003 \(em space\)/);
  });

  it('repairs a missing comma and keeps reading', () => {
    const doc = JsonDocument.parse('{\n  "a": 1\n  "b": {"c": [1, 2]},\n  "d": 3\n}');
    expect(doc.value).toEqual({ a: 1, b: { c: [1, 2] }, d: 3 });
    expect(codes(doc)).toEqual(['CommaExpected']);
    expect(at(doc, 'CommaExpected')).toMatchObject({ line: 3, column: 3 });
  });

  it('locates the duplicate keys of strict JSON as the tolerant read does', () => {
    const texts = [
      '{"a": 1, "b": {"a": [{"a": 1, "a": 2}], "\\u0061": 3, "a": 4}, "a": ":", "c": [":", {"c": 1}], "c": 2}',
      '{"k\\"": 1, "x": {"y": ": y"}, "k\\"": 2, "": 1, "": 2, "a": {}, "a": []}',
      '[{"x": 1}, {"x": 2}, {"x": 3, "y": {"x": 4}}]',
      '{"a": ": not a key", "b": 1}',
    ];
    for (const text of texts) {
      expect(JsonDocument.parse(text).diagnostics).toEqual(collectSyntaxDiagnostics(text));
    }
    // A string value starting with a colon looks like a key to the count: no duplicate after all.
    expect(JsonDocument.parse(texts[3]!).isStrict).toBe(true);
  });

  it('reads a missing comma the engine locates as the full recovery does', () => {
    // Shortcut (missing-comma.ts) against the recovery it stands in for: the same repair, value and tree.
    for (const text of ['{\n  "a": 1\n  "b": [1 2, {"c": 3}]\n}', '[{"a": 1}\n{"b": 2}]', '{"a": {"b": 1} "c": 2}']) {
      const doc = JsonDocument.parse(text);
      const recovered = recoverJson(text);
      expect(doc.value).toEqual(recovered.value);
      expect(doc.diagnostics).toEqual(recovered.repairs.map((r) => describeRepair(text, r)));
      expect(doc.tree).toEqual(recovered.tree());
    }
    // A comma that leaves another problem: the full recovery decides.
    expect(codes(JsonDocument.parse('{"a": 1 "b": 2,}'))).toEqual(['CommaExpected', 'TrailingComma']);
  });

  it('reads the value before text that follows it, and says where that text starts', () => {
    // No one-character repair makes such text go (json-recovery.ts: trailingTextStays).
    const doc = JsonDocument.parse('{"a": 1 "b": 2}\n"x-ms-more": [{"c": 3}]');
    expect(doc.value).toEqual({ a: 1, b: 2 });
    expect(doc.diagnostics.map((d) => [d.code, d.offset])).toEqual([
      ['CommaExpected', 8],
      ['EndOfFileExpected', 16],
    ]);
    // One stray closing brace is dropped instead.
    expect(codes(JsonDocument.parse('{"a": 1}}'))).toEqual(['UnexpectedCharacter']);
  });

  it('repairs a missing closing bracket instead of swallowing the rest of the file', () => {
    const text =
      '{\n  "info": {\n    "tags": [\n      "a",\n      "b"\n  },\n  "host": "api.example.com",\n  "paths": {"/x": {"get": {}}}\n}';
    const doc = JsonDocument.parse(text);
    expect(doc.value).toEqual({ info: { tags: ['a', 'b'] }, host: 'api.example.com', paths: { '/x': { get: {} } } });
    expect(codes(doc)).toEqual(['CloseBracketExpected']);
    expect(at(doc, 'CloseBracketExpected')).toMatchObject({ line: 6, column: 3 });
    // Positions after the repair point into the original text.
    const host = doc.rangeOf('/host')!;
    expect(text.slice(host.offset, host.offset + host.length)).toBe('"api.example.com"');
    const get = doc.rangeOf('/paths/~1x/get')!;
    expect(text.slice(get.offset, get.offset + get.length)).toBe('{}');
  });

  it('repairs a missing closing brace at the end of the file', () => {
    const doc = JsonDocument.parse('{\n  "properties": {\n    "a": 1\n  }\n');
    expect(doc.value).toEqual({ properties: { a: 1 } });
    expect(codes(doc)).toEqual(['CloseBraceExpected']);
  });

  it('answers anything at all without throwing', () => {
    for (const text of ['', '   ', 'not json', '{"a":', '[[[[[', '}}}', '"unterminated', '{"a": tru}', '\u0000\u0001', '{"a":1}}']) {
      const doc = JsonDocument.parse(text);
      expect(Array.isArray(doc.diagnostics)).toBe(true);
      if (text.trim()) expect(doc.hasErrors, text).toBe(true);
    }
  });

  it('survives deep nesting: past the stated depth, a located error instead of a stack overflow', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    expect(JsonDocument.parse(deep).diagnostics.map((d) => d.code)).toEqual(['JsonTooDeep']);
    expect(JsonDocument.parse('['.repeat(200) + ']'.repeat(200)).isStrict).toBe(true);
  });
});

describe('texts read without guessing take the native parser', () => {
  // The value is the one jsonc-parser's tree holds (key order too); the tree waits until asked for.
  const tree = (text: string) => parseTree(text, [], { allowTrailingComma: true, allowEmptyContent: true })!;
  const cases: [string, string, string[]][] = [
    ['comments', '{ /* a */ "a": 1, // b\n "b": [1 /* c */, 2] }', ['CommentNotAllowed', 'CommentNotAllowed', 'CommentNotAllowed']],
    ['trailing commas', '{"a": [1, 2,], "b": {"c": 1,},}', ['TrailingComma', 'TrailingComma', 'TrailingComma']],
    [
      'raw control characters',
      '{"a": "x\ty\u0001z", "b\u0002": "\tq\\\\"}',
      ['ControlCharacterInString', 'ControlCharacterInString', 'ControlCharacterInString'],
    ],
    ['Unicode spaces, one and a run', '{"a":\u00a0 1,\u2003\u2003"b": 2}', ['NonStandardWhitespace', 'NonStandardWhitespace']],
    // The scanner skips a Unicode space and the digit after it as one token (the copy is then no
    // strict JSON, and the tree gives the value).
    ['a Unicode space run that swallows a value', '{"a": [1,\u00a0\u00a02]}', ['NonStandardWhitespace']],
    ['duplicate keys, the later value at the first place', '{"a": 1, "b": 2, "a": 3}', ['DuplicateKey']],
    ['a key named __proto__', '{"__proto__": {"x": 1}, "a": 1, "a": 2,}', ['DuplicateKey', 'TrailingComma']],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      const doc = JsonDocument.parse(text);
      expect(codes(doc)).toEqual(expected);
      expect(doc.hasErrors).toBe(false);
      const fromTree = getNodeValue(tree(text)) as object;
      expect(JSON.stringify(doc.value)).toBe(JSON.stringify(fromTree));
      expect(Object.keys(doc.value as object)).toEqual(Object.keys(fromTree));
      const a = tree(text).children?.findLast((p) => p.children?.[0]?.value === 'a')?.children?.[1];
      expect(doc.rangeOf('/a')).toEqual({ offset: a!.offset, length: a!.length });
    });
  }

  it('a string value that starts with a colon is no duplicate, and the text stays strict', () => {
    const doc = JsonDocument.parse('{"sep": ":", "b": " : x", "c": {"d": ":"}}');
    expect(doc.isStrict).toBe(true);
    expect(doc.value).toEqual({ sep: ':', b: ' : x', c: { d: ':' } });
    // Strict, so an edit inside a string value is still taken without a full parse.
    expect(JsonDocument.editStringValues(doc, [{ offset: 9, length: 1, text: ';' }])?.value).toEqual({
      sep: ';',
      b: ' : x',
      c: { d: ':' },
    });
  });

  it('counts a key with whitespace before its colon', () => {
    const doc = JsonDocument.parse('{"a" : 1, "a"\n:\t2}');
    expect(codes(doc)).toEqual(['DuplicateKey']);
    expect(doc.value).toEqual({ a: 2 });
  });
});

describe('pointers and positions', () => {
  const text =
    '{\r\n  "paths": {\r\n    "/pets/{id}": {\r\n      "get": {"summary": "Get", "tags": ["a", "b"]}\r\n    },\r\n    "/x~y": {}\r\n  },\r\n  "responses": {"200": {"description": "OK"}}\r\n}';
  const doc = JsonDocument.parse(text);
  const slice = (p: string) => {
    const r = doc.rangeOf(p)!;
    return text.slice(r.offset, r.offset + r.length);
  };

  it('escapes "~" before "/" in a segment, and reads it back', () => {
    for (const [raw, escaped] of [
      ['plain', 'plain'],
      ['/pets/{id}', '~1pets~1{id}'],
      ['a~b', 'a~0b'],
      ['/~1/~', '~1~01~1~0'],
    ]) {
      expect(escapeSegment(raw!)).toBe(escaped);
      expect(parsePointer(`/${escapeSegment(raw!)}`)).toEqual([raw]);
    }
    expect(escapeSegment(7)).toBe('7');
  });

  it('finds the value and the key at a pointer, with escaped segments', () => {
    expect(slice('/paths/~1pets~1{id}/get/summary')).toBe('"Get"');
    expect(slice('/paths/~1pets~1{id}/get/tags/1')).toBe('"b"');
    expect(slice('/paths/~1x~0y')).toBe('{}');
    expect(slice('/responses/200/description')).toBe('"OK"');
    const key = doc.keyRangeOf('/paths/~1pets~1{id}/get/summary')!;
    expect(text.slice(key.offset, key.offset + key.length)).toBe('"summary"');
    expect(doc.rangeOf('/paths/nope')).toBeUndefined();
    expect(doc.rangeOf('/paths/~1pets~1{id}/get/tags/9')).toBeUndefined();
  });

  it('maps an offset back to the pointer of the value there', () => {
    expect(doc.pointerAt(text.indexOf('"Get"') + 1)).toBe('/paths/~1pets~1{id}/get/summary');
    expect(doc.pointerAt(text.indexOf('"summary"') + 2)).toBe('/paths/~1pets~1{id}/get/summary');
    expect(doc.pointerAt(text.indexOf('"b"'))).toBe('/paths/~1pets~1{id}/get/tags/1');
  });

  it('gives 1-based line and column with CRLF line endings', () => {
    expect(doc.locate('/paths/~1pets~1{id}/get/summary')).toEqual({ line: 4, column: 26 });
  });
});
