// Reading and writing connector folders on disk. Reads return the raw bytes of every known file;
// writes are atomic (a temporary file in the same folder, fsync, then rename), so a crash or a full
// disk never leaves a half-written definition behind.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { CONNECTOR_FILES, fileKeyForName, type ConnectorFileKey, type ConnectorFileBytes } from '../../shared/core/connector/connector-files';
import { StudioError } from '../../shared/contracts/ipc/studio-error';
import { fsErrorSentence, fsErrorStudioCode } from './fs-errors';
import { megabytes, readRegularFile } from './regular-file';

/** Reads every known connector file present in `dir`. Throws StudioError when it is not a connector folder. */
export async function readConnectorFolder(dir: string): Promise<ConnectorFileBytes> {
  const abs = path.resolve(dir);
  let stat;
  try {
    stat = await fs.stat(abs);
  } catch (err) {
    throw new StudioError(fsErrorStudioCode(err), fsErrorSentence(err, abs, 'open'));
  }
  if (!stat.isDirectory()) throw new StudioError('not-a-folder', `${abs} is a file, not a connector folder.`);
  let entries: string[];
  try {
    entries = await fs.readdir(abs);
  } catch (err) {
    throw new StudioError(fsErrorStudioCode(err), fsErrorSentence(err, abs, 'open'));
  }
  const out: ConnectorFileBytes = {};
  for (const key of Object.keys(CONNECTOR_FILES) as ConnectorFileKey[]) {
    const spec = CONNECTOR_FILES[key];
    // Connector folders in the wild spell names in any case (readme.md, ApiProperties.json).
    const name = entries.find((e) => e.toLowerCase() === spec.name.toLowerCase());
    if (!name) continue;
    const file = path.join(abs, name);
    // A folder of that name is no file of the connector; a device, FIFO or socket is refused when read.
    const fstat = await fs.stat(file).catch(() => null);
    if (fstat?.isDirectory()) continue;
    const bytes = await readRegularFile(file, {
      maxBytes: spec.maxBytes,
      tooLarge: (size) => `${file} is ${megabytes(size)}, larger than the ${(spec.maxBytes / 1048576).toFixed(0)} MB allowed for ${spec.name}.`,
    });
    out[key] = { fileName: name, bytes };
  }
  if (!out.definition) {
    throw new StudioError('no-definition', `${abs} has no apiDefinition.swagger.json, so it is not a connector folder.`);
  }
  return out;
}

/**
 * Refuses to write files the studio would refuse to open (each connector file has its size limit):
 * `what` names the writing ("The import", "The package").
 */
export function checkOpenableSizes(files: readonly { name: string; bytes: Uint8Array }[], what: string): void {
  for (const f of files) {
    const key = fileKeyForName(f.name);
    if (!key) continue;
    const max = CONNECTOR_FILES[key].maxBytes;
    if (f.bytes.length > max) {
      throw new StudioError(
        'too-large',
        `${what} would make ${f.name} ${megabytes(f.bytes.length)}, larger than the ${(max / 1048576).toFixed(0)} MB the studio opens, so nothing was written.`,
      );
    }
  }
}

/** Writes `bytes` to `file` atomically. */
export async function writeFileAtomic(file: string, bytes: Uint8Array): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await fs.open(tmp, 'wx', 0o644);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
}

/** Writes several files into `dir` (created if needed), each atomically. Returns the names written. */
export async function writeConnectorFiles(dir: string, files: { name: string; bytes: Uint8Array }[]): Promise<string[]> {
  const abs = path.resolve(dir);
  try {
    await fs.mkdir(abs, { recursive: true });
  } catch (err) {
    throw new StudioError('cannot-write', `Cannot create the folder ${abs}: ${(err as Error).message}.`);
  }
  const written: string[] = [];
  for (const f of files) {
    if (f.name !== path.basename(f.name) || f.name.startsWith('.')) {
      throw new StudioError('invalid-name', `Refusing to write "${f.name}": not a plain file name.`);
    }
    try {
      await writeFileAtomic(path.join(abs, f.name), f.bytes);
    } catch (err) {
      throw new StudioError('cannot-write', `Cannot write ${path.join(abs, f.name)}: ${(err as Error).message}.`);
    }
    written.push(f.name);
  }
  return written;
}
