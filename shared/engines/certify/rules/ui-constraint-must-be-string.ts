import { replaceValueFix } from '../fixes';
import { dataOf, errorSegments } from '../structure-errors';
import type { CertifyRule } from '../types';

export const uiConstraintMustBeString: CertifyRule = {
  id: 'UiConstraintMustBeString',
  microsoft: false,
  requirement: 'apiProperties.json schema: uiDefinition.constraints.required and .hidden are the strings "true" / "false"',
  category: 'properties',
  severity: 'warning',
  description: 'uiDefinition.constraints.required and .hidden are written as strings ("true"), not booleans.',
  check(ctx, report) {
    return {
      onSchemaError(e) {
        if (e.keyword !== 'type' || e.file !== 'properties') return false;
        const segs = errorSegments(e);
        const key = segs[segs.length - 1];
        if (segs[segs.length - 2] !== 'constraints' || (key !== 'required' && key !== 'hidden')) return false;
        const value = dataOf(ctx, e);
        if (typeof value !== 'boolean') return false;
        report({
          file: 'properties',
          pointer: e.instancePath,
          message: `constraints.${key} is the boolean ${value}; the platform expects the string "${value}".`,
          fix: (fc) => replaceValueFix(fc, String(value)),
        });
        return true;
      },
    };
  },
};
