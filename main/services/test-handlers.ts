// Operation testing behind the contract's test channels: runs and their history here, triggers in
// trigger-handlers.ts.
import type { testChannels } from '../../shared/ipc/channels/test-channels';
import type { GroupHandlers } from '../../shared/ipc/dispatch';
import { StudioError } from '../../shared/ipc/studio-error';
import type { ServiceContext } from './service-context';
import { createTriggerHandlers } from './trigger-handlers';

const notYet = (): never => {
  throw new StudioError('not-available', 'Testing from the studio is not available yet.');
};

export function createTestHandlers(ctx: ServiceContext): GroupHandlers<typeof testChannels> {
  return {
    runOperationTest: async () => notYet(),
    listTestHistory: async () => notYet(),
    clearTestHistory: async () => notYet(),
    ...createTriggerHandlers(ctx),
  };
}
