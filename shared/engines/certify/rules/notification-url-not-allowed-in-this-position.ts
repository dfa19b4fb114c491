import { isTrue } from '../../../core/model';
import { SchemaKey, type CertifyRule, type SchemaNode } from '../types';

function rootOf(s: SchemaNode): SchemaNode {
  let n = s;
  while (n.parent) n = n.parent;
  return n;
}

export const notificationUrlNotAllowedInThisPosition: CertifyRule = {
  id: 'NotificationUrlNotAllowedInThisPosition',
  microsoft: true,
  category: 'webhook',
  severity: 'error',
  readsElsewhere: 'document',
  description: 'x-ms-notification-url marks a property of a request body, not of a response or webhook payload.',
  check(_ctx, report) {
    return {
      schemaKeys: SchemaKey.NotificationUrl,
      onSchema(s) {
        if (!(s.keys & SchemaKey.NotificationUrl)) return;
        if (!isTrue(s.value['x-ms-notification-url'])) return;
        const root = rootOf(s);
        if (root.edge !== 'response' && root.edge !== 'notification') return;
        report({
          pointer: `${s.pointer}/x-ms-notification-url`,
          at: 'key',
          message: `x-ms-notification-url is in a ${root.edge === 'response' ? 'response' : 'webhook payload (x-ms-notification-content)'} schema; it belongs on a property of the subscribe operation's request body.`,
        });
      },
    };
  },
};
