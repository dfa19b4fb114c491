// The findings as the Certification tab lists them: by severity (errors first), then by rule (the
// rule with most findings first), each rule's findings in file and text order.
import type { Severity } from '../../../shared/core/text';
import type { Finding } from '../../workers/certify-protocol';

export interface RuleGroup {
  rule: string;
  findings: Finding[];
}

export interface SeverityGroup {
  severity: Severity;
  label: string;
  count: number;
  rules: RuleGroup[];
}

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];
export const SEVERITY_LABELS: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Information' };

const FILE_ORDER = { definition: 0, properties: 1 } as const;

export function groupFindings(findings: readonly Finding[]): SeverityGroup[] {
  const out: SeverityGroup[] = [];
  for (const severity of SEVERITY_ORDER) {
    const byRule = new Map<string, Finding[]>();
    for (const f of findings) {
      if (f.severity !== severity) continue;
      let list = byRule.get(f.rule);
      if (!list) byRule.set(f.rule, (list = []));
      list.push(f);
    }
    if (!byRule.size) continue;
    const rules = [...byRule].map(([rule, list]) => ({
      rule,
      findings: list.sort((a, b) => FILE_ORDER[a.file] - FILE_ORDER[b.file] || a.offset - b.offset),
    }));
    rules.sort((a, b) => b.findings.length - a.findings.length || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
    out.push({ severity, label: SEVERITY_LABELS[severity], count: rules.reduce((n, r) => n + r.findings.length, 0), rules });
  }
  return out;
}

/** "2 errors, 1 warning, 5 information": the counts, for the tab's header. */
export function countsSentence(findings: readonly Finding[]): string {
  const n = { error: 0, warning: 0, info: 0 };
  for (const f of findings) n[f.severity]++;
  const plural = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  return [plural(n.error, 'error', 'errors'), plural(n.warning, 'warning', 'warnings'), `${n.info} information`].join(', ');
}
