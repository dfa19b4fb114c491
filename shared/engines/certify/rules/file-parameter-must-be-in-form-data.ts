import type { CertifyRule } from '../types';

export const fileParameterMustBeInFormData: CertifyRule = {
  id: 'FileParameterMustBeInFormData',
  microsoft: true,
  category: 'parameter',
  severity: 'error',
  description: 'A parameter of type "file" is a formData parameter.',
  check(_ctx, report) {
    return {
      onParameter(p) {
        // The view's type is the object's, when a string: a read of one shape.
        if (p.view.type === 'file' && p.view.in !== 'formData') {
          report({
            pointer: `${p.target}/type`,
            message: `Parameter "${p.view.name}" has type "file" but is in ${p.view.in}; file parameters must be in formData (send a body as a string with format "binary").`,
          });
        }
      },
    };
  },
};
