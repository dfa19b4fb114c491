// Where the user keeps connectors: the folder the last connector was created or imported into,
// kept in <appDataDir>/connectors-home.json. New and Import suggest their folders there, rather than
// beside a downloaded description or a checked-out repository. Read as hostile (anything but one
// absolute path is ignored) and written atomically; failing to write it never fails a create.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { LIMITS } from '../../shared/contracts/ipc';
import { writeFileAtomic } from './connector-folder';

export const CONNECTORS_HOME_FILE = 'connectors-home.json';
const MAX_FILE_BYTES = 16 * 1024;

/** The remembered folder, when there is one and it is still a folder. Never throws. */
export async function readConnectorsHome(appDataDir: string): Promise<string | undefined> {
  try {
    const file = path.join(appDataDir, CONNECTORS_HOME_FILE);
    const stat = await fs.stat(file);
    if (!stat.isFile() || stat.size > MAX_FILE_BYTES) return undefined;
    const dir = (JSON.parse(await fs.readFile(file, 'utf8')) as { dir?: unknown } | null)?.dir;
    if (typeof dir !== 'string' || !dir || dir.length > LIMITS.pathChars || dir.includes('\0') || !path.isAbsolute(dir)) return undefined;
    return (await fs.stat(dir)).isDirectory() ? dir : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers the folder that holds `connectorDir` (just created or imported). */
export async function recordConnectorsHome(appDataDir: string, connectorDir: string): Promise<void> {
  const dir = path.dirname(path.resolve(connectorDir));
  await fs.mkdir(appDataDir, { recursive: true });
  const text = `${JSON.stringify({ version: 1, dir }, null, 2)}\n`;
  await writeFileAtomic(path.join(appDataDir, CONNECTORS_HOME_FILE), new TextEncoder().encode(text));
}
