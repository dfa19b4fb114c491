import { removeFix } from '../fixes';
import { dataOf, memberPointer } from '../structure-errors';
import type { CertifyRule } from '../types';
import { member } from '../value-checks';

export const additionalPropertyNotAllowedAdjacentToRef: CertifyRule = {
  id: 'AdditionalPropertyNotAllowedAdjacentToRef',
  microsoft: true,
  category: 'structure',
  severity: 'error',
  description: 'A parameter or response written as a $ref has no other keys (they would be ignored).',
  check(ctx, report) {
    return {
      onSchemaError(e) {
        const key = e.params.additionalProperty;
        if (e.file !== 'definition' || e.keyword !== 'additionalProperties' || typeof key !== 'string') return false;
        const obj = dataOf(ctx, e);
        if (obj === null || typeof obj !== 'object' || typeof member(obj, '$ref') !== 'string') return false;
        const pointer = memberPointer(e);
        report({
          pointer,
          at: 'key',
          message: `"${key}" sits beside a $ref and is ignored; put it in the referenced object instead.`,
          fix: (fc) => removeFix(fc, pointer, `Remove "${key}"`),
        });
        return true;
      },
    };
  },
};
