import { errorSegments } from '../structure-errors';
import type { CertifyRule } from '../types';

export const missingEnumValuesDisplayName: CertifyRule = {
  id: 'MissingEnumValuesDisplayName',
  microsoft: true,
  category: 'extension',
  severity: 'error',
  description: 'Each x-ms-enum-values entry has a value and a displayName.',
  check(_ctx, report) {
    return {
      onSchemaError(e) {
        if (e.file !== 'definition' || e.keyword !== 'required' || errorSegments(e).at(-2) !== 'x-ms-enum-values') return false;
        report({
          pointer: e.instancePath,
          message: `This x-ms-enum-values entry has no "${String(e.params.missingProperty)}"; each entry needs a value and the displayName users see.`,
        });
        return true;
      },
    };
  },
};
