// Where a new connector may be written: a new folder (its parent must exist, so a typo does not
// grow a tree of folders), or an existing one that holds no connector files yet (an empty folder,
// or a repository folder with other things in it). An existing connector is never overwritten.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { CONNECTOR_FILES } from '../../shared/core/connector';
import { StudioError } from '../../shared/contracts/ipc';

const CONNECTOR_NAMES = new Set(Object.values(CONNECTOR_FILES).map((f) => f.name.toLowerCase()));

/** The connector files (case as on disk) a folder holds; empty when it does not exist. */
export async function connectorFilesIn(dir: string): Promise<string[]> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  return names.filter((n) => CONNECTOR_NAMES.has(n.toLowerCase()));
}

/** Checks a folder to write a connector into; returns its absolute path. */
export async function checkNewConnectorFolder(dir: string, what = 'a new connector'): Promise<string> {
  const abs = path.resolve(dir);
  const stat = await fs.stat(abs).catch(() => null);
  if (!stat) {
    const parent = path.dirname(abs);
    const parentStat = await fs.stat(parent).catch(() => null);
    if (!parentStat?.isDirectory()) throw new StudioError('no-parent', `Cannot create ${abs}: the folder ${parent} does not exist.`);
    return abs;
  }
  if (!stat.isDirectory()) throw new StudioError('not-a-folder', `${abs} is a file; choose a folder for ${what}.`);
  const existing = await connectorFilesIn(abs);
  if (existing.length) {
    throw new StudioError(
      'folder-has-connector',
      `${abs} already holds connector files (${existing.join(', ')}); choose an empty folder or a new one for ${what}.`,
    );
  }
  return abs;
}
