// Reads a large YAML description a mapping entry at a time. The yaml library holds the whole
// document's syntax tree (about 40 bytes per byte of text) and then its node tree at once, so a
// 6 MB description peaks near 350 MB before any value is built. A block mapping's entries begin
// on lines at its keys' indentation, so a large entry (`paths:`, `components:`) is split there
// and each piece is parsed on its own, the pieces' trees freed as the values are built. Anything
// this cannot read exactly as a whole-document parse would (anchors, directives, flow or
// sequence layouts at a split, any error or warning) gives `undefined`, and the caller parses
// the whole document, so errors and warnings keep the library's wording and positions.
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';

/** Entries smaller than this are parsed whole: splitting them saves little. */
const MIN_SPLIT_CHARS = 64 * 1024;

/** An entry whose value is a block mapping on the lines below: `key:` alone on its line, a plain key. */
const HEADER = /^ *[^\s#'"?:\-[\]{},&*!|>%@`][^\s:#]*: *\r?\n?$/;

/** First characters of a line at a key's indentation that do not start a plain or quoted key. */
const NOT_A_KEY = new Set(['-', '?', ':', '[', ']', '{', '}', ',', '&', '*', '!', '|', '>', '%', '@', '`', '\t']);

interface Lines {
  text: string;
  /** Offset where each line starts; one more entry, the text's length. */
  starts: number[];
  minSplitChars: number;
}

/**
 * The value of the YAML `text` (a block mapping at the top), read in pieces; undefined when it
 * cannot be. Entries of `minSplitChars` or more are split.
 */
export function readYamlInPieces(text: string, minSplitChars = MIN_SPLIT_CHARS): Record<string, unknown> | undefined {
  // Anchors may be used in another piece; directives and document markers concern the whole text.
  if (/(?:^|[\s[{,])&/.test(text) || /^(?:%|---|\.\.\.)/m.test(text)) return undefined;
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  if (starts[starts.length - 1] !== text.length) starts.push(text.length);
  try {
    return readMapping({ text, starts, minSplitChars }, 0, starts.length - 1, 0);
  } catch (e) {
    // Nesting too deep for the parser: the whole-document parse says so in its own words.
    if (e instanceof RangeError) return undefined;
    throw e;
  }
}

/** Spaces before the line's first character; -1 for a blank or comment-only line. */
function indentOf(lines: Lines, line: number): number {
  const { text } = lines;
  const end = lines.starts[line + 1]!;
  let i = lines.starts[line]!;
  while (i < end && text.charCodeAt(i) === 32) i++;
  if (i === end) return -1;
  const c = text[i];
  return c === '\n' || c === '\r' || c === '#' ? -1 : i - lines.starts[line]!;
}

/**
 * The block mapping whose keys stand at `indent` on lines [from, to): every line is blank, a
 * comment, a key at `indent`, or deeper (inside the entry above it).
 */
function readMapping(lines: Lines, from: number, to: number, indent: number): Record<string, unknown> | undefined {
  const keyLines: number[] = [];
  for (let line = from; line < to; line++) {
    const n = indentOf(lines, line);
    if (n < 0 || n > indent) {
      if (n > indent && keyLines.length === 0) return undefined;
      continue;
    }
    if (n < indent) return undefined;
    const start = lines.starts[line]! + n;
    // A sequence at its key's indentation (`tags:` then `- name: a`) belongs to the entry above.
    if (/^-(?:\s|$)/.test(lines.text.slice(start, start + 2))) {
      if (keyLines.length === 0) return undefined;
      continue;
    }
    if (NOT_A_KEY.has(lines.text[start]!) || lines.text.startsWith('...', start)) return undefined;
    keyLines.push(line);
  }
  if (keyLines.length === 0) return undefined;
  const result: Record<string, unknown> = {};
  const seen = new Set<string>();
  for (let k = 0; k < keyLines.length; k++) {
    const first = keyLines[k]!;
    const end = k + 1 < keyLines.length ? keyLines[k + 1]! : to;
    const entry = readEntry(lines, first, end, indent);
    // The same key twice: the whole-document parse decides (an error, or the last one wins).
    if (!entry || seen.has(entry.key)) return undefined;
    seen.add(entry.key);
    // As the library builds a mapping: `__proto__` and the like become own properties.
    if (entry.key in result)
      Object.defineProperty(result, entry.key, { value: entry.value, writable: true, enumerable: true, configurable: true });
    else result[entry.key] = entry.value;
  }
  return result;
}

/** One entry of a block mapping: its key line `first` and the lines below it up to `end`. */
function readEntry(lines: Lines, first: number, end: number, indent: number): { key: string; value: unknown } | undefined {
  const { text, starts } = lines;
  const header = text.slice(starts[first]!, starts[first + 1]!);
  if (starts[end]! - starts[first]! >= lines.minSplitChars && HEADER.test(header)) {
    let inner = -1;
    for (let line = first + 1; line < end && inner < 0; line++) inner = indentOf(lines, line);
    if (inner > indent) {
      const key = readPiece(header);
      // Not a block mapping of plain entries (a list, say): the entry is parsed whole.
      const value = key && key.value === null ? readMapping(lines, first + 1, end, inner) : undefined;
      if (key && value !== undefined) return { key: key.key, value };
    }
  }
  return readPiece(text.slice(starts[first]!, starts[end]!));
}

/** A piece of text holding one mapping entry, parsed on its own; undefined unless it is exactly that and clean. */
function readPiece(piece: string): { key: string; value: unknown } | undefined {
  const doc = parseDocument(piece, { uniqueKeys: false });
  if (doc.errors.length > 0 || doc.warnings.length > 0 || hasDuplicateKeys(doc)) return undefined;
  const map = doc.contents;
  if (!isMap(map) || map.items.length !== 1) return undefined;
  // The key is read as the library's mapping would name the property.
  const key = map.items[0]!.key;
  if (!isScalar(key)) return undefined;
  const value = doc.toJS({ maxAliasCount: -1 }) as Record<string, unknown>;
  const names = Object.keys(value);
  if (names.length !== 1) return undefined;
  return { key: names[0]!, value: value[names[0]!] };
}

/**
 * True when a mapping of the parsed document holds a scalar key twice: the library's own test
 * (equal scalar values, `===`), with a set per mapping. Other keys (mappings, aliases as keys) are
 * distinct nodes, which the library never finds equal either. No recursion.
 */
export function hasDuplicateKeys(doc: Document.Parsed): boolean {
  const stack: unknown[] = [doc.contents];
  while (stack.length) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = pair.key;
        if (isScalar(key)) {
          // NaN is never === itself, so never a duplicate; a Set would find it equal.
          if (!Number.isNaN(key.value)) {
            if (seen.has(key.value)) return true;
            seen.add(key.value);
          }
        } else if (key) stack.push(key);
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
  return false;
}
