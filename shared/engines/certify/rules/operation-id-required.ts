import type { CertifyRule } from '../types';

export const operationIdRequired: CertifyRule = {
  id: 'OperationIdRequired',
  microsoft: true,
  category: 'operation',
  severity: 'error',
  description: 'Every operation has an operationId (flows refer to operations by it).',
  check(_ctx, report) {
    return {
      onOperation(op) {
        // The view holds the string (undefined for any other value): a read of one shape, not of
        // objects of thousands.
        const id = op.view.operationId;
        if (id !== undefined && id.trim() !== '') return;
        report({
          pointer: op.pointer,
          at: 'key',
          message: `${op.method.toUpperCase()} ${op.path} has no operationId; give it a unique PascalCase id such as "GetItem".`,
        });
      },
    };
  },
};
