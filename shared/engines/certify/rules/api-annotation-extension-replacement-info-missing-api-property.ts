import { asObject } from '../../../core/model';
import type { CertifyRule } from '../types';

export const apiAnnotationExtensionReplacementInfoMissingApiProperty: CertifyRule = {
  id: 'ApiAnnotationExtensionReplacementInfoMissingApiProperty',
  microsoft: true,
  category: 'operation',
  severity: 'error',
  readsElsewhere: 'document',
  description: 'A replacement that points to another connector names it ("api"); one in the same connector names an existing operation.',
  check(ctx, report) {
    return {
      onOperation(op) {
        const replacement = asObject(asObject(op.value['x-ms-api-annotation'])?.replacement);
        const id = replacement?.operationId;
        if (!replacement || typeof id !== 'string' || typeof replacement.api === 'string' || ctx.operationsById.has(id)) return;
        report({
          pointer: `${op.pointer}/x-ms-api-annotation/replacement`,
          at: 'key',
          message: `The replacement "${id}" is not an operation of this connector; name the connector that has it with "api".`,
        });
      },
    };
  },
};
