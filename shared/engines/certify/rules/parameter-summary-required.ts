import { forCertification } from '../profiles';
import { setValueFix } from '../fixes';
import { labelFromName } from '../string-guidance';
import { SchemaKey, type CertifyRule, type ParameterNode } from '../types';

/**
 * A parameter the designer shows as a field: not internal, and not a body (the designer shows a
 * body's properties, each with its own x-ms-summary, rather than the body parameter).
 */
export function isShownField(p: ParameterNode): boolean {
  return p.value !== undefined && p.view.in !== 'body' && p.view.visibility !== 'internal';
}

export const parameterSummaryRequired: CertifyRule = {
  id: 'ParameterSummaryRequired',
  microsoft: false,
  requirement: 'XMSSUMMARY-TITLE',
  category: 'parameter',
  // Reviewers ask for it; a quarter of accepted connectors' parameters lack it: a warning.
  severity: forCertification('warning'),
  description: 'Every parameter shown in the designer has an x-ms-summary: the field label users read.',
  check(_ctx, report) {
    // A shared (#/parameters) or path-level parameter is listed by many operations: one finding.
    const seen = new Set<string>();
    return {
      onParameter(p) {
        // Most parameters have a label: the key bits say so before the label, the field and the
        // place (a string to hash) are read.
        let s: unknown;
        if (p.keys & SchemaKey.Summary) {
          s = p.value!['x-ms-summary'];
          if (typeof s !== 'string' || s.trim() !== '') return;
        }
        if (!isShownField(p) || seen.has(p.target)) return;
        seen.add(p.target);
        const at = `${p.target}/x-ms-summary`;
        const label = labelFromName(p.view.name);
        report({
          pointer: s === undefined ? p.target : at,
          at: s === undefined ? 'key' : 'value',
          message: `Parameter "${p.view.name}" has no x-ms-summary, so the designer labels its field with the raw name; add a Title Case label${label ? ` such as "${label}"` : ''}.`,
          fix: label ? (fc) => setValueFix(fc, at, label, `Set "x-ms-summary": "${label}"`) : undefined,
        });
      },
    };
  },
};
