// Triggers behind the contract's test channels: a webhook receiver on 127.0.0.1, polling.
import type { testChannels } from '../../shared/ipc/channels/test-channels';
import type { GroupHandlers } from '../../shared/ipc/dispatch';
import { StudioError } from '../../shared/ipc/studio-error';
import type { ServiceContext } from './service-context';

type TriggerChannels = Pick<typeof testChannels, 'startWebhookTrigger' | 'webhookNotifications' | 'stopWebhookTrigger' | 'pollTrigger'>;

const notYet = (): never => {
  throw new StudioError('not-available', 'Testing triggers is not available yet.');
};

export function createTriggerHandlers(_ctx: ServiceContext): GroupHandlers<TriggerChannels> {
  return {
    startWebhookTrigger: async () => notYet(),
    webhookNotifications: async () => notYet(),
    stopWebhookTrigger: async () => notYet(),
    pollTrigger: async () => notYet(),
  };
}
