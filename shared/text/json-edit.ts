// Minimal text edits for JSON: change one value and nothing else. Indentation, line endings, key
// order and every key the studio does not know stay exactly as the author wrote them.
import { applyEdits as applyJsoncEdits, modify, type FormattingOptions } from 'jsonc-parser';
import type { TextEdit } from './diagnostic';
import type { JsonDocument } from './json-document';
import { parsePointer } from './json-pointer';

/** The indentation and line ending a file already uses, so inserted text matches it. */
export function detectFormatting(text: string): FormattingOptions {
  const head = text.slice(0, 65536);
  const eol = head.includes('\r\n') ? '\r\n' : '\n';
  // The first indented line is one level deep in any JSON a tool formatted.
  const ws = /\n([ \t]+)\S/.exec(head)?.[1] ?? '  ';
  const insertSpaces = !ws.startsWith('\t');
  return { insertSpaces, tabSize: insertSpaces ? Math.min(ws.length, 8) : 1, eol, keepLines: true };
}

/** jsonc-parser tells array items (numbers) from object keys (strings): decide from the value. */
function jsoncPath(root: unknown, pointer: string): (string | number)[] {
  let cur: unknown = root;
  return parsePointer(pointer).map((seg) => {
    const isIndex = Array.isArray(cur) && /^(0|[1-9]\d*)$/.test(seg);
    cur = cur !== null && typeof cur === 'object' ? (cur as Record<string, unknown>)[seg] : undefined;
    return isIndex ? Number(seg) : seg;
  });
}

/** Edits that set the value at `pointer`, creating missing parent objects. */
export function setValueEdits(doc: JsonDocument, pointer: string, value: unknown): TextEdit[] {
  return modify(doc.text, jsoncPath(doc.value, pointer), value, { formattingOptions: detectFormatting(doc.text) });
}

/** Edits that remove the property or array item at `pointer`. */
export function removeValueEdits(doc: JsonDocument, pointer: string): TextEdit[] {
  return modify(doc.text, jsoncPath(doc.value, pointer), undefined, { formattingOptions: detectFormatting(doc.text) });
}

/** Edits that insert `value` into the array at `pointer` at `index` (default: the end). */
export function insertArrayItemEdits(doc: JsonDocument, pointer: string, value: unknown, index?: number): TextEdit[] {
  const path = jsoncPath(doc.value, pointer);
  const arr = valueIn(doc.value, path);
  const at = index ?? (Array.isArray(arr) ? arr.length : 0);
  return modify(doc.text, [...path, at], value, { formattingOptions: detectFormatting(doc.text), isArrayInsertion: true });
}

function valueIn(root: unknown, path: (string | number)[]): unknown {
  let cur = root;
  for (const seg of path) cur = cur !== null && typeof cur === 'object' ? (cur as Record<string, unknown>)[seg] : undefined;
  return cur;
}

export function applyEdits(text: string, edits: TextEdit[]): string {
  return applyJsoncEdits(text, edits);
}
