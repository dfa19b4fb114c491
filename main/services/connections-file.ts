// The file that holds one connector's saved test connections in the per-user app data folder:
// <appData>/connections/<hash>.json, readable by the user only. It holds non-secret values and the
// names (never the values) of the secrets kept in the secret store. Whatever is on disk is treated
// as hostile: a file that does not parse or does not have the expected shape is reported, naming
// the file, and is copied to a .bak before anything is written over it.
import { randomBytes } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { StudioError } from '../../shared/contracts/ipc';

export const MAX_CONNECTIONS = 500;
const MAX_FILE_BYTES = 4 * 1024 * 1024;

const name = z
  .string()
  .min(1)
  .max(200)
  .refine((s) => !/[\u0000-\u001f]/.test(s));
const paramName = z
  .string()
  .min(1)
  .max(200)
  .refine((s) => !/[\u0000-\u001f/]/.test(s));

export const CONNECTION_ID = /^[0-9a-f]{24}$/;

const storedConnectionSchema = z
  .object({
    id: z.string().regex(CONNECTION_ID),
    name,
    values: z.record(paramName, z.string().max(8192)),
    secretNames: z.array(paramName).max(200),
    updatedAt: z.string().max(40),
  })
  .strict();

const fileSchema = z
  .object({
    version: z.literal(1),
    /** The connector folder, for people reading the file; the file name is its hash. */
    connector: z.string().max(4096),
    connections: z.array(storedConnectionSchema).max(MAX_CONNECTIONS),
  })
  .strict();

export type StoredConnection = z.infer<typeof storedConnectionSchema>;
export type ConnectionsFile = z.infer<typeof fileSchema>;

export type ReadOutcome = { state: 'missing' } | { state: 'ok'; data: ConnectionsFile } | { state: 'corrupt'; reason: string };

export function connectionsFilePath(appDataDir: string, hash: string): string {
  return path.join(appDataDir, 'connections', `${hash}.json`);
}

export async function readConnectionsFile(file: string): Promise<ReadOutcome> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return { state: 'corrupt', reason: 'it is not a file' };
    if (stat.size > MAX_FILE_BYTES)
      return { state: 'corrupt', reason: `it is ${(stat.size / 1048576).toFixed(1)} MB, more than a connections file can be` };
    bytes = await fs.readFile(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing' };
    throw new StudioError(
      'unreadable',
      `The saved connections file ${file} cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}).`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch (err) {
    return { state: 'corrupt', reason: `it is not JSON (${(err as Error).message.slice(0, 120)})` };
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    return { state: 'corrupt', reason: `it does not hold saved connections as expected${where}` };
  }
  return { state: 'ok', data: parsed.data };
}

export function corruptError(file: string, reason: string): StudioError {
  return new StudioError(
    'connections-file-corrupt',
    `The saved connections file ${file} cannot be used: ${reason}. It was left as it is; saving a connection keeps a copy of it as a .bak file and starts a new list.`,
  );
}

/** Copies a file that could not be used next to it as .bak (never over an earlier backup); answers the copy's path. */
export async function backUp(file: string): Promise<string> {
  for (let n = 0; n < 1000; n++) {
    const target = n === 0 ? `${file}.bak` : `${file}.${n}.bak`;
    try {
      await fs.copyFile(file, target, constants.COPYFILE_EXCL);
      await fs.chmod(target, 0o600);
      return target;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new StudioError(
          'unwritable',
          `The saved connections file ${file} cannot be backed up before it is replaced (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); nothing was changed.`,
        );
      }
    }
  }
  throw new StudioError(
    'unwritable',
    `The saved connections file ${file} has too many backups beside it; remove some, nothing was changed.`,
  );
}

/** Writes the file atomically (temporary file, fsync, rename), readable by the user only. */
export async function writeConnectionsFile(file: string, data: ConnectionsFile): Promise<void> {
  const dir = path.dirname(file);
  const text = `${JSON.stringify(data, null, 2)}\n`;
  const tmp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fs.mkdir(dir, { recursive: true, mode: 0o700 });
    const handle = await fs.open(tmp, 'wx', 0o600);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw new StudioError(
      'unwritable',
      `The saved connections file ${file} cannot be written (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); nothing was changed.`,
    );
  }
  // The rename is durable once the folder itself is synced (not possible on every platform).
  const dirHandle = await fs.open(dir, 'r').catch(() => null);
  await dirHandle?.sync().catch(() => undefined);
  await dirHandle?.close();
}
