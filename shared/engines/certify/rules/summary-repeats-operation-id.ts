import { forCertification } from '../profiles';
import type { CertifyRule } from '../types';

export const summaryRepeatsOperationId: CertifyRule = {
  id: 'SummaryRepeatsOperationId',
  microsoft: false,
  requirement: 'SUMMARY-NE-OPID',
  category: 'operation',
  severity: forCertification('warning'),
  description: 'The summary is a readable title, not the operationId repeated ("GetItems").',
  check(_ctx, report) {
    return {
      onOperation(op) {
        const s = op.view.summary;
        const id = op.view.operationId;
        if (typeof s !== 'string' || !id || s !== id || /\s/.test(s)) return;
        report({
          pointer: `${op.pointer}/summary`,
          message: `The summary repeats the operationId "${id}"; write a title users read, such as "${id.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ')}".`,
        });
      },
    };
  },
};
