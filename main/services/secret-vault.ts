// The app's one secret store, opened lazily: the OS keychain when it answers; otherwise "unavailable"
// until the user explicitly chooses to keep secrets for this session only (in memory). There is no
// third state: never a file.
import { StudioError } from '../../shared/contracts/ipc';
import { createSessionStore, openSecretStore, type KeytarApi, type SecretStore } from './secret-store';

export interface SecretStoreStatus {
  state: 'keychain' | 'session-only' | 'unavailable';
  message: string;
}

export interface SecretVault {
  status(): Promise<SecretStoreStatus>;
  /** The user's choice when the keychain is unavailable. */
  useSessionOnly(): Promise<SecretStoreStatus>;
  /** The store, or a StudioError('keychain-unavailable') saying what to do. */
  store(): Promise<SecretStore>;
}

const SESSION_WARNING = 'Secrets are kept for this session only, in memory: they are lost when Connector Studio quits.';

export function createSecretVault(options: { keytar?: KeytarApi } = {}): SecretVault {
  let opened: Promise<SecretStore> | null = null;
  let failure: StudioError | null = null;
  let session: SecretStore | null = null;

  const tryKeychain = (): Promise<SecretStore> => {
    opened ??= openSecretStore({ allowSessionOnly: false, ...(options.keytar ? { keytar: options.keytar } : {}) }).catch((err: unknown) => {
      failure = err instanceof StudioError ? err : new StudioError('keychain-unavailable', String(err));
      opened = null; // a later call may find the keychain started
      throw failure;
    });
    return opened;
  };

  const status = async (): Promise<SecretStoreStatus> => {
    if (session) return { state: 'session-only', message: SESSION_WARNING };
    try {
      await tryKeychain();
      return { state: 'keychain', message: 'Secrets are stored in the OS keychain.' };
    } catch {
      return { state: 'unavailable', message: failure?.message ?? 'The OS keychain cannot be reached.' };
    }
  };

  return {
    status,
    async useSessionOnly() {
      const now = await status();
      if (now.state === 'unavailable') session = createSessionStore();
      return status();
    },
    async store() {
      if (session) return session;
      return tryKeychain();
    },
  };
}
