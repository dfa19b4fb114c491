// The workers' mirror of an editor text: changes applied as Monaco reports them, and the reparse
// that skips the duplicate-key check after edits inside scalars (JsonDocument.parseEdited). Each
// result is compared with a full parse of the same text, which is what it must equal.
import { describe, expect, it } from 'vitest';
import { isScalarEdit, JsonDocument } from '../../shared/text';
import { TextMirror } from '../../renderer/workers/text-mirror';

const TEXT = '{\n  "ab": "text",\n  "ac": 12,\n  "list": ["x\\"y", true]\n}\n';

/** Replaces `find` (its first occurrence) by `by`, as one Monaco change. */
function edit(m: TextMirror, find: string, by: string, at = m.text.indexOf(find)) {
  expect(at).toBeGreaterThanOrEqual(0);
  m.change(m.version + 1, [{ offset: at, length: find.length, text: by }]);
}

function sameAsFullParse(m: TextMirror) {
  const full = JsonDocument.parse(m.text);
  expect(m.doc.value).toEqual(full.value);
  expect(m.doc.diagnostics.map((d) => d.code)).toEqual(full.diagnostics.map((d) => d.code));
  expect(m.doc.isStrict).toBe(full.isStrict);
}

describe('isScalarEdit', () => {
  it('accepts letters, digits and spaces; refuses what can move keys or string ends', () => {
    expect(isScalarEdit('x', '', 'abc 12')).toBe(true);
    expect(isScalarEdit('x', 'old', '')).toBe(true);
    for (const c of ['"', '\\', ':', ',', '{', '}', '[', ']']) {
      expect(isScalarEdit('x', '', c)).toBe(false);
      expect(isScalarEdit('x', c, '')).toBe(false);
    }
    expect(isScalarEdit('\\', '', 'n')).toBe(false);
  });
});

describe('TextMirror', () => {
  it('applies several changes of one event against the text before it', () => {
    const m = new TextMirror('abcdef', 1);
    m.change(2, [
      { offset: 1, length: 1, text: 'B' },
      { offset: 4, length: 2, text: 'XYZ' },
    ]);
    expect(m.text).toBe('aBcdXYZ');
    expect(m.version).toBe(2);
  });

  it('typing inside a string value gives what a full parse gives', () => {
    const m = new TextMirror(TEXT, 1);
    expect(m.doc.isStrict).toBe(true);
    edit(m, 'text', 'texts');
    sameAsFullParse(m);
    edit(m, '12', '123');
    edit(m, 'true', 'false');
    sameAsFullParse(m);
  });

  it('a key edited into another key is a duplicate, found although the edit was inside a string', () => {
    const m = new TextMirror(TEXT, 1);
    expect(m.doc.isStrict).toBe(true);
    edit(m, 'ac', 'ab');
    sameAsFullParse(m);
    expect(m.doc.diagnostics.map((d) => d.code)).toContain('DuplicateKey');
  });

  it('a letter typed after a backslash (it now escapes something else) is parsed in full', () => {
    const m = new TextMirror(TEXT, 1);
    expect(m.doc.isStrict).toBe(true);
    edit(m, '"y', 'n"y', m.text.indexOf('\\"y') + 1);
    sameAsFullParse(m);
    expect(m.doc.hasErrors).toBe(true);
  });

  it('structural edits, broken text and its repair, and a whole new text all match a full parse', () => {
    const m = new TextMirror(TEXT, 1);
    void m.doc;
    edit(m, ',\n  "ac"', '\n  "ac"');
    sameAsFullParse(m);
    expect(m.doc.hasErrors).toBe(true);
    edit(m, '\n  "ac"', ',\n  "ac"');
    sameAsFullParse(m);
    edit(m, 'text', 'te\u0001xt');
    sameAsFullParse(m);
    m.change(m.version + 1, [], '{"a": 1, "a": 2}');
    sameAsFullParse(m);
    expect(m.doc.isStrict).toBe(false);
  });

  it('edits between two parses count together', () => {
    const m = new TextMirror(TEXT, 1);
    void m.doc;
    edit(m, 'text', 'te');
    edit(m, '"ac"', '"ab"');
    sameAsFullParse(m);
    expect(m.doc.isStrict).toBe(false);
  });
});
