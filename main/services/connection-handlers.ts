// Secret store and saved test connections behind the contract's connection channels.
import type { connectionChannels } from '../../shared/ipc/channels/connection-channels';
import type { GroupHandlers } from '../../shared/ipc/dispatch';
import { StudioError } from '../../shared/ipc/studio-error';
import type { ServiceContext } from './service-context';

const notYet = (): never => {
  throw new StudioError('not-available', 'Saved connections are not available yet.');
};

export function createConnectionHandlers(ctx: ServiceContext): GroupHandlers<typeof connectionChannels> {
  return {
    secretStoreStatus: async () => ctx.secrets.status(),
    useSessionOnlySecrets: async () => ctx.secrets.useSessionOnly(),
    listConnections: async () => notYet(),
    saveConnection: async () => notYet(),
    deleteConnection: async () => notYet(),
    connectorSecretNames: async () => notYet(),
    setConnectorSecret: async () => notYet(),
  };
}
