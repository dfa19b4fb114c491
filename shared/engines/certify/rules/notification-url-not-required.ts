import { findNotificationUrl } from '../notification-url';
import type { CertifyRule } from '../types';

export const notificationUrlNotRequired: CertifyRule = {
  id: 'NotificationUrlNotRequired',
  microsoft: true,
  category: 'webhook',
  severity: 'error',
  readsElsewhere: 'document',
  description: 'The x-ms-notification-url property is required, and so is every object that holds it.',
  check(ctx, report) {
    return {
      onOperation(op) {
        if (op.value['x-ms-trigger'] === undefined) return;
        const p = findNotificationUrl(ctx, op);
        if (!p || p.requiredChain) return;
        report({
          pointer: p.notRequiredAt ?? p.pointer,
          at: 'key',
          message: `The notification URL property "${p.name}" must be required, as must each object it is nested in; list it in "required".`,
        });
      },
    };
  },
};
