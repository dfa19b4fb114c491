// Edits inside string values followed without a parse (JsonDocument.editStringValues): every result
// is compared with a full parse of the same text, which is what it must equal (value with its key
// order, strictness, line positions, UTF-8 size), and the string found at an offset with what the
// tolerant parser's syntax tree says is there.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findNodeAtOffset, getNodePath, parseTree, type Node as JsonNode } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { formatPointer, JsonDocument, valueAt } from '../../shared/core/text';
import type { StringValueEdits } from '../../shared/core/text/string-value-edits';
import { utf8Length } from '../../shared/core/text/utf8-length';
import { valueStringAt } from '../../shared/core/text/value-string-at';
import { CONNECTORS_DIR, HAVE_CORPUS } from '../support/corpus';

const TEXT = `{
  "a": "plain",
  "b\\"c": "esc\\"aped \\\\ \\u00e9 \u00e9 \ud83d\ude00",
  "n": [1, -2.5e3, true, null, "in array", ["deep", {"k": "v", "": ""}]],
  "__proto__": {"x": "proto value"},
  "200": "numeric key",
  "k:{}": "[,]",
  "e": {}, "f": [],
  "z": "last"
}
`;

/** What the syntax tree says holds `offset`: a string value's path and range, or nothing. */
function expected(text: string, offset: number) {
  const tree = parseTree(text)!;
  const node = findNodeAtOffset(tree, offset, true);
  if (node?.type !== 'string' || offset < node.offset || offset >= node.offset + node.length) return undefined;
  if (node.parent?.type === 'property' && node.parent.children?.[0] === node) return undefined;
  return { path: getNodePath(node), start: node.offset, end: node.offset + node.length };
}

/** Applies changes in order, each to the text the previous ones left, by slicing. */
function applied(text: string, changes: { offset: number; length: number; text: string }[]): string {
  for (const c of changes) text = text.slice(0, c.offset) + c.text + text.slice(c.offset + c.length);
  return text;
}

function isStringLiteral(raw: string): boolean {
  try {
    return raw.startsWith('"') && raw.endsWith('"') && typeof JSON.parse(raw) === 'string';
  } catch {
    return false;
  }
}

function sameAsFullParse(doc: JsonDocument, text: string) {
  expect(doc.text).toBe(text);
  const full = JsonDocument.parse(text);
  expect(doc.isStrict).toBe(full.isStrict);
  expect(JSON.stringify(doc.value)).toBe(JSON.stringify(full.value));
  expect(doc.value).toEqual(full.value);
  expect(doc.utf8Length).toBe(new TextEncoder().encode(text).length);
  expect(doc.utf8Length).toBe(utf8Length(text));
  const lines = full.lines;
  for (let o = 0; o <= text.length; o += Math.max(1, Math.floor(text.length / 997))) expect(doc.position(o)).toEqual(lines.position(o));
  expect(doc.position(text.length)).toEqual(lines.position(text.length));
  // Around each edited string, every offset.
  for (const r of (doc as unknown as { stringEdits?: StringValueEdits }).stringEdits?.replaced ?? []) {
    const start = doc.fromSource(r.at);
    for (let o = Math.max(0, start - 3); o <= Math.min(text.length, start + r.raw.length + 3); o++)
      expect(doc.position(o)).toEqual(lines.position(o));
  }
}

describe('valueStringAt', () => {
  it('finds the string value at every offset, as the syntax tree does', () => {
    for (let o = -1; o <= TEXT.length; o++) expect(valueStringAt(TEXT, o), `offset ${o}`).toEqual(expected(TEXT, o));
  });

  it('on one-line text, and on a string at the root', () => {
    const flat = JSON.stringify(JSON.parse(TEXT));
    for (let o = 0; o < flat.length; o++) expect(valueStringAt(flat, o), `offset ${o}`).toEqual(expected(flat, o));
    expect(valueStringAt(' "root" ', 3)).toEqual({ path: [], start: 1, end: 7 });
    expect(valueStringAt(' "root" ', 0)).toBeUndefined();
  });

  it.skipIf(!HAVE_CORPUS)('on a large definition', () => {
    const text = readFileSync(path.join(CONNECTORS_DIR, 'certified-connectors/Encodian/apiDefinition.swagger.json'), 'utf8').replace(
      /^\uFEFF/,
      '',
    );
    const tree = parseTree(text)!;
    let found = 0;
    for (let i = 0; i < 3000; i++) {
      const o = Math.floor((i * 7919.37) % text.length);
      const node = findNodeAtOffset(tree, o, true);
      const isValue =
        node?.type === 'string' &&
        o < node.offset + node.length &&
        !(node.parent?.type === 'property' && node.parent.children?.[0] === node);
      const want = isValue ? { path: getNodePath(node!), start: node!.offset, end: node!.offset + node!.length } : undefined;
      if (want) found++;
      expect(valueStringAt(text, o), `offset ${o}`).toEqual(want);
    }
    expect(found).toBeGreaterThan(1000);
  });
});

describe('JsonDocument.editStringValues', () => {
  const strict = JsonDocument.parse(TEXT);
  const at = (s: string, inner = 1) => TEXT.indexOf(s) + inner;

  it('follows typing and deleting inside string values, and the value is a parse of the text', () => {
    let doc = strict;
    let text = TEXT;
    // Each step finds its place in the text as it is by then.
    const steps: ((t: string) => { offset: number; length: number; text: string })[] = [
      (t) => ({ offset: t.indexOf('"plain"') + 6, length: 0, text: 's' }),
      (t) => ({ offset: t.indexOf('"plains"') + 1, length: 2, text: '' }),
      (t) => ({ offset: t.indexOf('"in array"') + 3, length: 0, text: ' an \\"escaped\\" \\u0041 \u00e9\ud83d\ude00 ' }),
      (t) => ({ offset: t.indexOf('"proto value"') + 1, length: 5, text: 'not the prototype' }),
      (t) => ({ offset: t.indexOf('"[,]"') + 2, length: 0, text: '{:},' + '\\\\' }),
      (t) => ({ offset: t.indexOf('"v"') + 1, length: 1, text: '' }),
      (t) => ({ offset: t.indexOf('"ains"') + 5, length: 0, text: ' again' }),
    ];
    for (const step of steps) {
      const c = step(text);
      const next = JsonDocument.editStringValues(doc, [c]);
      text = applied(text, [c]);
      expect(next, JSON.stringify(c)).toBeDefined();
      sameAsFullParse(next!, text);
      expect(next!.source).toBe(strict);
      doc = next!;
    }
    // Every node of the source's syntax tree, shifted, is where the edited text has it.
    const visit = (node: JsonNode) => {
      const at = doc.fromSource(node.offset);
      const now = doc.text.slice(at, at + doc.lengthFromSource(node.offset, node.length));
      if (node.type === 'string' && node.parent?.children?.[0] !== node)
        expect(JSON.parse(now)).toBe(valueAt(doc.value, formatPointer(getNodePath(node))));
      else if (node.type !== 'object' && node.type !== 'array' && node.type !== 'property')
        expect(now).toBe(TEXT.slice(node.offset, node.offset + node.length));
      else expect(now[0]).toBe(TEXT[node.offset]);
      for (const child of node.children ?? []) visit(child);
    };
    visit(parseTree(TEXT)!);
    expect(Object.getPrototypeOf(doc.value)).toBe(Object.prototype);
    expect(Object.keys((doc.value as Record<string, unknown>).__proto__ as object)).toEqual(['x']);
  });

  it('shares what did not change and copies the path to what did', () => {
    const next = JsonDocument.editStringValues(strict, [{ offset: at('"v"'), length: 1, text: 'w' }])!;
    const before = strict.value as any;
    const after = next.value as any;
    expect(after).not.toBe(before);
    expect(after.n).not.toBe(before.n);
    expect(after.n[5][1]).toEqual({ k: 'w', '': '' });
    expect(before.n[5][1]).toEqual({ k: 'v', '': '' });
    expect(after.__proto__).toBe(before.__proto__);
    expect(after.n[5][0]).toBe('deep');
  });

  it('refuses what is not an edit inside a string value', () => {
    const refused = [
      { offset: at('"a"'), length: 0, text: 'x' }, // in a key
      { offset: at('-2.5e3', 0), length: 0, text: '1' }, // in a number
      { offset: at('true', 0), length: 4, text: 'false' }, // a literal
      { offset: at('"plain"', 0) - 1, length: 0, text: ' ' }, // whitespace before a string
      { offset: at('"plain"', 7), length: 0, text: 'x' }, // just after the closing quote
      { offset: at('"plain"', 3), length: 10, text: '' }, // reaches past the string
      { offset: at('"plain"', 3), length: 0, text: '"' }, // ends the string
      { offset: at('"plain"', 3), length: 0, text: '\\' }, // an escape that is not one
      { offset: at('"plain"', 6), length: 0, text: '\\' }, // escapes the closing quote
      { offset: at('"plain"', 3), length: 0, text: '\n' }, // a control character
      { offset: at('"plain"', 3), length: 0, text: '\\x' }, // not an escape
      { offset: at('"esc', 4), length: 1, text: '' }, // breaks the escaped quote
    ];
    for (const c of refused) expect(JsonDocument.editStringValues(strict, [c]), JSON.stringify(c)).toBeUndefined();
    expect(JsonDocument.editStringValues(JsonDocument.parse('{"a": "x",}'), [{ offset: 8, length: 0, text: 'y' }])).toBeUndefined();
  });

  it('replaces a whole string, quotes included (the form sets values this way)', () => {
    const start = at('"plain"', 0);
    const c = { offset: start, length: '"plain"'.length, text: '"a \\"new\\" value"' };
    const next = JsonDocument.editStringValues(strict, [c])!;
    sameAsFullParse(next, applied(TEXT, [c]));
  });

  it('several changes in one event, in different strings, applied from the end', () => {
    const changes = [
      { offset: at('"last"', 2), length: 1, text: 'A' },
      { offset: at('"numeric key"', 1), length: 0, text: 'a ' },
      { offset: at('"plain"', 1), length: 0, text: 'Z' },
    ];
    const next = JsonDocument.editStringValues(strict, changes)!;
    sameAsFullParse(next, applied(TEXT, changes));
    // Then one of them again, and another.
    const more = [
      { offset: next.text.indexOf('Zplain') + 1, length: 0, text: 'Y' },
      { offset: next.text.indexOf('"v"') + 1, length: 0, text: 'w' },
    ].sort((a, b) => b.offset - a.offset);
    const again = JsonDocument.editStringValues(next, more)!;
    sameAsFullParse(again, applied(next.text, more));
  });

  it('a change that leaves a string invalid in between is judged on the result', () => {
    const o = at('"plain"', 3);
    const changes = [
      { offset: o, length: 0, text: '\\' },
      { offset: o + 1, length: 0, text: 'n' },
    ];
    // Applied in the order given: the backslash first, then the n after it.
    const next = JsonDocument.editStringValues(strict, changes)!;
    sameAsFullParse(next, applied(TEXT, changes));
    expect((next.value as any).a).toBe('pl\nain');
  });
});

describe.skipIf(!HAVE_CORPUS)('JsonDocument.editStringValues on corpus definitions', () => {
  const names: [string, number][] = [
    ['certified-connectors/Encodian', 50],
    ['independent-publisher-connectors/HubSpot CRM V2', 100],
    ['certified-connectors/AIForged', 200],
    ['custom-connectors/AzureKeyVault', 200],
  ];
  const ALPHABET = [
    'a',
    'Z',
    ' ',
    '0',
    ',',
    ':',
    '{',
    ']',
    '\\',
    '\\n',
    '\\u00e9',
    '"',
    '\u00e9',
    '\ud83d\ude00',
    '\ud83d',
    '\n',
    '\t',
    'é',
    '/',
    '~',
  ];
  for (const [name, steps] of names) {
    const file = path.join(CONNECTORS_DIR, name, 'apiDefinition.swagger.json');
    it.skipIf(!existsSync(file))(
      `random edits on ${name} give what a full parse gives`,
      () => {
        let text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
        let seed = 12345;
        const random = (n: number) => {
          seed = (seed * 1103515245 + 12345) & 0x7fffffff;
          return (seed >>> 8) % n;
        };
        let doc = JsonDocument.parse(text);
        expect(doc.isStrict).toBe(true);
        let followed = 0;
        let rebased = 0;
        for (let step = 0; step < steps; step++) {
          // Mostly inside a string value (just after the next `": "`), sometimes anywhere.
          const anywhere = random(text.length);
          const next = random(5) ? text.indexOf('": "', anywhere) : -1;
          const offset = next >= 0 ? next + 4 + random(3) : anywhere;
          const c = { offset, length: random(3) ? 0 : random(4), text: random(5) ? ALPHABET[random(ALPHABET.length)]! : '' };
          const edited = JsonDocument.editStringValues(doc, [c]);
          const after = applied(text, [c]);
          if (edited) {
            sameAsFullParse(edited, after);
            followed++;
            doc = edited;
            text = after;
          } else {
            // Refused: right unless the change stays inside a string value and leaves a valid string,
            // which only a long run of edits (a fresh parse is then cheaper) may refuse.
            const inString = valueStringAt(text, c.offset);
            if (!inString || c.offset + c.length > inString.end) continue;
            const raw = after.slice(inString.start, inString.end + c.text.length - c.length);
            if (!isStringLiteral(raw)) continue;
            doc = JsonDocument.parse(text);
            const fresh = JsonDocument.editStringValues(doc, [c]);
            expect(fresh, JSON.stringify(c)).toBeDefined();
            sameAsFullParse(fresh!, after);
            rebased++;
            doc = fresh!;
            text = after;
          }
        }
        expect(followed).toBeGreaterThan(steps / 3);
        if (steps > 100) expect(rebased).toBeGreaterThan(0);
      },
      60_000,
    );
  }
});
