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
  return asArray(v).filter((x): x is string => typeof x === 'string');
}

export function entries(v: unknown): [string, unknown][] {
  const o = asObject(v);
  return o ? Object.entries(o) : [];
}

/** The platform writes booleans as strings in places ("true"); both count. */
export function isTrue(v: unknown): boolean {
  return v === true || v === 'true' || v === 'True';
}
