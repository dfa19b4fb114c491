import type { CertifyRule } from '../types';

export const parameterListContainsFormDataAndBody: CertifyRule = {
  id: 'ParameterListContainsFormDataAndBody',
  microsoft: true,
  category: 'parameter',
  severity: 'error',
  readsElsewhere: 'document',
  description: 'An operation has a body parameter or formData parameters, not both.',
  check(_ctx, report) {
    return {
      onOperation(op) {
        const body = op.parameters.find((p) => p.view.in === 'body');
        if (body && op.parameters.some((p) => p.view.in === 'formData')) {
          report({
            pointer: body.pointer,
            message: `Operation ${op.view.operationId ?? op.path} mixes a body parameter with formData parameters; use one or the other.`,
          });
        }
      },
    };
  },
};
