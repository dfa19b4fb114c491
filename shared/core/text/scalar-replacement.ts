// The form's fast path for a new scalar value of a field edited before: where the field's value sits
// in the text is known (the editor follows its range through every edit), so the new value's text
// replaces it there, without parsing the document. Only while that range still holds one JSON
// scalar right after the member name the pointer ends with; otherwise the edit takes the slow path
// (resolved against a parse of the whole text).
import { lastSegment } from './json-pointer';

export type JsonScalar = string | boolean | number;

/** How many characters before a value are enough to find the member name it follows. */
export const MEMBER_LEAD_CHARS = 512;

export function isJsonScalar(value: unknown): value is JsonScalar {
  return typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

/** True when `text` is exactly one JSON string, number or boolean literal. */
export function isScalarLiteral(text: string): boolean {
  if (text.trim() !== text) return false;
  try {
    return isJsonScalar(JSON.parse(text));
  } catch {
    return false;
  }
}

/** The member name a value follows (`"summary": ` at the end of `lead`), decoded; undefined if none. */
export function memberNameBefore(lead: string): string | undefined {
  const m = /"((?:[^"\\\r\n]|\\.)*)"\s*:\s*$/.exec(lead);
  if (!m) return undefined;
  try {
    return JSON.parse(`"${m[1]}"`) as string;
  } catch {
    return undefined;
  }
}

/**
 * The text that sets `value` at `pointer` by replacing `current`, the text of the value's range, which
 * `lead` (up to MEMBER_LEAD_CHARS characters) precedes. Undefined when the fast path does not apply:
 * the value is not a scalar, the range no longer holds exactly one scalar, or it does not follow the
 * member the pointer names.
 */
export function scalarReplacement(pointer: string, value: unknown, lead: string, current: string): string | undefined {
  if (!isJsonScalar(value) || !isScalarLiteral(current)) return undefined;
  if (memberNameBefore(lead) !== lastSegment(pointer)) return undefined;
  return JSON.stringify(value);
}
