// Value helpers of the validator: JSON types as bits, deep equality and string length as Ajv
// counts them.
export function typeBits(v: unknown): number {
  if (v === null) return 1;
  switch (typeof v) {
    case 'boolean':
      return 2;
    case 'string':
      return 32;
    case 'number':
      return Number.isInteger(v) ? 16 | 64 : 16;
    case 'object':
      return Array.isArray(v) ? 8 : 4;
    default:
      return 0;
  }
}

export const hasOwn = Object.prototype.hasOwnProperty;

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    if (a.length !== bb.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], bb[i])) return false;
    return true;
  }
  // Key by key without listing the keys (uniqueItems compares every pair of parameters): equal when
  // every own key of a is in b with an equal value and b has no more keys.
  let count = 0;
  for (const k in a) {
    if (!hasOwn.call(a, k)) continue;
    if (!hasOwn.call(b, k) || !deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
    count++;
  }
  for (const k in b) if (hasOwn.call(b, k) && --count < 0) return false;
  return count === 0;
}

export function ucs2length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    n++;
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
  }
  return n;
}

/** A compiled schema: `validate` returns the violations (empty when the value conforms). */
export function someEqual(values: unknown[], data: unknown): boolean {
  for (let i = 0; i < values.length; i++) if (deepEqual(values[i], data)) return true;
  return false;
}

/** The duplicate pair Ajv reports (the highest i, then the highest j below it), or undefined. */
export function firstDuplicate(arr: unknown[]): [number, number] | undefined {
  for (let i = arr.length - 1; i > 0; i--) {
    for (let j = i - 1; j >= 0; j--) if (deepEqual(arr[i], arr[j])) return [i, j];
  }
  return undefined;
}
