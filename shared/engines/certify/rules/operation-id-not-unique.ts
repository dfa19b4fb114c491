import type { CertifyRule, OperationNode } from '../types';

export const operationIdNotUnique: CertifyRule = {
  id: 'OperationIdNotUnique',
  microsoft: true,
  category: 'operation',
  severity: 'error',
  readsElsewhere: 'document',
  description: 'No two operations share an operationId (compared without case).',
  check(_ctx, report) {
    // The first operation of each id; its description is written only for a repeat.
    const first = new Map<string, OperationNode>();
    return {
      onOperation(op) {
        const id = op.view.operationId;
        if (!id) return;
        const key = id.toLowerCase();
        const seen = first.get(key);
        if (!seen) {
          first.set(key, op);
          return;
        }
        const seenId = seen.view.operationId!;
        report({
          pointer: `${op.pointer}/operationId`,
          message: `operationId "${id}" is already used by ${seen.method.toUpperCase()} ${seen.path}${seenId !== id ? ` (as "${seenId}")` : ''}; operation ids must be unique.`,
        });
      },
    };
  },
};
