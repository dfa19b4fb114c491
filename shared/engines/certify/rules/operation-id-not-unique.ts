import type { CertifyRule } from '../types';

export const operationIdNotUnique: CertifyRule = {
  id: 'OperationIdNotUnique',
  microsoft: true,
  category: 'operation',
  severity: 'error',
  readsElsewhere: 'document',
  description: 'No two operations share an operationId (compared without case).',
  check(_ctx, report) {
    const first = new Map<string, { id: string; where: string }>();
    return {
      onOperation(op) {
        const id = op.view.operationId;
        if (!id) return;
        const key = id.toLowerCase();
        const seen = first.get(key);
        if (!seen) {
          first.set(key, { id, where: `${op.method.toUpperCase()} ${op.path}` });
          return;
        }
        report({
          pointer: `${op.pointer}/operationId`,
          message: `operationId "${id}" is already used by ${seen.where}${seen.id !== id ? ` (as "${seen.id}")` : ''}; operation ids must be unique.`,
        });
      },
    };
  },
};
