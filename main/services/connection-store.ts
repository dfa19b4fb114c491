// Saved test connections: several per connector, each with values for the connector's connection
// parameters. Non-secret values go to the per-user app data folder (connections-file.ts), never to
// the connector folder; secret ones to the secret store (the OS keychain, or the session-only store
// the user chose), under the scope <hash>:<connectionId>. Connector-level secrets (the Security
// tab's client secret) live under <hash>:connector.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { CONNECTOR_FILES, decodeConnectorFiles, loadConnector } from '../../shared/core/connector';
import { StudioError } from '../../shared/contracts/ipc';
import { isSecretConnectionParameter } from '../../shared/engines/operation-runs';
import { connectionScope, connectorKey, connectorScope, type ConnectorKey } from './connector-key';
import {
  backUp,
  CONNECTION_ID,
  connectionsFilePath,
  corruptError,
  MAX_CONNECTIONS,
  readConnectionsFile,
  writeConnectionsFile,
  type ConnectionsFile,
  type StoredConnection,
} from './connections-file';
import type { SecretStore } from './secret-store';
import type { SecretVault } from './secret-vault';
import type { ConnectionService, ResolvedConnection } from './service-context';

/** A connection as the UI sees it: secret names, never secret values. */
export interface SavedConnection {
  id: string;
  name: string;
  values: Record<string, string>;
  secretNames: string[];
  updatedAt: string;
}

export interface SaveConnectionRequest {
  dir: string;
  id?: string;
  name: string;
  values: Record<string, string>;
  /** A string stores the value, null deletes it, a missing name keeps what is stored. */
  secrets: Record<string, string | null>;
}

export interface ConnectionStore extends ConnectionService {
  list(dir: string): Promise<SavedConnection[]>;
  save(request: SaveConnectionRequest): Promise<SavedConnection>;
  delete(dir: string, id: string): Promise<boolean>;
  connectorSecretNames(dir: string): Promise<string[]>;
  setConnectorSecret(dir: string, name: string, value: string | null): Promise<string[]>;
}

// One writer at a time per file within this process (the handlers and the token service may share it).
const locks = new Map<string, Promise<unknown>>();
async function withLock<T>(file: string, fn: () => Promise<T>): Promise<T> {
  const run = (locks.get(file) ?? Promise.resolve()).then(fn, fn);
  const tail = run.catch(() => undefined);
  locks.set(file, tail);
  try {
    return await run;
  } finally {
    if (locks.get(file) === tail) locks.delete(file);
  }
}

const sameName = (a: string, b: string) => a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase();

/** The connection parameters apiProperties.json declares secret; null when it cannot be read. */
async function declaredSecrets(folder: string): Promise<Set<string> | null> {
  try {
    const entries = await fs.readdir(folder);
    const fileName = entries.find((e) => e.toLowerCase() === CONNECTOR_FILES.properties.name.toLowerCase());
    if (!fileName) return null;
    const bytes = new Uint8Array(await fs.readFile(path.join(folder, fileName)));
    const { model } = loadConnector(decodeConnectorFiles({ properties: { fileName, bytes } }));
    if (model.connectionParameters.length === 0) return null;
    return new Set(model.connectionParameters.map((p) => p.name).filter((n) => isSecretConnectionParameter(model, n)));
  } catch {
    return null;
  }
}

function checkId(id: string): void {
  if (!CONNECTION_ID.test(id)) throw new StudioError('not-found', 'There is no saved connection with that id.');
}

export function createConnectionStore(appDataDir: string, vault: SecretVault): ConnectionStore {
  const fileOf = (key: ConnectorKey) => connectionsFilePath(appDataDir, key.hash);

  const load = async (key: ConnectorKey): Promise<ConnectionsFile> => {
    const file = fileOf(key);
    const read = await readConnectionsFile(file);
    if (read.state === 'corrupt') throw corruptError(file, read.reason);
    return read.state === 'ok' ? read.data : { version: 1, connector: key.folder, connections: [] };
  };

  /** The store when it can be reached, else null (for reads that can do without it). */
  const storeIfReachable = () => vault.store().catch((): SecretStore | null => null);

  const resolveStored = async (key: ConnectorKey, c: StoredConnection): Promise<ResolvedConnection> => {
    const values: Record<string, string> = { ...c.values };
    const secretValues: string[] = [];
    if (c.secretNames.length) {
      const store = await vault.store();
      for (const name of c.secretNames) {
        const value = await store.get(connectionScope(key, c.id), name);
        if (value === null) {
          throw new StudioError(
            'secret-missing',
            `The connection "${c.name}" no longer has a value for its secret "${name}" (secrets kept for this session only end when the app quits); enter it again.`,
          );
        }
        values[name] = value;
        secretValues.push(value);
      }
    }
    return { id: c.id, name: c.name, values, secretValues };
  };

  const view = (c: StoredConnection, secretNames: string[]): SavedConnection => ({
    id: c.id,
    name: c.name,
    values: { ...c.values },
    secretNames,
    updatedAt: c.updatedAt,
  });

  return {
    async list(dir) {
      const key = await connectorKey(dir);
      const data = await load(key);
      const store = data.connections.some((c) => c.secretNames.length) ? await storeIfReachable() : null;
      const out: SavedConnection[] = [];
      for (const c of data.connections) {
        // Only the names whose value the store holds now (a session-only secret ends with the session).
        const held =
          store && c.secretNames.length
            ? new Set(await store.list(connectionScope(key, c.id)).catch(() => [] as string[]))
            : new Set<string>();
        out.push(
          view(
            c,
            c.secretNames.filter((n) => held.has(n)),
          ),
        );
      }
      return out;
    },

    async save(request) {
      const key = await connectorKey(request.dir);
      const name = request.name.trim();
      if (!name) throw new StudioError('invalid-name', 'A connection needs a name.');
      if (request.id !== undefined) checkId(request.id);
      const both = Object.keys(request.values).find((n) => n in request.secrets);
      if (both) throw new StudioError('invalid-request', `The parameter "${both}" was given both as a value and as a secret.`);
      const secret = await declaredSecrets(key.folder);
      const misplaced = secret && Object.keys(request.values).find((n) => secret.has(n));
      if (misplaced) {
        throw new StudioError(
          'secret-in-values',
          `The connection parameter "${misplaced}" is a secret; it is kept in the secret store, never in a file, so it must be sent as a secret.`,
        );
      }

      const file = fileOf(key);
      return withLock(file, async () => {
        const read = await readConnectionsFile(file);
        if (read.state === 'corrupt' && request.id !== undefined) throw corruptError(file, read.reason);
        const data: ConnectionsFile = read.state === 'ok' ? read.data : { version: 1, connector: key.folder, connections: [] };
        data.connector = key.folder;
        const existing = request.id !== undefined ? data.connections.find((c) => c.id === request.id) : undefined;
        if (request.id !== undefined && !existing)
          throw new StudioError('not-found', `There is no saved connection with that id for ${key.folder}.`);
        const clash = data.connections.find((c) => c !== existing && sameName(c.name, name));
        if (clash) throw new StudioError('name-taken', `A connection named "${clash.name}" already exists for this connector.`);
        if (!existing && data.connections.length >= MAX_CONNECTIONS) {
          throw new StudioError('too-many', `A connector can have at most ${MAX_CONNECTIONS} saved connections; delete some first.`);
        }

        const id = existing?.id ?? randomBytes(12).toString('hex');
        const scope = connectionScope(key, id);
        const names = new Set(existing?.secretNames ?? []);
        // A name now given as a plain value is no longer a secret of this connection.
        const toDelete = [
          ...Object.entries(request.secrets)
            .filter(([, v]) => v === null)
            .map(([n]) => n),
          ...Object.keys(request.values).filter((n) => names.has(n)),
        ];
        const toSet = Object.entries(request.secrets).filter((e): e is [string, string] => e[1] !== null);
        if (toSet.length || toDelete.some((n) => names.has(n))) {
          const store = await vault.store();
          const written: string[] = [];
          try {
            for (const [n, v] of toSet) {
              await store.set(scope, n, v);
              written.push(n);
              names.add(n);
            }
            for (const n of toDelete) {
              await store.delete(scope, n);
              names.delete(n);
            }
          } catch (err) {
            // A new connection that cannot be saved must leave no secret behind.
            if (!existing) for (const n of written) await store.delete(scope, n).catch(() => false);
            throw err;
          }
        }

        const saved: StoredConnection = {
          id,
          name,
          values: { ...request.values },
          secretNames: [...names].sort(),
          updatedAt: new Date().toISOString(),
        };
        data.connections = existing ? data.connections.map((c) => (c === existing ? saved : c)) : [...data.connections, saved];
        if (read.state === 'corrupt') await backUp(file);
        await writeConnectionsFile(file, data);
        return view(saved, saved.secretNames);
      });
    },

    async delete(dir, id) {
      const key = await connectorKey(dir);
      if (!CONNECTION_ID.test(id)) return false;
      const file = fileOf(key);
      return withLock(file, async () => {
        const data = await load(key);
        const found = data.connections.find((c) => c.id === id);
        if (!found) return false;
        const scope = connectionScope(key, id);
        // Its secrets go with it: the store is required when it has some, and swept of strays anyway.
        const store = found.secretNames.length ? await vault.store() : await storeIfReachable();
        if (store) {
          const names = new Set([...found.secretNames, ...(await store.list(scope).catch(() => [] as string[]))]);
          for (const n of names) await store.delete(scope, n);
        }
        data.connections = data.connections.filter((c) => c !== found);
        await writeConnectionsFile(file, data);
        return true;
      });
    },

    async resolve(dir, connectionId) {
      const key = await connectorKey(dir);
      checkId(connectionId);
      const found = (await load(key)).connections.find((c) => c.id === connectionId);
      if (!found) throw new StudioError('not-found', 'There is no saved connection with that id; it may have been deleted.');
      return resolveStored(key, found);
    },

    async findByName(dir, name) {
      const key = await connectorKey(dir);
      const found = (await load(key)).connections.find((c) => sameName(c.name, name.trim()));
      return found ? resolveStored(key, found) : null;
    },

    async connectorSecret(dir, name) {
      const key = await connectorKey(dir);
      return (await vault.store()).get(connectorScope(key), name);
    },

    async connectorSecretNames(dir) {
      const key = await connectorKey(dir);
      const store = await storeIfReachable();
      return store ? (await store.list(connectorScope(key))).sort() : [];
    },

    async setConnectorSecret(dir, name, value) {
      const key = await connectorKey(dir);
      const store = await vault.store();
      if (value === null) await store.delete(connectorScope(key), name);
      else await store.set(connectorScope(key), name, value);
      return (await store.list(connectorScope(key))).sort();
    },
  };
}

/** The service the test runner and the token service share (the same store, seen through its interface). */
export function createConnectionService(appDataDir: string, secrets: SecretVault): ConnectionService {
  return createConnectionStore(appDataDir, secrets);
}
