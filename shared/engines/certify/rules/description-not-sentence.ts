import { asObject } from '../../../core/model';
import { replaceValueFix } from '../fixes';
import { forCertification } from '../profiles';
import { asSentence, notSentence } from '../string-guidance';
import type { CertifyRule, Report } from '../types';
import { sameText } from './summary-equals-description';

function check(report: Report, pointer: string, what: string, d: unknown): void {
  if (typeof d !== 'string') return;
  const problem = notSentence(d);
  if (problem) reportProblem(report, pointer, what, d, problem);
}

function reportProblem(report: Report, pointer: string, what: string, d: string, problem: 'start' | 'end'): void {
  report({
    pointer,
    message: `${what} "${d.length > 60 ? `${d.slice(0, 57)}...` : d}" is not a sentence: ${problem === 'start' ? 'start it with a capital letter' : 'end it with a full stop'}.`,
    // The fixed text is drafted when the fix is asked for: most findings are only listed.
    fix: (fc) => replaceValueFix(fc, asSentence(d), 'Make it a sentence'),
  });
}

export const descriptionNotSentence: CertifyRule = {
  id: 'DescriptionNotSentence',
  microsoft: false,
  requirement: 'DESC-SENTENCE',
  category: 'operation',
  // A third of accepted operations lack the full stop: guidance, a warning.
  severity: forCertification('warning'),
  description: 'The connector and operation descriptions are full sentences: a capital letter first, end punctuation last.',
  check(_ctx, report) {
    return {
      onDocument(root) {
        check(report, '/info/description', 'The connector description', asObject(root.info)?.description);
      },
      onOperation(op) {
        const d = op.view.description;
        if (typeof d !== 'string') return;
        // The texts of the finding are built only for one: most descriptions are sentences.
        const problem = notSentence(d);
        if (!problem) return;
        // A description that repeats the summary is SummaryEqualsDescription's: it needs rewriting, not a full stop.
        if (op.view.summary !== undefined && sameText(d, op.view.summary)) return;
        reportProblem(report, `${op.pointer}/description`, `The description of ${op.view.operationId ?? op.path}`, d, problem);
      },
    };
  },
};
