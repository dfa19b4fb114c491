import { asObject } from '../../../core/model';
import type { CertifyRule } from '../types';

export const apiAnnotationExtensionReplacementInfoForNonDeprecatedOperations: CertifyRule = {
  id: 'ApiAnnotationExtensionReplacementInfoForNonDeprecatedOperations',
  microsoft: true,
  category: 'operation',
  severity: 'error',
  description: 'Only a deprecated operation names a replacement (x-ms-api-annotation.replacement).',
  check(_ctx, report) {
    return {
      onOperation(op) {
        const replacement = asObject(op.value['x-ms-api-annotation'])?.replacement;
        if (replacement === undefined || op.value.deprecated === true) return;
        report({
          pointer: `${op.pointer}/x-ms-api-annotation/replacement`,
          at: 'key',
          message: `Operation ${op.view.operationId ?? op.path} names a replacement but is not deprecated; add "deprecated": true or remove the replacement.`,
        });
      },
    };
  },
};
