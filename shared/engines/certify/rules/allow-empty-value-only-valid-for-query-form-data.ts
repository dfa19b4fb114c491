import type { CertifyRule } from '../types';

export const allowEmptyValueOnlyValidForQueryFormData: CertifyRule = {
  id: 'AllowEmptyValueOnlyValidForQueryFormData',
  microsoft: true,
  category: 'parameter',
  severity: 'error',
  description: '"allowEmptyValue" is set only on query and formData parameters.',
  check(_ctx, report) {
    return {
      onParameter(p) {
        if (p.value?.allowEmptyValue === undefined || p.view.in === 'query' || p.view.in === 'formData') return;
        report({
          pointer: `${p.target}/allowEmptyValue`,
          at: 'key',
          message: `"allowEmptyValue" applies to query and formData parameters only; "${p.view.name}" is in ${p.view.in}.`,
        });
      },
    };
  },
};
