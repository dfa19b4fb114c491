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
        // Where first, from the view (one shape): a query parameter (the most common) is passed by
        // without a read by name from objects of thousands of shapes.
        const where = p.view.in;
        if (where === 'query' || where === 'formData' || p.value?.allowEmptyValue === undefined) return;
        report({
          pointer: `${p.target}/allowEmptyValue`,
          at: 'key',
          message: `"allowEmptyValue" applies to query and formData parameters only; "${p.view.name}" is in ${p.view.in}.`,
        });
      },
    };
  },
};
