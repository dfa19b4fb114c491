import { replaceValueFix } from '../fixes';
import { forCertification } from '../profiles';
import { labelFromName, startsLowerCase, titleCase } from '../string-guidance';
import { SchemaKey, type CertifyRule, type Report } from '../types';

function inLowerCase(s: unknown): s is string {
  return typeof s === 'string' && startsLowerCase(s);
}

/** `s` is a label in lower case (inLowerCase); `pointer` is where it is. */
function check(report: Report, pointer: string, s: string): void {
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
      // A parameter or response reached through a $ref is reported once, where it is written; the
      // place is remembered only for a label that is reported.
      parameterKeys: SchemaKey.Summary,
      onParameter(p) {
        if (!(p.keys & SchemaKey.Summary) || !p.value) return;
        const label = p.value['x-ms-summary'];
        if (!inLowerCase(label) || seen.has(p.target)) return;
        seen.add(p.target);
        check(report, `${p.target}/x-ms-summary`, label);
      },
      onResponse(r) {
        if (!r.value) return;
        const label = r.value['x-ms-summary'];
        if (!inLowerCase(label) || seen.has(r.target)) return;
        seen.add(r.target);
        check(report, `${r.target}/x-ms-summary`, label);
      },
      // Every schema object is visited once, where it is written: no duplicates to remove.
      schemaKeys: SchemaKey.Summary,
      onSchema(s) {
        // The label first: most are in Title Case, and the schema's pointer is built only for a finding.
        const label = s.value['x-ms-summary'];
        if (inLowerCase(label)) check(report, `${s.pointer}/x-ms-summary`, label);
      },
    };
  },
};
