import { setValueFix } from '../fixes';
import { findNotificationUrl } from '../notification-url';
import type { CertifyRule } from '../types';

export const notificationUrlNotInternal: CertifyRule = {
  id: 'NotificationUrlNotInternal',
  microsoft: true,
  category: 'webhook',
  severity: 'error',
  readsElsewhere: 'document',
  description: 'The x-ms-notification-url property is hidden (x-ms-visibility: internal): the platform fills it in.',
  check(ctx, report) {
    return {
      onOperation(op) {
        if (op.value['x-ms-trigger'] === undefined) return;
        const p = findNotificationUrl(ctx, op);
        if (!p || p.value['x-ms-visibility'] === 'internal') return;
        report({
          pointer: p.pointer,
          at: 'key',
          message: `The notification URL property "${p.name}" must be internal (x-ms-visibility: "internal"); users must not type the callback URL.`,
          fix: (fc) => setValueFix(fc, `${p.pointer}/x-ms-visibility`, 'internal', 'Set "x-ms-visibility": "internal"'),
        });
      },
    };
  },
};
