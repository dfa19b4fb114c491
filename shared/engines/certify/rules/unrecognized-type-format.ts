import { replaceValueFix } from '../fixes';
import { dataOf, errorSegments } from '../structure-errors';
import type { CertifyRule } from '../types';

const SYNONYMS: Record<string, string> = {
  guid: 'uuid',
  datetime: 'date-time',
  int: 'int32',
  integer: 'int32',
  long: 'int64',
  decimal: 'double',
};

export const unrecognizedTypeFormat: CertifyRule = {
  id: 'UnrecognizedTypeFormat',
  microsoft: true,
  category: 'schema',
  severity: 'warning',
  description:
    'A "format" outside Swagger 2.0 and Power Platform formats (int32, int64, float, double, byte, binary, date, date-time, password, date-no-tz, email, html, uri, uuid); it is ignored.',
  check(ctx, report) {
    return {
      onSchemaError(e) {
        if (e.keyword !== 'enum' || e.file !== 'definition') return false;
        const segs = errorSegments(e);
        if (segs[segs.length - 1] !== 'format' || segs[segs.length - 2] === 'properties') return false;
        const value = dataOf(ctx, e);
        const meant = typeof value === 'string' ? SYNONYMS[value.toLowerCase()] : undefined;
        report({
          pointer: e.instancePath,
          message: `Format ${JSON.stringify(value)} is not one Power Platform knows; it is ignored.${meant ? ` Did you mean "${meant}"?` : ''}`,
          ...(meant ? { fix: (fc) => replaceValueFix(fc, meant) } : {}),
        });
        return true;
      },
    };
  },
};
