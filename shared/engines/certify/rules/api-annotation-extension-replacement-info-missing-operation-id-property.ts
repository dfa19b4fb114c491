import { asObject } from '../../../core/model';
import type { CertifyRule } from '../types';

export const apiAnnotationExtensionReplacementInfoMissingOperationIdProperty: CertifyRule = {
  id: 'ApiAnnotationExtensionReplacementInfoMissingOperationIdProperty',
  microsoft: true,
  category: 'operation',
  severity: 'error',
  description: 'A replacement (x-ms-api-annotation.replacement) names the operationId that replaces the operation.',
  check(_ctx, report) {
    return {
      onOperation(op) {
        const replacement = asObject(asObject(op.value['x-ms-api-annotation'])?.replacement);
        if (!replacement || typeof replacement.operationId === 'string') return;
        report({
          pointer: `${op.pointer}/x-ms-api-annotation/replacement`,
          at: 'key',
          message: `The replacement of ${op.view.operationId ?? op.path} needs "operationId": the operation that replaces it.`,
        });
      },
    };
  },
};
