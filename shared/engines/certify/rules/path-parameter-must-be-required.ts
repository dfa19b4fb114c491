import { setValueFix } from '../fixes';
import type { CertifyRule } from '../types';

export const pathParameterMustBeRequired: CertifyRule = {
  id: 'PathParameterMustBeRequired',
  microsoft: true,
  category: 'parameter',
  severity: 'error',
  description: 'Path parameters are required ("required": true).',
  check(_ctx, report) {
    return {
      onParameter(p) {
        if (p.view.in !== 'path' || p.value?.required === true || !p.value) return;
        const at = `${p.target}/required`;
        report({
          pointer: p.value.required === undefined ? p.target : at,
          subject: at,
          at: p.value.required === undefined ? 'key' : 'value',
          message: `Path parameter "${p.view.name}" must have "required": true.`,
          fix: (fc) => setValueFix(fc, at, true, 'Set "required": true'),
        });
      },
    };
  },
};
