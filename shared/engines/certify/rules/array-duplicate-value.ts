import { nameOf, placeOfError } from '../structure-errors';
import type { CertifyRule } from '../types';

export const arrayDuplicateValue: CertifyRule = {
  id: 'ArrayDuplicateValue',
  microsoft: true,
  category: 'structure',
  severity: 'error',
  description: 'Arrays whose items must be unique (schemes, tags, parameters, enum, …) hold no duplicates.',
  check(_ctx, report) {
    return {
      onSchemaError(e) {
        if (e.keyword !== 'uniqueItems') return false;
        const { i, j } = e.params as { i: number; j: number };
        report({
          file: e.file,
          pointer: `${e.instancePath}/${Math.max(i, j)}`,
          message: `${nameOf(e)} in ${placeOfError(e).label} has the same item twice (items ${Math.min(i, j)} and ${Math.max(i, j)}).`,
        });
        return true;
      },
    };
  },
};
