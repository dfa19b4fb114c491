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

export function specificWins<K extends Kept>(kept: K[]): K[] {
  // Most connectors have no schema finding at all: nothing to compare.
  if (!kept.some(isFromSchema)) return kept;
  // The subjects of the schema's findings (few), by file, with the highest level a rule reports
  // each at (0: none). By file, then subject: no key is made by joining the two for each finding.
  const bySubject = new Map<string, Map<string, number>>();
  for (let i = 0; i < kept.length; i++) {
    const { fromSchema, finding } = kept[i]!;
    if (!fromSchema) continue;
    const file = finding.file ?? 'definition';
    let subjects = bySubject.get(file);
    if (!subjects) bySubject.set(file, (subjects = new Map()));
    subjects.set(finding.subject ?? finding.pointer, 0);
  }
  let reported = false;
  for (let i = 0; i < kept.length; i++) {
    const { fromSchema, finding, level } = kept[i]!;
    if (fromSchema) continue;
    const subjects = bySubject.get(finding.file ?? 'definition');
    const subject = finding.subject ?? finding.pointer;
    const rank = subjects?.get(subject);
    if (rank === undefined) continue;
    if (RANK[level] > rank) subjects!.set(subject, RANK[level]);
    reported = true;
  }
  if (!reported) return kept;
  // A loop, not a callback made per call: it died with the call, and its code at each full GC.
  const out: K[] = [];
  for (let i = 0; i < kept.length; i++) {
    const k = kept[i]!;
    if (!k.fromSchema || bySubject.get(k.finding.file ?? 'definition')!.get(k.finding.subject ?? k.finding.pointer)! < RANK[k.level])
      out.push(k);
  }
  return out;
}
