import { forCertification } from '../profiles';
import type { CertifyRule } from '../types';

export const operationDescriptionRequired: CertifyRule = {
  id: 'OperationDescriptionRequired',
  microsoft: false,
  requirement: 'SUMMARY-REQ',
  category: 'operation',
  severity: forCertification('warning'),
  description: 'Every operation has a description: a full sentence shown as the operation tooltip.',
  check(_ctx, report) {
    return {
      onOperation(op) {
        // The view holds the string (undefined for any other value): a read of one shape, not of
        // objects of thousands.
        const text = op.view.description;
        if (text !== undefined && text.trim() !== '') return;
        const d = op.value.description;
        report({
          pointer: d === undefined ? op.pointer : `${op.pointer}/description`,
          at: d === undefined ? 'key' : 'value',
          message: `Operation ${op.view.operationId ?? op.path} has no description; add a sentence saying what it does.`,
        });
      },
    };
  },
};
