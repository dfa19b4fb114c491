import { replaceValueFix } from '../fixes';
import { forCertification } from '../profiles';
import type { CertifyRule, Report } from '../types';

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
        // The view's summary: the same string, read from one shape rather than from objects of many.
        const s = op.view.summary;
        if (s === undefined || onlyAllowedAscii(s)) return;
        const t = s.trim();
        const trailing = /\.+$/u.test(t);
        const body = trailing ? t.replace(/\.+$/u, '') : t;
        if (!trailing && !ANY_OTHER.test(body)) return;
        reportSummary(report, op.pointer, s, body, trailing);
      },
    };
  },
};

/**
 * Only ASCII letters, digits, spaces, parentheses and / \ < > * % & ? (what OTHER leaves out): no
 * finding, decided without the Unicode expressions. Most summaries are such.
 */
function onlyAllowedAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 32) continue;
    // ( ) / \ < > * % & ?
    if (c === 40 || c === 41 || c === 47 || c === 92 || c === 60 || c === 62 || c === 42 || c === 37 || c === 38 || c === 63) continue;
    return false;
  }
  return true;
}

/** Plain pushes and one literal rather than spreads: the finding has one shape, fix or not. */
function reportSummary(report: Report, at: string, s: string, body: string, trailing: boolean): void {
  const others = [...new Set(body.match(OTHER) ?? [])];
  if (!trailing && !others.length) return;
  const parts: string[] = [];
  if (others.length) parts.push(`holds ${others.map((c) => JSON.stringify(c)).join(', ')}`);
  if (trailing) parts.push('ends with "."');
  const fixed = body.trimEnd();
  report({
    pointer: `${at}/summary`,
    message: `The summary "${s}" ${parts.join(' and ')}; a summary is a short title of letters, digits, spaces and parentheses, with no end punctuation.`,
    fix: trailing && !others.length && fixed ? (fc) => replaceValueFix(fc, fixed, `Change the summary to "${fixed}"`) : undefined,
  });
}
