import { findNotificationUrl } from '../notification-url';
import type { CertifyRule } from '../types';

export const operationMustHaveNotificationContentExtension: CertifyRule = {
  id: 'OperationMustHaveNotificationContentExtension',
  microsoft: true,
  category: 'webhook',
  severity: 'error',
  readsElsewhere: 'document',
  description:
    'A webhook trigger (a trigger with an x-ms-notification-url body property) describes its payload with x-ms-notification-content on its path item.',
  check(ctx, report) {
    return {
      onOperation(op) {
        if (op.value['x-ms-trigger'] === undefined || op.pathItem['x-ms-notification-content'] !== undefined) return;
        if (!findNotificationUrl(ctx, op)) return;
        report({
          pointer: op.pathItemPointer,
          at: 'key',
          message: `Webhook trigger ${op.view.operationId ?? op.path} has no x-ms-notification-content on its path; add it with the schema of the payload the service posts.`,
        });
      },
    };
  },
};
