// Key counts for the duplicate-key check of a natively parsed text: JSON.parse keeps only the last
// of duplicate keys, so the text has duplicates when it names more keys than the value holds.

/**
 * Counts property names in strict JSON text, or a few more, never fewer: every key is a string
 * whose closing quote (not escaped) is followed, after any whitespace, by a colon, and each has a
 * colon of its own. So this jumps from colon to colon with indexOf (native, and colons are fewer
 * than quotes) and counts those after such a quote. A string that starts with a colon counts too:
 * the count is then above the value's, and the tolerant read decides (rare, and never wrong).
 */
export function countTextKeys(text: string): number {
  let keys = 0;
  let colon = text.indexOf(':');
  while (colon >= 0) {
    let q = colon - 1;
    let c = text.charCodeAt(q);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(--q);
    if (c === 34) {
      // A quote after an odd number of backslashes is escaped: inside a string, not a key's end.
      let backslashes = 0;
      for (let p = q - 1; text.charCodeAt(p) === 92; p--) backslashes++;
      if ((backslashes & 1) === 0) keys++;
    }
    colon = text.indexOf(':', colon + 1);
  }
  return keys;
}

/** countValueKeys's stack of containers and their depths, kept between calls: new ones per call
 * were garbage for every definition opened (and grew by copies for large ones). */
const stack: object[] = [];
const depths: number[] = [];

/**
 * How many keys the objects of a parsed value hold, without recursion (a stack of containers and
 * their depths); -1 when containers nest deeper than `maxDepth`.
 */
export function countValueKeys(value: object, maxDepth = Infinity): number {
  let keys = 0;
  // Emptied by every call that returns (pop leaves no reference behind); a call cut short by a
  // throw would have left some.
  if (stack.length) stack.length = depths.length = 0;
  stack.push(value);
  depths.push(1);
  while (stack.length) {
    const container = stack.pop()!;
    const depth = depths.pop()!;
    if (depth > maxDepth) {
      stack.length = depths.length = 0;
      return -1;
    }
    // Read in place (for-in, indexes): an array of values per object would be garbage for every
    // object of every definition opened.
    if (Array.isArray(container)) {
      for (let i = 0; i < container.length; i++) {
        const item: unknown = container[i];
        if (item !== null && typeof item === 'object') {
          stack.push(item);
          depths.push(depth + 1);
        }
      }
    } else {
      const record = container as Record<string, unknown>;
      for (const key in record) {
        keys++;
        const item = record[key];
        if (item !== null && typeof item === 'object') {
          stack.push(item);
          depths.push(depth + 1);
        }
      }
    }
  }
  return keys;
}

/**
 * A repaired copy of a text read natively, when it is strict JSON without duplicate keys and no
 * deeper than `maxDepth`: then it says what the tolerant read of the original says. Undefined
 * otherwise, and the caller gives way to the tolerant read.
 */
export function parseStrictCopy(copy: string, maxDepth: number): { value: unknown } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(copy);
  } catch {
    return undefined;
  }
  const keys = value !== null && typeof value === 'object' ? countValueKeys(value, maxDepth) : 0;
  if (keys < 0 || countTextKeys(copy) !== keys) return undefined;
  return { value };
}
