// Secrets (OAuth client secrets, API keys, passwords, tokens) live in the OS keychain: Keychain on
// macOS, Credential Manager on Windows, the Secret Service (gnome-keyring, KWallet) on Linux,
// through the keytar API of @napi-rs/keyring. Entries are keyed by connector and parameter.
//
// When no keychain is reachable the store does not quietly fall back to a file: opening it fails
// with a clear StudioError, and only an explicit choice gives a session-only store that keeps
// secrets in memory until the app quits (the UI shows a warning while it is in use).
import { StudioError } from '../../shared/contracts/ipc';
import { errorMessage } from '../../shared/core/error-message';

export const KEYCHAIN_SERVICE = 'Connector Studio';

export interface SecretStore {
  /** 'keychain': persisted by the OS; 'session': in memory only, lost when the app quits. */
  readonly mode: 'keychain' | 'session';
  get(connectorId: string, name: string): Promise<string | null>;
  set(connectorId: string, name: string, secret: string): Promise<void>;
  delete(connectorId: string, name: string): Promise<boolean>;
  /** Names of the secrets stored for a connector (never the values). */
  list(connectorId: string): Promise<string[]>;
}

/** The keytar API surface we use; @napi-rs/keyring/keytar provides it. */
export interface KeytarApi {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
  findCredentials(service: string): Promise<{ account: string; password: string }[]>;
}

const MAX_ID = 512;
const MAX_SECRET = 64 * 1024;

/** `connectorId/name`: ids are validated so one connector's account can never name another's. */
export function accountFor(connectorId: string, name: string): string {
  for (const [what, v] of [
    ['connector id', connectorId],
    ['secret name', name],
  ] as const) {
    if (typeof v !== 'string' || v.length === 0 || v.length > MAX_ID || /[\u0000-\u001f/]/.test(v)) {
      throw new StudioError('invalid-secret-key', `The ${what} "${String(v).slice(0, 40)}" cannot name a keychain entry.`);
    }
  }
  return `${connectorId}/${name}`;
}

function checkSecret(secret: string): void {
  if (typeof secret !== 'string' || secret.length > MAX_SECRET) {
    throw new StudioError('invalid-secret', 'A secret must be text of at most 64 KB.');
  }
}

export function keychainUnavailable(cause: unknown): StudioError {
  const detail = errorMessage(cause);
  return new StudioError(
    'keychain-unavailable',
    `The OS keychain cannot be reached (${detail.replace(/\s+/g, ' ').slice(0, 200)}); secrets can be kept for this session only, in memory, or the keychain fixed (on Linux: a running Secret Service such as gnome-keyring).`,
  );
}

export function createKeychainStore(keytar: KeytarApi, service = KEYCHAIN_SERVICE): SecretStore {
  const guard = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof StudioError) throw err;
      throw keychainUnavailable(err);
    }
  };
  return {
    mode: 'keychain',
    get: (id, name) => guard(() => keytar.getPassword(service, accountFor(id, name))),
    set: (id, name, secret) =>
      guard(async () => {
        checkSecret(secret);
        await keytar.setPassword(service, accountFor(id, name), secret);
      }),
    delete: (id, name) => guard(() => keytar.deletePassword(service, accountFor(id, name))),
    list: (id) =>
      guard(async () => {
        const prefix = accountFor(id, '_').slice(0, -1);
        return (await keytar.findCredentials(service))
          .map((c) => c.account)
          .filter((a) => a.startsWith(prefix))
          .map((a) => a.slice(prefix.length));
      }),
  };
}

export function createSessionStore(): SecretStore {
  const secrets = new Map<string, string>();
  return {
    mode: 'session',
    get: async (id, name) => secrets.get(accountFor(id, name)) ?? null,
    set: async (id, name, secret) => {
      checkSecret(secret);
      secrets.set(accountFor(id, name), secret);
    },
    delete: async (id, name) => secrets.delete(accountFor(id, name)),
    list: async (id) => {
      const prefix = accountFor(id, '_').slice(0, -1);
      return [...secrets.keys()].filter((a) => a.startsWith(prefix)).map((a) => a.slice(prefix.length));
    },
  };
}

/**
 * Checks that the keychain really works: a write, a read back and a delete of a probe entry.
 * (Reading alone is not enough: on Linux without a Secret Service a read answers "no such entry".)
 */
export async function probeKeychain(keytar: KeytarApi, service = KEYCHAIN_SERVICE): Promise<void> {
  const account = `probe/${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
  try {
    await keytar.setPassword(service, account, 'probe');
    const back = await keytar.getPassword(service, account);
    await keytar.deletePassword(service, account);
    if (back !== 'probe') throw new Error('an entry written could not be read back');
  } catch (err) {
    throw keychainUnavailable(err);
  }
}

/** Loads the native keychain module; its absence (an unsupported platform) is a clear error too. */
export async function loadKeytar(): Promise<KeytarApi> {
  try {
    const mod = (await import('@napi-rs/keyring/keytar.js')) as unknown as KeytarApi & { default?: KeytarApi };
    return typeof mod.setPassword === 'function' ? mod : (mod.default as KeytarApi);
  } catch (err) {
    throw keychainUnavailable(err);
  }
}

/**
 * Opens the secret store: the keychain when it works; otherwise, only when the user chose it,
 * the session-only store. Never a file.
 */
export async function openSecretStore(options: { allowSessionOnly: boolean; keytar?: KeytarApi }): Promise<SecretStore> {
  try {
    const keytar = options.keytar ?? (await loadKeytar());
    await probeKeychain(keytar);
    return createKeychainStore(keytar);
  } catch (err) {
    if (options.allowSessionOnly) return createSessionStore();
    throw err;
  }
}
