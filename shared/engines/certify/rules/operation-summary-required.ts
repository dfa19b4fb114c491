import { forCertification } from '../profiles';
import type { CertifyRule } from '../types';

export const operationSummaryRequired: CertifyRule = {
  id: 'OperationSummaryRequired',
  microsoft: false,
  requirement: 'SUMMARY-REQ',
  category: 'operation',
  severity: forCertification('error', 'warning'),
  description: 'Every operation has a summary: the name users see in the designer.',
  check(_ctx, report) {
    return {
      onOperation(op) {
        // The view holds the string (undefined for any other value): a read of one shape, not of
        // objects of thousands.
        const text = op.view.summary;
        if (text !== undefined && text.trim() !== '') return;
        const s = op.value.summary;
        // Internal operations (webhook deletes, dynamic-value helpers) are never shown.
        if (op.view.visibility === 'internal') return;
        report({
          pointer: s === undefined ? op.pointer : `${op.pointer}/summary`,
          at: s === undefined ? 'key' : 'value',
          message: `Operation ${op.view.operationId ?? op.path} has no summary; add a short sentence-case title such as "Get an item".`,
        });
      },
    };
  },
};
