// Refresh tokens live in the secret store (the OS keychain, or the session-only store the user
// chose) in the saved connection's own scope (connector-key.ts), so deleting the connection deletes
// its refresh token too. Each is kept with the endpoint and client it was issued for: a refresh
// token is never sent to a token URL other than the one that issued it. When no store can be
// opened, it is kept in memory for this run only, never in a file.
import { connectionScope, connectorKey } from '../connector-key';
import type { SecretVault } from '../secret-vault';

export interface StoredRefreshToken {
  refreshToken: string;
  /** The URL it is redeemed at (refresh URL, else token URL) when it was issued. */
  endpoint: string;
  clientId: string;
}

/** The secret's name in the connection's scope: a hyphen no connection parameter name may hold. */
export const REFRESH_TOKEN_NAME = 'oauth-refresh-token';

/** The saved connection's scope, `<connector hash>:<connection id>`: what tokens are keyed by. */
export async function connectionKey(dir: string, connectionId: string): Promise<string> {
  return connectionScope(await connectorKey(dir), connectionId);
}

function parse(text: string | null): StoredRefreshToken | null {
  if (!text) return null;
  try {
    const v = JSON.parse(text) as Partial<StoredRefreshToken>;
    return typeof v.refreshToken === 'string' && typeof v.endpoint === 'string' && typeof v.clientId === 'string'
      ? { refreshToken: v.refreshToken, endpoint: v.endpoint, clientId: v.clientId }
      : null;
  } catch {
    return null;
  }
}

export interface RefreshTokenStore {
  get(scope: string): Promise<StoredRefreshToken | null>;
  /** Where it went: the OS keychain, the session store, or this run's memory when no store opens. */
  set(scope: string, value: StoredRefreshToken): Promise<'keychain' | 'session' | 'memory'>;
  delete(scope: string): Promise<void>;
}

export function createRefreshTokenStore(vault: SecretVault): RefreshTokenStore {
  const memory = new Map<string, StoredRefreshToken>();
  const store = () => vault.store().catch(() => null);
  return {
    async get(scope) {
      const held = memory.get(scope);
      if (held) return held;
      const s = await store();
      return s ? parse(await s.get(scope, REFRESH_TOKEN_NAME)) : null;
    },
    async set(scope, value) {
      const s = await store();
      if (!s) {
        memory.set(scope, value);
        return 'memory';
      }
      await s.set(scope, REFRESH_TOKEN_NAME, JSON.stringify(value));
      memory.delete(scope);
      return s.mode;
    },
    async delete(scope) {
      memory.delete(scope);
      const s = await store();
      if (s) await s.delete(scope, REFRESH_TOKEN_NAME);
    },
  };
}
