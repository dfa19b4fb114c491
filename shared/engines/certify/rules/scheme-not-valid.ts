import { replaceValueFix } from '../fixes';
import { dataOf, errorSegments } from '../structure-errors';
import type { CertifyRule } from '../types';

export const schemeNotValid: CertifyRule = {
  id: 'SchemeNotValid',
  microsoft: true,
  category: 'structure',
  severity: 'error',
  description: 'Each entry of "schemes" is "https" or "http".',
  check(ctx, report) {
    return {
      onSchemaError(e) {
        if (e.file !== 'definition' || e.keyword !== 'enum') return false;
        const segs = errorSegments(e);
        if (segs[segs.length - 2] !== 'schemes') return false;
        const value = dataOf(ctx, e);
        const lower = typeof value === 'string' ? value.toLowerCase() : undefined;
        report({
          pointer: e.instancePath,
          message: `Scheme ${JSON.stringify(value)} is not valid; use "https" (or "http").`,
          ...(lower === 'https' || lower === 'http' ? { fix: (fc) => replaceValueFix(fc, lower) } : {}),
        });
        return true;
      },
    };
  },
};
