import type { CertifyRule } from '../types';

export const invalidFormDataParameterName: CertifyRule = {
  id: 'InvalidFormDataParameterName',
  microsoft: true,
  category: 'parameter',
  severity: 'error',
  description: 'formData parameter names are printable US-ASCII (they become multipart field names).',
  check(_ctx, report) {
    return {
      onParameter(p) {
        if (p.view.in !== 'formData' || /^[\x20-\x7e]+$/.test(p.view.name)) return;
        report({
          pointer: `${p.target}/name`,
          message: `formData parameter name ${JSON.stringify(p.view.name)} must be printable US-ASCII.`,
        });
      },
    };
  },
};
