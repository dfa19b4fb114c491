// One defect, one finding. A value that breaks a rule usually breaks the JSON Schema too: a path
// parameter with "required": false is outside the schema's enum and breaks PathParameterMustBeRequired;
// a "file" query parameter has a type the schema does not list and breaks FileParameterMustBeInFormData.
// The rule's finding says why and how to fix it; the schema's says less (or, for the file
// parameter, the opposite), so it is dropped when a rule reports the same value at least as severely.
import type { Finding, RuleLevel } from './types';

interface Kept {
  level: Exclude<RuleLevel, 'off'>;
  finding: Finding;
  /** Reported while claiming a JSON Schema violation. */
  fromSchema: boolean;
}

const RANK = { info: 1, warning: 2, error: 3 } as const;

const isFromSchema = (k: Kept) => k.fromSchema;

const subjectOf = (k: Kept) => `${k.finding.file ?? 'definition'}\u0000${k.finding.subject ?? k.finding.pointer}`;

export function specificWins<K extends Kept>(kept: K[]): K[] {
  // Most connectors have no schema finding at all: no keys to build.
  if (!kept.some(isFromSchema)) return kept;
  const specific = new Map<string, number>();
  for (const k of kept) {
    if (k.fromSchema) continue;
    const key = subjectOf(k);
    specific.set(key, Math.max(specific.get(key) ?? 0, RANK[k.level]));
  }
  if (!specific.size) return kept;
  // A loop, not a callback made per call: it died with the call, and its code at each full GC.
  const out: K[] = [];
  for (const k of kept) if (!k.fromSchema || (specific.get(subjectOf(k)) ?? 0) < RANK[k.level]) out.push(k);
  return out;
}
