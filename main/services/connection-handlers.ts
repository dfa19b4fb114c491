// Secret store and saved test connections behind the contract's connection channels. No reply
// carries a secret value: connections answer with the names of their secrets only.
import type { connectionChannels, GroupHandlers } from '../../shared/contracts/ipc';
import { createConnectionStore } from './connection-store';
import type { ServiceContext } from './service-context';

export function createConnectionHandlers(ctx: ServiceContext): GroupHandlers<typeof connectionChannels> {
  // Over the same file and secret store as ctx.connections (writes to one file are serialized).
  const store = createConnectionStore(ctx.appDataDir, ctx.secrets);
  return {
    secretStoreStatus: async () => ctx.secrets.status(),
    useSessionOnlySecrets: async () => ctx.secrets.useSessionOnly(),
    listConnections: async ({ dir }) => ({ connections: await store.list(dir) }),
    saveConnection: async (request) => store.save(request),
    deleteConnection: async ({ dir, id }) => ({ deleted: await store.delete(dir, id) }),
    connectorSecretNames: async ({ dir }) => ({ names: await store.connectorSecretNames(dir) }),
    setConnectorSecret: async ({ dir, name, value }) => ({ names: await store.setConnectorSecret(dir, name, value) }),
  };
}
