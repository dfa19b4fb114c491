import { replaceValueFix } from '../fixes';
import { everywhere } from '../profiles';
import { dataOf, errorSegments } from '../structure-errors';
import type { CertifyRule } from '../types';

/**
 * The published schema wants x-ms-api-annotation.revision >= 1, but connectors Microsoft accepted
 * number a family's first operation 0 (seen in the measurement of issue 14 on accepted connectors
 * outside the dev corpus): the validator reads any integer. Families count from 1, so it is worth a
 * warning, not an error.
 */
export const apiAnnotationRevisionZero: CertifyRule = {
  id: 'ApiAnnotationRevisionZero',
  microsoft: false,
  requirement: 'x-ms-api-annotation: revisions of an operation family count from 1 (connectors.md 2.2)',
  category: 'extension',
  severity: everywhere('warning'),
  description: 'x-ms-api-annotation.revision is 1 or more (revisions count from 1).',
  check(ctx, report) {
    return {
      onSchemaError(e) {
        if (e.keyword !== 'minimum' || e.file !== 'definition') return false;
        const segs = errorSegments(e);
        if (segs[segs.length - 1] !== 'revision' || segs[segs.length - 2] !== 'x-ms-api-annotation' || dataOf(ctx, e) !== 0) return false;
        report({
          pointer: e.instancePath,
          message:
            "The revision is 0; revisions of an operation family count from 1 (Microsoft's validator accepts 0, the published schema does not).",
          fix: (fc) => replaceValueFix(fc, 1),
        });
        return true;
      },
    };
  },
};
