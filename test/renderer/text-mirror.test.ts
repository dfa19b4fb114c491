// The workers' mirror of an editor text: changes applied as Monaco reports them, and the reparse
// that skips the duplicate-key check after edits inside scalars (JsonDocument.parseEdited). Each
// result is compared with a full parse of the same text, which is what it must equal.
import { describe, expect, it } from 'vitest';
import { isScalarEdit, JsonDocument } from '../../shared/core/text';
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

describe('TextMirror following edits inside string values', () => {
  it('keeps the parse of the last edit inside strings, and parses afresh after any other edit', () => {
    const m = new TextMirror(TEXT, 1);
    const first = m.doc;
    edit(m, 'text', 'texts');
    expect(m.isParsed).toBe(false);
    sameAsFullParse(m);
    expect(m.doc.source).toBe(first);
    edit(m, 'x\\"y', 'x\\"y z');
    sameAsFullParse(m);
    expect(m.doc.source).toBe(first);
    edit(m, '12', '123');
    sameAsFullParse(m);
    expect(m.doc.source).toBe(m.doc);
  });

  it('several events between two parses, and the same string object as text and parse', () => {
    const m = new TextMirror(TEXT, 1);
    void m.doc;
    edit(m, 'text', 'te');
    edit(m, 'te"', 'tea"');
    edit(m, 'x\\"', 'x\\"\\u00e9');
    const text = m.text;
    expect(m.doc.text).toBe(text);
    sameAsFullParse(m);
    expect(m.doc.source).not.toBe(m.doc);
  });

  it('random edits give the text a plain copy gives, and the parse of that text', () => {
    const ALPHABET = ['a', 'Z', ' ', '0', ',', ':', '{', '}', ']', '"', '\\', '\\n', '\n', '\t', '\u00e9', '\ud83d\ude00', ''];
    const start = `{\n  "info": {"title": "A title", "description": "Some words, more words"},\n  "list": ["one", "two", 3, {"k": "v"}],\n  "n": 12\n}\n`;
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return (seed >>> 8) % n;
    };
    const m = new TextMirror(start, 1);
    let plain = start;
    let followed = 0;
    for (let step = 0; step < 3000; step++) {
      if (random(200) === 0) {
        plain = start;
        m.change(m.version + 1, [], start);
        continue;
      }
      // One to three changes against the text before the event, not overlapping.
      const changes: { offset: number; length: number; text: string }[] = [];
      let from = 0;
      for (let n = 1 + random(2); n > 0 && from <= plain.length; n--) {
        // Mostly just inside a string value, sometimes anywhere.
        const near = plain.indexOf(random(2) ? ': "' : ', "', from + random(12));
        const offset = near >= 0 && random(4) ? near + 3 + random(3) : from + random(Math.max(1, plain.length - from));
        if (offset > plain.length) break;
        const length = random(4) ? 0 : Math.min(random(3), plain.length - offset);
        changes.push({ offset, length, text: random(3) ? 'ab c'.slice(random(4)) : ALPHABET[random(ALPHABET.length)]! });
        from = offset + length + 1;
      }
      const shuffled = random(2) ? changes : [...changes].reverse();
      m.change(m.version + 1, shuffled);
      for (const c of [...changes].reverse()) plain = plain.slice(0, c.offset) + c.text + plain.slice(c.offset + c.length);
      expect(m.text).toBe(plain);
      if (random(3)) {
        sameAsFullParse(m);
        expect(JSON.stringify(m.doc.value)).toBe(JSON.stringify(JsonDocument.parse(plain).value));
        if (m.doc.source !== m.doc) followed++;
      }
      // Back to a strict text now and then, or edits inside strings would rarely be followed.
      if (m.isParsed && !m.doc.isStrict && random(2)) {
        plain = start;
        m.change(m.version + 1, [], start);
      }
    }
    expect(followed).toBeGreaterThan(100);
  });
});
