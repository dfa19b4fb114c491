import { replaceValueFix } from '../fixes';
import { forCertification } from '../profiles';
import type { CertifyRule } from '../types';

/** Letters, digits, spaces and parentheses are what the guidance allows; RestrictedCharactersInSummary owns / \ < > * % & ?. */
const OTHER = /[^\p{L}\p{M}\p{N} ()/\\<>*%&?]/gu;
/** OTHER without the global flag, to test a summary (most have none) before listing its characters. */
const ANY_OTHER = new RegExp(OTHER.source, 'u');

export const summaryCharactersNotRecommended: CertifyRule = {
  id: 'SummaryCharactersNotRecommended',
  microsoft: false,
  requirement: 'SUMMARY-ALNUM-PARENS',
  category: 'operation',
  // Guidance: "-", "'" and "," are common in accepted summaries, so a warning.
  severity: forCertification('warning'),
  description: 'An operation summary holds only letters, digits, spaces and parentheses, and does not end with a full stop.',
  check(_ctx, report) {
    return {
      onOperation(op) {
        const s = op.value.summary;
        if (typeof s !== 'string') return;
        const t = s.trim();
        const trailing = /\.+$/u.test(t);
        const body = trailing ? t.replace(/\.+$/u, '') : t;
        if (!trailing && !ANY_OTHER.test(body)) return;
        const others = [...new Set(body.match(OTHER) ?? [])];
        if (!trailing && !others.length) return;
        const what = [
          ...(others.length ? [`holds ${others.map((c) => JSON.stringify(c)).join(', ')}`] : []),
          ...(trailing ? ['ends with "."'] : []),
        ].join(' and ');
        const fixed = body.trimEnd();
        report({
          pointer: `${op.pointer}/summary`,
          message: `The summary "${s}" ${what}; a summary is a short title of letters, digits, spaces and parentheses, with no end punctuation.`,
          ...(trailing && !others.length && fixed ? { fix: (fc) => replaceValueFix(fc, fixed, `Change the summary to "${fixed}"`) } : {}),
        });
      },
    };
  },
};
