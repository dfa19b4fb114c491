import { findNotificationUrl, isWebhookTrigger } from '../notification-url';
import type { CertifyRule } from '../types';

export const webhookOperationsMissingNotificationUrlProperty: CertifyRule = {
  id: 'WebhookOperationsMissingNotificationUrlProperty',
  microsoft: true,
  category: 'webhook',
  severity: 'error',
  readsElsewhere: 'document',
  description:
    'A webhook trigger (x-ms-trigger with x-ms-notification-content) has a body property marked x-ms-notification-url to receive the callback URL.',
  check(ctx, report) {
    return {
      onOperation(op) {
        if (!isWebhookTrigger(op) || findNotificationUrl(ctx, op)) return;
        report({
          pointer: op.pointer,
          at: 'key',
          message: `Webhook trigger ${op.view.operationId ?? op.path} has no body property with "x-ms-notification-url": true, so the platform cannot pass its callback URL. Add one (type string, internal, required).`,
        });
      },
    };
  },
};
