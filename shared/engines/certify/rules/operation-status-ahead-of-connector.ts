import { asObject } from '../../../core/model';
import type { CertifyRule } from '../types';
import { member } from '../value-checks';

export const operationStatusAheadOfConnector: CertifyRule = {
  id: 'OperationStatusAheadOfConnector',
  microsoft: true,
  category: 'operation',
  severity: 'error',
  readsElsewhere: 'document',
  description: 'An operation is not "Production" while the connector (info.x-ms-api-annotation.status) is "Preview".',
  check(ctx, report) {
    const connector = asObject(asObject(ctx.root.info)?.['x-ms-api-annotation'])?.status;
    return {
      onOperation(op) {
        if (connector !== 'Preview') return;
        const annotation = asObject(member(op.value, 'x-ms-api-annotation'));
        if (annotation === undefined || member(annotation, 'status') !== 'Production') return;
        report({
          pointer: `${op.pointer}/x-ms-api-annotation/status`,
          message: `Operation ${op.view.operationId ?? op.path} is "Production" but the connector is "Preview".`,
        });
      },
    };
  },
};
