// Mechanical fixes as minimal text edits. Renames and value replacements use the location the
// checker already found; insertions and removals go through the text core's minimal edits.
import { removeValueEdits, setValueEdits, formatPointer, parsePointer, valueAt } from '../../core/text';
import type { Fix, FixContext } from './types';

/**
 * Renames the property whose value the finding points at (the key text only). None when the
 * object already has a property of the new name: merging two values is for the author to decide.
 */
export function renameKeyFix(fc: FixContext, newKey: string, title = `Rename to "${newKey}"`): Fix | undefined {
  const loc = fc.location;
  if (loc?.keyOffset === undefined) return undefined;
  const segments = parsePointer(fc.pointer);
  const parent = valueAt(fc.doc.value, formatPointer(segments.slice(0, -1)));
  if (parent !== null && typeof parent === 'object' && Object.hasOwn(parent, newKey)) return undefined;
  return { title, edits: [{ offset: loc.keyOffset, length: loc.keyLength!, content: JSON.stringify(newKey) }] };
}

/** Replaces a primitive value in place. */
export function replaceValueFix(
  fc: FixContext,
  value: string | number | boolean | null,
  title = `Change to ${JSON.stringify(value)}`,
): Fix | undefined {
  const loc = fc.location;
  if (!loc) return undefined;
  return { title, edits: [{ offset: loc.offset, length: loc.length, content: JSON.stringify(value) }] };
}

/** Sets (or adds) the value at a pointer. */
export function setValueFix(fc: FixContext, pointer: string, value: unknown, title: string): Fix | undefined {
  const edits = setValueEdits(fc.doc, pointer, value);
  return edits.length ? { title, edits } : undefined;
}

/** Removes the property or item at a pointer. */
export function removeFix(fc: FixContext, pointer: string, title: string): Fix | undefined {
  const edits = removeValueEdits(fc.doc, pointer);
  return edits.length ? { title, edits } : undefined;
}
