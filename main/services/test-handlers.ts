// Operation testing behind the contract's test channels.
import type { testChannels } from '../../shared/ipc/channels/test-channels';
import type { GroupHandlers } from '../../shared/ipc/dispatch';
import { StudioError } from '../../shared/ipc/studio-error';
import type { ServiceContext } from './service-context';

const notYet = (): never => {
  throw new StudioError('not-available', 'Testing from the studio is not available yet.');
};

export function createTestHandlers(_ctx: ServiceContext): GroupHandlers<typeof testChannels> {
  return {
    runOperationTest: async () => notYet(),
    listTestHistory: async () => notYet(),
    clearTestHistory: async () => notYet(),
    startWebhookTrigger: async () => notYet(),
    webhookNotifications: async () => notYet(),
    stopWebhookTrigger: async () => notYet(),
    pollTrigger: async () => notYet(),
  };
}
