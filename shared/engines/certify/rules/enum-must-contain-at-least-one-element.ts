import { errorSegments } from '../structure-errors';
import type { CertifyRule } from '../types';

export const enumMustContainAtLeastOneElement: CertifyRule = {
  id: 'EnumMustContainAtLeastOneElement',
  microsoft: true,
  category: 'schema',
  severity: 'error',
  description: 'An "enum" lists at least one value.',
  check(_ctx, report) {
    return {
      onSchemaError(e) {
        if (e.file !== 'definition' || e.keyword !== 'minItems') return false;
        const segs = errorSegments(e);
        if (segs[segs.length - 1] !== 'enum') return false;
        report({ pointer: e.instancePath, message: '"enum" is empty; list the allowed values or remove it.' });
        return true;
      },
    };
  },
};
