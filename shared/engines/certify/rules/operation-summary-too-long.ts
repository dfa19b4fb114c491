import type { CertifyRule } from '../types';

export const MAX_SUMMARY_LENGTH = 80;

export const operationSummaryTooLong: CertifyRule = {
  id: 'OperationSummaryTooLong',
  microsoft: true,
  requirement: 'SUMMARY-MAX-80',
  category: 'operation',
  severity: { custom: 'warning', certified: 'error', 'independent-publisher': 'error' },
  description: `An operation summary is at most ${MAX_SUMMARY_LENGTH} characters.`,
  check(_ctx, report) {
    return {
      onOperation(op) {
        const s = op.view.summary;
        if (typeof s === 'string' && s.length > MAX_SUMMARY_LENGTH) {
          report({
            pointer: `${op.pointer}/summary`,
            message: `The summary has ${s.length} characters; keep it to ${MAX_SUMMARY_LENGTH} and move details to the description.`,
          });
        }
      },
    };
  },
};
