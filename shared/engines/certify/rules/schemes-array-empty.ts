import { setValueFix } from '../fixes';
import type { CertifyRule } from '../types';

export const schemesArrayEmpty: CertifyRule = {
  id: 'SchemesArrayEmpty',
  microsoft: true,
  category: 'structure',
  severity: 'error',
  description: '"schemes" lists at least one scheme (https).',
  check(_ctx, report) {
    return {
      onDocument(root) {
        if (!Array.isArray(root.schemes) || root.schemes.length > 0) return;
        report({
          pointer: '/schemes',
          message: '"schemes" is empty; list "https" so the platform knows how to call the API.',
          fix: (fc) => setValueFix(fc, '/schemes', ['https'], 'Set schemes to ["https"]'),
        });
      },
    };
  },
};
