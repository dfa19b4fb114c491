import { replaceValueFix } from '../fixes';
import type { CertifyRule } from '../types';

export const RESTRICTED_SUMMARY_CHARACTERS = /[/\\<>*%&?]/g;

export const restrictedCharactersInSummary: CertifyRule = {
  id: 'RestrictedCharactersInSummary',
  microsoft: true,
  requirement: 'SUMMARY-CHARS',
  category: 'operation',
  severity: { custom: 'warning', certified: 'error', 'independent-publisher': 'error' },
  description: 'An operation summary has none of the characters / \\ < > * % & ?.',
  check(_ctx, report) {
    return {
      onOperation(op) {
        const s = op.view.summary;
        if (typeof s !== 'string') return;
        const matched = s.match(RESTRICTED_SUMMARY_CHARACTERS);
        if (!matched) return;
        const found = [...new Set(matched)];
        const cleaned = s
          .replace(/\s*&\s*/g, ' and ')
          .replace(/\s*\/\s*/g, ' or ')
          .replace(RESTRICTED_SUMMARY_CHARACTERS, '')
          .replace(/\s+/g, ' ')
          .trim();
        report({
          pointer: `${op.pointer}/summary`,
          message: `The summary "${s}" contains ${found.map((c) => `"${c}"`).join(', ')}; summaries may not contain / \\ < > * % & ?.`,
          fix: cleaned ? (fc) => replaceValueFix(fc, cleaned, `Change the summary to "${cleaned}"`) : undefined,
        });
      },
    };
  },
};
