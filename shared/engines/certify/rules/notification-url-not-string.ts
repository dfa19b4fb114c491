import { findNotificationUrl } from '../notification-url';
import type { CertifyRule } from '../types';

export const notificationUrlNotString: CertifyRule = {
  id: 'NotificationUrlNotString',
  microsoft: true,
  category: 'webhook',
  severity: 'error',
  readsElsewhere: 'document',
  description: 'The x-ms-notification-url property is of type string.',
  check(ctx, report) {
    return {
      onOperation(op) {
        if (op.value['x-ms-trigger'] === undefined) return;
        const p = findNotificationUrl(ctx, op);
        if (!p || p.value.type === 'string') return;
        report({
          pointer: p.value.type === undefined ? p.pointer : `${p.pointer}/type`,
          at: p.value.type === undefined ? 'key' : 'value',
          message: `The notification URL property "${p.name}" must be of type string.`,
        });
      },
    };
  },
};
