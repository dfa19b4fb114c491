import type { CertifyRule } from '../types';

export const MAX_OPERATIONS = 256;

export const totalOperationsCountExceedsMaxAllowed: CertifyRule = {
  id: 'TotalOperationsCountExceedsMaxAllowed',
  microsoft: true,
  category: 'limits',
  severity: 'error',
  readsElsewhere: 'document',
  description: `A connector has at most ${MAX_OPERATIONS} operations.`,
  check(ctx, report) {
    return {
      onDocument() {
        const n = ctx.operations.length;
        if (n > MAX_OPERATIONS)
          report({
            pointer: '/paths',
            at: 'key',
            message: `The connector has ${n} operations; the limit is ${MAX_OPERATIONS}. Split it into several connectors.`,
          });
      },
    };
  },
};
