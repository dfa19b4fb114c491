import type { CertifyRule } from '../types';

export const bodyOrFormDataParameterInFetchOperationNotAllowed: CertifyRule = {
  id: 'BodyOrFormDataParameterInFetchOperationNotAllowed',
  microsoft: true,
  category: 'parameter',
  severity: 'error',
  description: 'GET and HEAD operations send no body or formData parameters.',
  check(_ctx, report) {
    return {
      onParameter(p) {
        const m = p.operation.method;
        if ((m === 'get' || m === 'head') && (p.view.in === 'body' || p.view.in === 'formData')) {
          report({
            pointer: p.pointer,
            message: `${m.toUpperCase()} operation ${p.operation.view.operationId ?? p.operation.path} has a ${p.view.in} parameter; a ${m.toUpperCase()} request carries no body. Use POST, or query parameters.`,
          });
        }
      },
    };
  },
};
