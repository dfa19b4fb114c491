// Triggers behind the contract's test channels: a webhook receiver on 127.0.0.1 (webhook-trigger.ts)
// and single polls (polling-trigger.ts). Receivers live as long as this handler group: stopped by
// the user, or by dispose() when the host stops; their servers never keep the process alive.
import { randomBytes } from 'node:crypto';
import type { testChannels, GroupHandlers } from '../../shared/contracts/ipc';
import { StudioError } from '../../shared/contracts/ipc';
import { pollTrigger } from './polling-trigger';
import type { ServiceContext } from './service-context';
import { deleteSubscription, startWebhook, type StartedWebhook } from './webhook-trigger';

type TriggerChannels = Pick<typeof testChannels, 'startWebhookTrigger' | 'webhookNotifications' | 'stopWebhookTrigger' | 'pollTrigger'>;

export const MAX_ACTIVE_RECEIVERS = 10;
/** Body characters of notifications in one reply. */
const MAX_REPLY_BODY_CHARS = 4 * 1024 * 1024;
/** Stopped receivers are kept (for their notifications) up to this many. */
const MAX_KEPT_RECEIVERS = 50;

export type TriggerHandlers = GroupHandlers<TriggerChannels> & {
  /** Closes every receiver (without deleting subscriptions: the API is not called while the host stops). */
  dispose(): Promise<void>;
};

export function createTriggerHandlers(ctx: ServiceContext): TriggerHandlers {
  const receivers = new Map<string, StartedWebhook>();

  const prune = () => {
    const stopped = [...receivers].filter(([, r]) => !r.receiver.active);
    for (const [id] of stopped.slice(0, Math.max(0, receivers.size - MAX_KEPT_RECEIVERS))) receivers.delete(id);
  };

  const get = (receiverId: string): StartedWebhook => {
    const found = receivers.get(receiverId);
    if (!found) throw new StudioError('not-found', 'There is no webhook receiver with that id; it may have been stopped long ago.');
    return found;
  };

  return {
    startWebhookTrigger: async (request) => {
      const active = [...receivers.values()].filter((r) => r.receiver.active).length;
      if (active >= MAX_ACTIVE_RECEIVERS) {
        throw new StudioError('too-many', `${active} webhook receivers are running; stop one before starting another.`);
      }
      const started = await startWebhook(ctx, request);
      const receiverId = randomBytes(12).toString('hex');
      receivers.set(receiverId, started);
      prune();
      return { receiverId, callbackUrl: started.receiver.callbackUrl, registration: started.registration };
    },

    webhookNotifications: async ({ receiverId, afterSeq }) => {
      const { receiver } = get(receiverId);
      // One reply carries a bounded amount; the page asks again after the last seq it got.
      const notifications = [];
      let size = 0;
      for (const n of receiver.notifications(afterSeq)) {
        if (notifications.length && size + n.body.length > MAX_REPLY_BODY_CHARS) break;
        notifications.push(n);
        size += n.body.length;
      }
      return { active: receiver.active, notifications };
    },

    stopWebhookTrigger: async ({ receiverId }) => {
      const started = get(receiverId);
      if (!started.receiver.active) return { stopped: false, notes: ['The receiver had already stopped.'] };
      await started.receiver.close();
      const notes = ['The receiver stopped; notifications sent to its address are no longer received.'];
      notes.push(...(await deleteSubscription(ctx, started)));
      return { stopped: true, notes };
    },

    pollTrigger: async (request) => pollTrigger(ctx, request),

    dispose: async () => {
      await Promise.all([...receivers.values()].map((r) => r.receiver.close()));
    },
  };
}
