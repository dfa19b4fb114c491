// A JSON text with its parsed value, the problems found in it, and (built on first use) a syntax
// tree with positions. Strict JSON takes the engine's native parser: the common case costs about
// what JSON.parse costs, and its duplicate keys are located by a strict scan (strict-duplicate-keys.ts).
// Anything else (trailing commas, comments, control characters, missing commas) goes through
// jsonc-parser's error-tolerant scanner, which reports every problem where it is; what it reads
// without guessing is then parsed natively too (see tolerated-parse.ts), and so is a copy with the
// repairs for structural errors (json-recovery.ts).
import { findNodeAtOffset, getNodePath, getNodeValue, type ParseError, parseTree, type Node as JsonNode } from 'jsonc-parser';
import type { Diagnostic } from './diagnostic';
import { describeRepair, recoverJson, recoveredByComma } from './json-recovery';
import { collectSyntaxDiagnostics, describeError, isUnicodeSpace, type ToleratedSpan } from './json-syntax-diagnostics';
import { formatPointer, parsePointer } from './json-pointer';
import { countTextKeys, countValueKeys } from './json-key-count';
import { keepScannerCode } from './jsonc-code';
import { LineIndex } from './line-index';
import { commaExpectedAt, parseMissingComma } from './missing-comma';
import { parseNearlyStrict } from './nearly-strict-parse';
import { parseTolerated } from './tolerated-parse';
import { strictDuplicateKeys } from './strict-duplicate-keys';
import { replaceAt, StringValueEdits, type TextChange } from './string-value-edits';
import { utf8Length } from './utf8-length';

export type { JsonNode };

/**
 * Deepest nesting of arrays and objects read. Real connectors stay under 30 levels; past this the
 * text is refused with a located error (the parsers, the model and the checks walk values
 * recursively, and a text 8,000 levels deep would overflow the stack).
 */
export const MAX_JSON_DEPTH = 256;

export interface TextRange {
  offset: number;
  length: number;
}

export class JsonDocument {
  private treeCache: JsonNode | undefined | null = null;
  private linesCache: LineIndex | null = null;
  /** How many keys the text names, when it is strict JSON (for parseEdited). */
  private keyCount: number | undefined;
  private utf8Cache: number | undefined;
  /** Set when this is `sourceDoc` with string values edited (see editStringValues). */
  private sourceDoc: JsonDocument | undefined;
  private stringEdits: StringValueEdits | undefined;
  /** How the tree is built when it is not the text's own (a repaired copy's, for structural errors). */
  private buildTree: (() => JsonNode | undefined) | undefined;

  private constructor(
    readonly text: string,
    /** The parsed value; `undefined` when nothing could be recovered. */
    readonly value: unknown,
    /** Syntax problems, in text order. Empty for strict JSON without duplicate keys. */
    readonly diagnostics: Diagnostic[],
    tree: JsonNode | undefined | null,
  ) {
    this.treeCache = tree;
  }

  /** `utf8Length`: the text's UTF-8 size when the caller knows it (the bytes it was decoded from). */
  static parse(text: string, utf8Length?: number): JsonDocument {
    const doc = JsonDocument.parseText(text);
    doc.utf8Cache = utf8Length;
    // Not strict JSON: read with jsonc-parser, most likely (see jsonc-code.ts).
    if (doc.diagnostics.length) keepScannerCode();
    return doc;
  }

  private static parseText(text: string): JsonDocument {
    const fast = tryStrictParse(text);
    if (fast.ok) {
      const doc = new JsonDocument(text, fast.value, [], null);
      doc.keyCount = fast.keys;
      return doc;
    }
    if ('error' in fast) {
      const comma = parseMissingComma(text, fast.error, MAX_JSON_DEPTH);
      if (comma) {
        const recovered = recoveredByComma(comma.repaired, comma.offset, comma.value);
        const doc = new JsonDocument(text, comma.value, [describeRepair(text, recovered.repairs[0]!)], null);
        doc.buildTree = recovered.tree;
        return doc;
      }
      // The engine read strict JSON up to a token where a comma was due: nothing was escaped or
      // blanked before it, and unless that token is a space JSON does not know, the nearly strict
      // copy stops there too (its pass is saved).
      const stop = commaExpectedAt(text, fast.error);
      if (stop === undefined || isUnicodeSpace(text.charCodeAt(stop))) {
        const nearly = parseNearlyStrict(text, MAX_JSON_DEPTH);
        if (nearly) return new JsonDocument(text, nearly.value, nearly.diagnostics, null);
      }
    }
    if ('value' in fast) {
      // Strict JSON naming more keys than its value holds: duplicate keys, or none after all (a
      // string value starting with a colon looks like a key to the count).
      const duplicates = strictDuplicateKeys(text);
      const doc = new JsonDocument(text, fast.value, duplicates, null);
      if (!duplicates.length) doc.keyCount = fast.valueKeys;
      return doc;
    }
    // Too deep for the tolerant parser (it recurses), or strict JSON too deep for what follows.
    const tooDeep = 'tooDeep' in fast ? (textDepthExceeded(text) ?? 0) : textDepthExceeded(text);
    if (tooDeep !== undefined) return new JsonDocument(text, undefined, [tooDeepDiagnostic(tooDeep)], undefined);
    const tolerated: ToleratedSpan[] = [];
    const structural: { errors?: ParseError[] } = {};
    const syntax = collectSyntaxDiagnostics(text, tolerated, structural);
    if (!syntax.some((d) => d.severity === 'error')) {
      // Read without guessing: the native parse of a copy with what was tolerated blanked (duplicate
      // keys: the last wins, as in the tree); the tree waits until it is asked for.
      const value = parseTolerated(text, tolerated);
      if (value !== undefined) return new JsonDocument(text, value, syntax, null);
      const tree = parseTree(text, [], { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
      return new JsonDocument(text, tree ? getNodeValue(tree) : undefined, syntax, tree);
    }
    // Structural errors: read past them with minimal repairs, and say what each repair assumed.
    const recovered = recoverJson(text, undefined, structural.errors);
    const diagnostics = [
      ...syntax.filter((d) => d.severity !== 'error'),
      ...recovered.repairs.map((r) => describeRepair(text, r)),
      ...recovered.residual.map((e) => describeError(text, e.error, e.offset, e.length)),
    ].sort((a, b) => a.offset - b.offset);
    const doc = new JsonDocument(text, recovered.value, diagnostics, null);
    doc.buildTree = recovered.tree;
    return doc;
  }

  /**
   * The parse of `text`, an edit of `previous`'s text. When `previous` was strict JSON and the edit
   * only changed characters inside scalars (no quote, backslash, colon, comma, bracket or brace was
   * typed or deleted: see `isScalarEdit`), the keys are the same as before, so the duplicate-key
   * check is skipped and a successful JSON.parse is all it takes: a keystroke in a description of
   * the largest definitions costs about what JSON.parse costs. Anything else is a full parse.
   * (A key's own characters may have changed into another key's: the value's keys are counted.)
   */
  static parseEdited(previous: JsonDocument | undefined, text: string, scalarEdit: boolean): JsonDocument {
    const keys = previous?.keyCount;
    if (keys !== undefined && scalarEdit) {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        // Not JSON any more (a control character typed into a string, text typed between tokens).
        return JsonDocument.parse(text);
      }
      if ((value !== null && typeof value === 'object' ? countValueKeys(value) : 0) === keys) {
        const doc = new JsonDocument(text, value, [], null);
        doc.keyCount = keys;
        return doc;
      }
    }
    return JsonDocument.parse(text);
  }

  /**
   * The parse of `previous`'s text after `changes` (applied in order, each to the text the previous
   * ones left), when every change stays inside a string value and leaves it a valid string (see
   * string-value-edits.ts): the value is the previous one with those strings replaced, and the text
   * is built from slices without a copy. Undefined when that does not apply: parse the text.
   * `text` is the text after the changes when the caller holds it already (the same string then
   * serves both, and comparing them costs nothing).
   */
  static editStringValues(previous: JsonDocument, changes: readonly TextChange[], text?: string): JsonDocument | undefined {
    if (previous.keyCount === undefined || previous.diagnostics.length) return undefined;
    const edits = previous.stringEdits ?? new StringValueEdits(previous.text, []);
    const next = edits.apply(changes);
    if (!next) return undefined;
    let value = previous.value;
    for (const c of next.changed) value = replaceAt(value, c.path, c.value);
    const doc = new JsonDocument(text ?? next.edits.text(), value, [], null);
    doc.keyCount = previous.keyCount;
    doc.sourceDoc = previous.source;
    doc.stringEdits = next.edits;
    return doc;
  }

  /**
   * The full parse this document's text derives from by edits inside string values (itself when it
   * was parsed in full). Its text is flat: reading it costs no copy, and what is found there holds
   * here at offsets shifted by fromSource.
   */
  get source(): JsonDocument {
    return this.sourceDoc ?? this;
  }

  /** Where an offset of `source.text` that is outside the edited strings (or starts one) is in this text. */
  fromSource(offset: number): number {
    return this.stringEdits ? this.stringEdits.fromSource(offset) : offset;
  }

  /** The length in this text of what `source.text` holds at `offset`, `length` characters long (a value or key). */
  lengthFromSource(offset: number, length: number): number {
    return this.stringEdits ? this.stringEdits.lengthFromSource(offset, length) : length;
  }

  /** The text's size in UTF-8 bytes. */
  get utf8Length(): number {
    if (this.utf8Cache === undefined) {
      const edits = this.stringEdits;
      if (edits && this.sourceDoc) {
        // Each edited string starts and ends with a quote: no surrogate pair is split.
        let bytes = this.sourceDoc.utf8Length;
        for (const r of edits.replaced) bytes += utf8Length(r.raw) - utf8Length(edits.sourceText.slice(r.at, r.at + r.length));
        this.utf8Cache = bytes;
      } else {
        this.utf8Cache = utf8Length(this.text);
      }
    }
    return this.utf8Cache;
  }

  /** True when the text is strict JSON with no duplicate keys. */
  get isStrict(): boolean {
    return this.diagnostics.length === 0;
  }

  get hasErrors(): boolean {
    return this.diagnostics.some((d) => d.severity === 'error');
  }

  get lines(): LineIndex {
    return (this.linesCache ??= new LineIndex(this.text));
  }

  /** The 1-based line and column of an offset (as `lines.position`). */
  position(offset: number): { line: number; column: number } {
    const edits = this.stringEdits;
    if (!edits || !this.sourceDoc) return this.lines.position(offset);
    // A JSON string holds no line break: the lines are the source's, each start shifted.
    const at = edits.toSource(offset);
    const { line, column } = this.sourceDoc.lines.position(at);
    return { line, column: offset - edits.fromSource(at - column + 1) + 1 };
  }

  /** The syntax tree with offsets, built on first use. */
  get tree(): JsonNode | undefined {
    if (this.treeCache === null) {
      this.treeCache = this.buildTree ? this.buildTree() : parseTree(this.text, [], { allowTrailingComma: true, allowEmptyContent: true });
      keepScannerCode();
    }
    return this.treeCache;
  }

  /** The node at a pointer. With duplicate keys, the last one wins, as it does for the value. */
  nodeAt(pointer: string): JsonNode | undefined {
    let node = this.tree;
    for (const seg of parsePointer(pointer)) {
      if (!node) return undefined;
      if (node.type === 'object') {
        let found: JsonNode | undefined;
        for (const prop of node.children ?? []) {
          if (prop.children?.[0]?.value === seg) found = prop.children[1];
        }
        node = found;
      } else if (node.type === 'array') {
        node = /^(0|[1-9]\d*)$/.test(seg) ? node.children?.[Number(seg)] : undefined;
      } else {
        return undefined;
      }
    }
    return node;
  }

  /** Text range of the value at a pointer. */
  rangeOf(pointer: string): TextRange | undefined {
    const node = this.nodeAt(pointer);
    return node ? { offset: node.offset, length: node.length } : undefined;
  }

  /** Text range of the property name (key, with quotes) whose value is at the pointer. */
  keyRangeOf(pointer: string): TextRange | undefined {
    const node = this.nodeAt(pointer);
    const key = node?.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
    return key ? { offset: key.offset, length: key.length } : undefined;
  }

  /** Pointer of the innermost value at a text offset ('' for the root). */
  pointerAt(offset: number): string {
    const root = this.tree;
    if (!root) return '';
    let node = findNodeAtOffset(root, offset, true);
    if (!node) return '';
    // On a property name, the pointer is that of the property's value.
    if (node.parent?.type === 'property' && node.parent.children?.[0] === node) node = node.parent.children[1] ?? node;
    if (node.type === 'property') node = node.children?.[1] ?? node;
    return formatPointer(getNodePath(node));
  }

  /** Where the value at a pointer is: 1-based line and column, for messages. */
  locate(pointer: string): { line: number; column: number } | undefined {
    const range = this.rangeOf(pointer);
    return range ? this.position(range.offset) : undefined;
  }
}

export function parseJsonDocument(text: string): JsonDocument {
  return JsonDocument.parse(text);
}

/**
 * Native parse plus a duplicate-key check: JSON.parse keeps only the last of duplicate keys, so
 * the text has duplicates when it names more keys than the value holds. When the text's count is
 * not the value's (duplicates, or a count that took a colon in a string for a key), the value comes
 * back with it for the caller to use once the tolerant read has said what the text holds.
 */
function tryStrictParse(
  text: string,
):
  | { ok: true; value: unknown; keys: number }
  | { ok: false; value: unknown; valueKeys: number }
  | { ok: false; tooDeep: true }
  | { ok: false; error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: String((e as Error)?.message) };
  }
  const valueKeys = value !== null && typeof value === 'object' ? countValueKeys(value, MAX_JSON_DEPTH) : 0;
  if (valueKeys < 0) return { ok: false, tooDeep: true };
  if (countTextKeys(text) !== valueKeys) return { ok: false, value, valueKeys };
  return { ok: true, value, keys: valueKeys };
}

/**
 * The offset of the first bracket or brace that opens level MAX_JSON_DEPTH + 1, outside strings
 * and comments; undefined when the text stays within the limit. One pass, no recursion.
 */
export function textDepthExceeded(text: string, max = MAX_JSON_DEPTH): number | undefined {
  let depth = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // A string: to its closing quote (or the end of the line, where the tolerant reader ends it).
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 92) i++;
        else if (d === 34 || d === 10) break;
      }
    } else if (c === 47 && text.charCodeAt(i + 1) === 47) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? n : end;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 1;
    } else if (c === 91 || c === 123) {
      if (++depth > max) return i;
    } else if ((c === 93 || c === 125) && depth > 0) {
      depth--;
    }
  }
  return undefined;
}

function tooDeepDiagnostic(offset: number): Diagnostic {
  return {
    code: 'JsonTooDeep',
    severity: 'error',
    message: `Arrays and objects are nested more than ${MAX_JSON_DEPTH} levels deep here; the studio reads at most ${MAX_JSON_DEPTH} levels (real connectors use fewer than 30).`,
    offset,
    length: 1,
  };
}

/** Characters whose typing or deletion can change how many keys a JSON text names. */
const STRUCTURAL = /["\\:,{}[\]]/;

/**
 * True when replacing `removed` by `inserted`, just after the character `before`, cannot change
 * how many keys a JSON text names or where its strings start and end: neither holds a quote,
 * backslash, colon, comma, bracket or brace, and the change does not follow a backslash (which
 * would then escape something else). For JsonDocument.parseEdited.
 */
export function isScalarEdit(before: string, removed: string, inserted: string): boolean {
  return before !== '\\' && !STRUCTURAL.test(removed) && !STRUCTURAL.test(inserted);
}
