import type { CertifyRule } from '../types';

export const operationParametersContainMultipleBodyParameters: CertifyRule = {
  id: 'OperationParametersContainMultipleBodyParameters',
  microsoft: true,
  category: 'parameter',
  severity: 'error',
  description: 'An operation has at most one body parameter.',
  check(_ctx, report) {
    return {
      onOperation(op) {
        const bodies = op.parameters.filter((p) => p.view.in === 'body');
        for (const extra of bodies.slice(1)) report({ pointer: extra.pointer, message: `Operation ${op.view.operationId ?? op.path} has more than one body parameter; describe the whole body in one schema.` });
      },
    };
  },
};
