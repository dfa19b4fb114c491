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
        const id = op.value.operationId;
        if (typeof id === 'string' && id.trim() !== '') return;
        report({
          pointer: op.pointer,
          at: 'key',
          message: `${op.method.toUpperCase()} ${op.path} has no operationId; give it a unique PascalCase id such as "GetItem".`,
        });
      },
    };
  },
};
