import type { CertifyRule } from '../types';

export const notificationExtensionSupportedForTriggerOnly: CertifyRule = {
  id: 'NotificationExtensionSupportedForTriggerOnly',
  microsoft: true,
  category: 'webhook',
  severity: 'error',
  description: 'x-ms-notification is set only on triggers (operations with x-ms-trigger).',
  check(_ctx, report) {
    return {
      onOperation(op) {
        if (op.value['x-ms-notification'] === undefined || op.value['x-ms-trigger'] !== undefined) return;
        report({
          pointer: `${op.pointer}/x-ms-notification`,
          at: 'key',
          message: `x-ms-notification is set on ${op.view.operationId ?? op.path}, which is not a trigger (no x-ms-trigger).`,
        });
      },
    };
  },
};
