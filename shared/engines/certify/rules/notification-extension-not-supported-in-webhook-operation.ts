import { isWebhookTrigger } from '../notification-url';
import type { CertifyRule } from '../types';

export const notificationExtensionNotSupportedInWebhookOperation: CertifyRule = {
  id: 'NotificationExtensionNotSupportedInWebhookOperation',
  microsoft: true,
  category: 'webhook',
  severity: 'error',
  description: 'x-ms-notification (which names a webhook for a polling trigger) is not set on a webhook trigger itself.',
  check(_ctx, report) {
    return {
      onOperation(op) {
        if (op.value['x-ms-notification'] === undefined || !isWebhookTrigger(op)) return;
        report({
          pointer: `${op.pointer}/x-ms-notification`,
          at: 'key',
          message: `Webhook trigger ${op.view.operationId ?? op.path} has x-ms-notification; it is for polling triggers. Remove it.`,
        });
      },
    };
  },
};
