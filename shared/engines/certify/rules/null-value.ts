import { removeFix } from '../fixes';
import { dataOf, nameOf, placeOfError } from '../structure-errors';
import type { CertifyRule } from '../types';

export const nullValue: CertifyRule = {
  id: 'NullValue',
  microsoft: false,
  requirement: 'JsonTypeIncorrect, for null values (the platform reads null as absent)',
  category: 'structure',
  severity: 'warning',
  description: 'A null where a value of another type belongs; the platform treats it as absent.',
  check(ctx, report) {
    return {
      onSchemaError(e) {
        if (e.keyword !== 'type' || dataOf(ctx, e) !== null) return false;
        report({
          file: e.file,
          pointer: e.instancePath,
          message: `${nameOf(e)} in ${placeOfError(e).label} is null; give it a value or remove it.`,
          fix: (fc) => removeFix(fc, e.instancePath, 'Remove the null value'),
        });
        return true;
      },
    };
  },
};
