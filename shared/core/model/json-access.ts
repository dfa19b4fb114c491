// Small readers for untyped JSON: a connector file may hold anything, so every view reads through these.
export type JsonObject = Record<string, unknown>;

export function asObject(v: unknown): JsonObject | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as JsonObject) : undefined;
}

export function asString(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

export function asStringArray(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  // Usually all strings: one copy, without a callback per item.
  let i = 0;
  while (i < v.length && typeof v[i] === 'string') i++;
  if (i === v.length) return v.slice() as string[];
  const out = v.slice(0, i) as string[];
  for (; i < v.length; i++) if (typeof v[i] === 'string') out.push(v[i]);
  return out;
}

export function entries(v: unknown): [string, unknown][] {
  const o = asObject(v);
  return o ? Object.entries(o) : [];
}

/** The platform writes booleans as strings in places ("true"); both count. */
export function isTrue(v: unknown): boolean {
  return v === true || v === 'true' || v === 'True';
}
