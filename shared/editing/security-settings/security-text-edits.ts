// A Security change as text edits on one file: the pointer operations turned into shared/core/text's
// minimal edits (formatting, key order and unknown keys kept), then given back as the one span of
// text that differs, so the editor applies the change as one step. Edits that do not touch each
// other are computed on the one parse; others are applied one after another, reparsing between.
import type { TextEdit } from '../../core/text';
import { JsonDocument, applyEdits, removeValueEdits, setValueEdits } from '../../core/text';
import { securityOps } from './security-ops';
import type { PointerOp, SecurityChange, SecurityPart } from './security-types';

export function securityTextEdits(doc: JsonDocument, part: SecurityPart, change: SecurityChange): TextEdit[] {
  const ops = securityOps(part, doc.value, change);
  if (ops.length === 0) return [];
  if (ops.length === 1) return opEdits(doc, ops[0]!);
  const together = ops.flatMap((op) => opEdits(doc, op)).sort((a, b) => a.offset - b.offset);
  if (together.every((e, i) => i === 0 || together[i - 1]!.offset + together[i - 1]!.length < e.offset)) {
    return differingSpan(doc.text, applyEdits(doc.text, together));
  }
  let current = doc;
  for (const op of ops) {
    const edits = opEdits(current, op);
    if (edits.length) current = JsonDocument.parse(applyEdits(current.text, edits));
  }
  return differingSpan(doc.text, current.text);
}

function opEdits(doc: JsonDocument, op: PointerOp): TextEdit[] {
  return op.kind === 'set' ? setValueEdits(doc, op.pointer, op.value) : removeValueEdits(doc, op.pointer);
}

/** The one edit that turns `before` into `after`: what lies between their common start and end. */
export function differingSpan(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  // Never split a surrogate pair or a CRLF.
  while (start > 0 && (isLowSurrogate(before.charCodeAt(start)) || (before[start] === '\n' && before[start - 1] === '\r'))) start--;
  while (
    end > 0 &&
    (isLowSurrogate(before.charCodeAt(before.length - end)) ||
      (before[before.length - end] === '\n' && before[before.length - end - 1] === '\r'))
  )
    end--;
  return [{ offset: start, length: before.length - end - start, content: after.slice(start, after.length - end) }];
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
