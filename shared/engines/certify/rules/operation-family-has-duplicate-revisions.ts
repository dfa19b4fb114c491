import { asObject } from '../../../core/model';
import type { CertifyRule } from '../types';

export const operationFamilyHasDuplicateRevisions: CertifyRule = {
  id: 'OperationFamilyHasDuplicateRevisions',
  microsoft: true,
  category: 'operation',
  severity: 'error',
  readsElsewhere: 'document',
  description: 'Within an operation family (x-ms-api-annotation.family), each revision number is used once.',
  check(_ctx, report) {
    const seen = new Map<string, string>();
    return {
      onOperation(op) {
        const a = asObject(op.value['x-ms-api-annotation']);
        if (typeof a?.family !== 'string' || typeof a.revision !== 'number') return;
        const key = `${a.family}\u0000${a.revision}`;
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, op.view.operationId ?? op.path);
          return;
        }
        report({
          pointer: `${op.pointer}/x-ms-api-annotation/revision`,
          message: `Revision ${a.revision} of family "${a.family}" is already used by ${first}.`,
        });
      },
    };
  },
};
