import { asObject } from '../../../core/model';
import { isWebhookTrigger } from '../notification-url';
import type { CertifyRule } from '../types';

export const notificationOperationMustBeWebhook: CertifyRule = {
  id: 'NotificationOperationMustBeWebhook',
  microsoft: true,
  category: 'webhook',
  severity: 'error',
  readsElsewhere: 'document',
  description: 'The operation x-ms-notification names is a webhook trigger (x-ms-trigger with x-ms-notification-content).',
  check(ctx, report) {
    return {
      onOperation(op) {
        const id = asObject(op.value['x-ms-notification'])?.operationId;
        if (typeof id !== 'string') return;
        const target = ctx.operationsById.get(id)?.[0];
        if (!target || isWebhookTrigger(target)) return; // a missing one is OperationIdNotFound's
        report({
          pointer: `${op.pointer}/x-ms-notification/operationId`,
          message: `x-ms-notification names "${id}", which is not a webhook trigger (x-ms-trigger with x-ms-notification-content on its path).`,
        });
      },
    };
  },
};
