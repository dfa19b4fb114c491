// A quick fix's text edits, checked before they touch the editor: each must lie inside the text and
// none may overlap another (they were all computed against the same text, so they apply together
// as one operation). Sorted by offset.
import type { TextEdit } from '../../../shared/core/text';

export function fixOperations(edits: readonly TextEdit[], textLength: number): TextEdit[] {
  if (!edits.length) throw new Error('This fix changes nothing.');
  const sorted = [...edits].sort((a, b) => a.offset - b.offset || a.length - b.length);
  let end = 0;
  for (const e of sorted) {
    if (!Number.isInteger(e.offset) || !Number.isInteger(e.length) || e.offset < 0 || e.length < 0 || e.offset + e.length > textLength) {
      throw new Error('This fix no longer fits the text: run the check again.');
    }
    if (e.offset < end) throw new Error('This fix has overlapping edits and was not applied.');
    end = e.offset + e.length;
  }
  return sorted;
}
