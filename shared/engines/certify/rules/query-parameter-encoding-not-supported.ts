import { removeFix } from '../fixes';
import { dataOf, placeOfError } from '../structure-errors';
import type { CertifyRule, Report } from '../types';

function reportAt(report: Report, parameterPointer: string, where: unknown): void {
  const pointer = `${parameterPointer}/x-ms-url-encoding`;
  report({
    pointer,
    at: 'key',
    message:
      `x-ms-url-encoding applies only to path parameters; on this ${typeof where === 'string' ? where : ''} parameter it is ignored.`.replace(
        '  ',
        ' ',
      ),
    fix: (fc) => removeFix(fc, pointer, 'Remove x-ms-url-encoding'),
  });
}

export const queryParameterEncodingNotSupported: CertifyRule = {
  id: 'QueryParameterEncodingNotSupported',
  microsoft: true,
  category: 'parameter',
  // Shown as a warning by Microsoft's validator; accepted connectors have it.
  severity: 'warning',
  description: 'x-ms-url-encoding applies to path parameters only.',
  check(ctx, report) {
    return {
      onParameter(p) {
        if (p.view.in !== 'path' && p.value?.['x-ms-url-encoding'] !== undefined) reportAt(report, p.target, p.view.in);
      },
      // The schema rejects it on header and formData parameters: the same finding (reported once),
      // whether or not an operation uses the parameter.
      onSchemaError(e) {
        if (e.file !== 'definition' || e.keyword !== 'additionalProperties' || e.params.additionalProperty !== 'x-ms-url-encoding')
          return false;
        if (placeOfError(e).label !== 'a parameter') return false;
        const param = dataOf(ctx, e) as Record<string, unknown> | undefined;
        reportAt(report, e.instancePath, param?.in);
        return true;
      },
    };
  },
};
