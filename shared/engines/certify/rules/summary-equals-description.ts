import { forCertification } from '../profiles';
import type { CertifyRule } from '../types';

const norm = (s: string) =>
  s
    .trim()
    .replace(/[.!?]+$/u, '')
    .toLowerCase();

/** The length of trimmed text without its end punctuation, as norm leaves it before lower-casing. */
const coreLength = (t: string): number => {
  let n = t.length;
  for (let c = t.charCodeAt(n - 1); c === 46 || c === 33 || c === 63; c = t.charCodeAt(n - 1)) n--;
  return n;
};

/** The same words, whatever the case and end punctuation. */
export const sameText = (a: string, b: string): boolean => {
  const ta = a.trim();
  if (ta === '') return false;
  const tb = b.trim();
  // Most pairs differ in length: told apart without lower-case copies, unless one has a "İ" (the
  // one letter whose lower case is longer).
  if (coreLength(ta) !== coreLength(tb) && !ta.includes('\u0130') && !tb.includes('\u0130')) return false;
  return norm(a) === norm(b);
};

export const summaryEqualsDescription: CertifyRule = {
  id: 'SummaryEqualsDescription',
  microsoft: false,
  requirement: 'SUMMARY-NE-DESC',
  category: 'operation',
  // Guidance that accepted connectors often ignore (1,209 operations): a warning.
  severity: forCertification('warning'),
  description: 'An operation description says more than its summary (the title) rather than repeating it.',
  check(_ctx, report) {
    return {
      onOperation(op) {
        const s = op.view.summary;
        const d = op.view.description;
        if (typeof s !== 'string' || typeof d !== 'string' || !sameText(s, d)) return;
        report({
          pointer: `${op.pointer}/description`,
          message: `The description of ${op.view.operationId ?? op.path} repeats its summary "${s.trim()}"; write a sentence that says what the operation does and returns.`,
        });
      },
    };
  },
};
