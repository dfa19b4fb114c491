import { replaceValueFix } from '../fixes';
import { forCertification } from '../profiles';
import { labelFromName, startsLowerCase, titleCase } from '../string-guidance';
import { SchemaKey, type CertifyRule, type Report } from '../types';

function check(report: Report, pointer: string, s: unknown): void {
  if (typeof s !== 'string' || !startsLowerCase(s)) return;
  // camelCase ("isSuccess") is split into words; a phrase keeps its words.
  const fixed = /\s/.test(s.trim()) ? titleCase(s) : labelFromName(s);
  report({
    pointer,
    message: `The x-ms-summary "${s}" starts in lower case; labels are in Title Case, such as "${fixed}".`,
    fix: (fc) => replaceValueFix(fc, fixed, `Change to "${fixed}"`),
  });
}

export const summaryNotTitleCase: CertifyRule = {
  id: 'SummaryNotTitleCase',
  microsoft: false,
  requirement: 'XMSSUMMARY-TITLE',
  category: 'parameter',
  severity: forCertification('warning'),
  description: 'An x-ms-summary (a parameter, property or response label) is in Title Case, not lower case.',
  check(_ctx, report) {
    const seen = new Set<string>();
    return {
      onParameter(p) {
        if (!(p.keys & SchemaKey.Summary) || !p.value || seen.has(p.target)) return;
        seen.add(p.target);
        check(report, `${p.target}/x-ms-summary`, p.value['x-ms-summary']);
      },
      onResponse(r) {
        if (!r.value || seen.has(r.target)) return;
        seen.add(r.target);
        check(report, `${r.target}/x-ms-summary`, r.value['x-ms-summary']);
      },
      // Every schema object is visited once, where it is written: no duplicates to remove.
      schemaKeys: SchemaKey.Summary,
      onSchema(s) {
        const label = s.value['x-ms-summary'];
        if (label !== undefined) check(report, `${s.pointer}/x-ms-summary`, label);
      },
    };
  },
};
