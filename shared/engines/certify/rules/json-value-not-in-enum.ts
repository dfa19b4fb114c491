import { dataOf, nameOf, placeOfError } from '../structure-errors';
import type { CertifyRule } from '../types';

export const jsonValueNotInEnum: CertifyRule = {
  id: 'JsonValueNotInEnum',
  microsoft: true,
  category: 'structure',
  severity: 'error',
  description: 'A value outside the values Swagger 2.0, an extension or apiProperties.json allow.',
  check(ctx, report) {
    return {
      onSchemaError(e) {
        if (e.keyword !== 'enum' && e.keyword !== 'const') return false;
        const allowed = e.keyword === 'enum' ? (e.params.allowedValues as unknown[]) : [e.params.allowedValue];
        const value = dataOf(ctx, e);
        const list = allowed
          .slice(0, 20)
          .map((a) => JSON.stringify(a))
          .join(', ');
        report({
          file: e.file,
          pointer: e.instancePath,
          message: `${JSON.stringify(value)} is not a valid ${nameOf(e)} in ${placeOfError(e).label}; use ${allowed.length === 1 ? '' : 'one of '}${list}${allowed.length > 20 ? ', …' : ''}.`,
        });
        return true;
      },
    };
  },
};
