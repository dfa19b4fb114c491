// Variable values from a Postman environment file, to pass as `variables` to importPostman: many
// collections keep their base URL ({{baseUrl}}, {{host}}) in an environment, not in themselves.
type Json = Record<string, unknown>;

function asObj(v: unknown): Json | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
}

/** True for a Postman environment or globals export (`values` with key/value entries). */
export function isPostmanEnvironment(value: unknown): boolean {
  const o = asObj(value);
  return !!o && Array.isArray(o.values) && !('item' in o) && !('info' in o);
}

/** The enabled values of an environment; secrets included, since they only feed substitution. */
export function environmentValues(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const values = asObj(value)?.values;
  if (!Array.isArray(values)) return out;
  for (const raw of values) {
    const v = asObj(raw);
    if (!v || typeof v.key !== 'string' || v.enabled === false) continue;
    if (typeof v.value === 'string' || typeof v.value === 'number' || typeof v.value === 'boolean') out[v.key] = String(v.value);
  }
  return out;
}
