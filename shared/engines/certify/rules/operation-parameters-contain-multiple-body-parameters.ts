import type { CertifyRule } from '../types';

export const operationParametersContainMultipleBodyParameters: CertifyRule = {
  id: 'OperationParametersContainMultipleBodyParameters',
  microsoft: true,
  category: 'parameter',
  severity: 'error',
  readsElsewhere: 'document',
  description: 'An operation has at most one body parameter.',
  check(_ctx, report) {
    return {
      onOperation(op) {
        let count = 0;
        const params = op.parameters;
        for (let i = 0; i < params.length; i++) if (params[i]!.view.in === 'body') count++;
        if (count < 2) return;
        const bodies = op.parameters.filter((p) => p.view.in === 'body');
        for (const extra of bodies.slice(1))
          report({
            pointer: extra.pointer,
            message: `Operation ${op.view.operationId ?? op.path} has more than one body parameter; describe the whole body in one schema.`,
          });
      },
    };
  },
};
