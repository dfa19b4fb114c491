// A connector's identity for what is kept about it outside its folder (saved connections, secrets):
// the folder's real path, so a symlink or a different spelling of the same folder finds the same
// entries, hashed so that file names and keychain accounts never carry the path itself.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { StudioError } from '../../shared/contracts/ipc';

export interface ConnectorKey {
  /** The folder's absolute real path (kept in the connections file for people to read). */
  folder: string;
  /** sha256 of the real path, hex, first 32 characters. */
  hash: string;
}

export function hashFolder(realFolder: string): string {
  return createHash('sha256').update(realFolder, 'utf8').digest('hex').slice(0, 32);
}

export async function connectorKey(dir: string): Promise<ConnectorKey> {
  const abs = path.resolve(dir);
  const folder = await fs.realpath(abs).catch(() => {
    throw new StudioError('not-found', `The connector folder ${abs} does not exist.`);
  });
  return { folder, hash: hashFolder(folder) };
}

/** The secret store's scope of one saved connection; `:` because a scope may not hold "/". */
export function connectionScope(key: ConnectorKey, connectionId: string): string {
  return `${key.hash}:${connectionId}`;
}

/** The secret store's scope of connector-level secrets (the Security tab's client secret). */
export function connectorScope(key: ConnectorKey): string {
  return `${key.hash}:connector`;
}
