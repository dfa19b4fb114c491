// Saved test connections: non-secret values in the per-user app data folder, secrets in the store.
import { StudioError } from '../../shared/ipc/studio-error';
import type { SecretVault } from './secret-vault';
import type { ConnectionService } from './service-context';

export function createConnectionService(_appDataDir: string, _secrets: SecretVault): ConnectionService {
  const notYet = (): never => {
    throw new StudioError('not-available', 'Saved connections are not available yet.');
  };
  return { resolve: async () => notYet(), findByName: async () => notYet(), connectorSecret: async () => notYet() };
}
