import type { CertifyRule } from '../types';

export const multipleOfMustBeGreaterThanZero: CertifyRule = {
  id: 'MultipleOfMustBeGreaterThanZero',
  microsoft: true,
  category: 'schema',
  severity: 'error',
  description: '"multipleOf" is greater than zero.',
  check(_ctx, report) {
    return {
      onSchemaError(e) {
        if (e.file !== 'definition' || e.keyword !== 'exclusiveMinimum' || !e.instancePath.endsWith('/multipleOf')) return false;
        report({ pointer: e.instancePath, message: '"multipleOf" must be greater than zero.' });
        return true;
      },
    };
  },
};
