// How names and values appear in messages: quoted as JSON (so a hostile name cannot forge a line
// break or a second message), and shortened when long.
const MAX = 60;

export function q(s: string): string {
  const json = JSON.stringify(s);
  return json.length <= MAX ? json : `${json.slice(0, MAX - 2)}…"`;
}

export function value(v: unknown): string {
  let json: string;
  try {
    json = JSON.stringify(v) ?? String(v);
  } catch {
    json = String(v);
  }
  return json.length <= MAX ? json : `${json.slice(0, MAX - 1)}…`;
}

/** `a, b and 3 more`: a list of values for a message. */
export function valueList(values: readonly unknown[], shown = 5): string {
  const head = values.slice(0, shown).map(value);
  return values.length > shown ? `${head.join(', ')} and ${values.length - shown} more` : head.join(', ');
}

/** Deep equality for JSON values (key order does not matter); past 64 levels, unequal. */
export function sameJson(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return true;
  if (depth > 64) return false;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => sameJson(x, bb[i], depth + 1));
  }
  const ak = Object.keys(a);
  const bo = b as Record<string, unknown>;
  if (ak.length !== Object.keys(bo).length) return false;
  return ak.every((k) => Object.hasOwn(bo, k) && sameJson((a as Record<string, unknown>)[k], bo[k], depth + 1));
}
