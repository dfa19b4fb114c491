// A change made of several steps (remove an operation here, insert it there; set a type, drop a
// format, add `items`) as one list of text edits against the original text, so the editor applies
// it as one undo step. Each step is computed on the text the steps before it produced; its edits are
// mapped back to the original offsets. Where two steps touch the same bytes (or insert at the same
// offset, whose order the editor would not keep), the change becomes one edit spanning them all.
import type { TextEdit } from '../../core/text';
import { JsonDocument, applyEdits } from '../../core/text';

export type EditStep = (doc: JsonDocument) => TextEdit[];

interface Placed {
  /** Range in the original text. */
  offset: number;
  length: number;
  content: string;
}

/** One edit that turns `before` into `after` (their common start and end left alone). */
export function spanEdit(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return [{ offset: start, length: before.length - start - end, content: after.slice(start, after.length - end) }];
}

export function composeEdits(doc: JsonDocument, steps: readonly EditStep[]): TextEdit[] {
  const placed: Placed[] = [];
  let current = doc;
  let text = doc.text;
  let overlapped = false;
  for (let i = 0; i < steps.length; i++) {
    const edits = steps[i]!(current);
    if (!edits.length) continue;
    if (!overlapped) {
      // Every edit of a step is against the same text: each maps back through the earlier steps only.
      const mapped = edits.map((e) => mapBack(placed, e));
      if (mapped.every((m): m is Placed => m !== undefined)) placed.push(...mapped.sort((a, b) => a.offset - b.offset));
      else overlapped = true;
      placed.sort((a, b) => a.offset - b.offset);
    }
    text = applyEdits(text, edits);
    // The last step's text needs no parse: nothing is computed on it.
    if (i < steps.length - 1) {
      current = JsonDocument.parse(text);
      if (current.hasErrors) throw new Error('The change would leave the file unreadable; it was not made.');
    }
  }
  return overlapped ? spanEdit(doc.text, text) : placed;
}

/** `e` (offsets in the text after `placed`) in original offsets; undefined when it meets a placed edit. */
function mapBack(placed: readonly Placed[], e: TextEdit): Placed | undefined {
  let shift = 0;
  for (const p of placed) {
    const start = p.offset + shift;
    const end = start + p.content.length;
    if (e.offset + e.length < start || (e.offset + e.length === start && e.length > 0)) break;
    if (e.offset > end || (e.offset === end && p.content.length > 0 && p.length > 0 && e.length > 0)) {
      shift += p.content.length - p.length;
      continue;
    }
    return undefined;
  }
  return { offset: e.offset - shift, length: e.length, content: e.content };
}
