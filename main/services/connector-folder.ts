// Reading and writing connector folders on disk. Reads return the raw bytes of every known file;
// writes are atomic (a temporary file in the same folder, fsync, then rename), so a crash or a full
// disk never leaves a half-written definition behind.
import { randomBytes } from 'node:crypto';
import { type Dirent, constants as fsConstants, promises as fs } from 'node:fs';
import path from 'node:path';
import { CONNECTOR_FILES, fileKeyForName, type ConnectorFileKey, type ConnectorFileBytes } from '../../shared/core/connector';
import { StudioError } from '../../shared/contracts/ipc';
import { fsErrorReason, fsErrorSentence, fsErrorStudioCode } from './fs-errors';
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
  return readFolderFiles(abs);
}

/**
 * readConnectorFolder for `abs`, an absolute path its caller has just found to be a folder (its own
 * stat said so): the folder is not looked up a second time.
 */
export async function readFolderFiles(abs: string): Promise<ConnectorFileBytes> {
  let entries: Dirent[];
  try {
    // With their types: a file's own type needs no stat of its own (only a link's target does).
    entries = await fs.readdir(abs, { withFileTypes: true });
  } catch (err) {
    throw new StudioError(fsErrorStudioCode(err), fsErrorSentence(err, abs, 'open'));
  }
  // Connector folders in the wild spell names in any case (readme.md, ApiProperties.json).
  const present: { key: ConnectorFileKey; entry: Dirent }[] = [];
  for (const key of Object.keys(CONNECTOR_FILES) as ConnectorFileKey[]) {
    const wanted = CONNECTOR_FILES[key].name.toLowerCase();
    const entry = entries.find((e) => e.name.toLowerCase() === wanted);
    if (entry) present.push({ key, entry });
  }
  // Read at once rather than one after the other: a read is mostly waiting on the disk and Node's
  // thread pool, and a folder's reads then overlap. The outcome is the sequential one: the files in
  // their order, or the error of the first that fails.
  const reads = await Promise.allSettled(present.map(({ key, entry }) => readFolderFile(path.join(abs, entry.name), key, entry)));
  const out: ConnectorFileBytes = {};
  for (let i = 0; i < present.length; i++) {
    const read = reads[i]!;
    if (read.status === 'rejected') throw read.reason;
    if (read.value) out[present[i]!.key] = { fileName: present[i]!.entry.name, bytes: read.value };
  }
  if (!out.definition) {
    throw new StudioError('no-definition', `${abs} has no apiDefinition.swagger.json, so it is not a connector folder.`);
  }
  return out;
}

/** A connector file's bytes; undefined for a folder of that name (or a link to one), which is no file of the connector. */
async function readFolderFile(file: string, key: ConnectorFileKey, entry: Dirent): Promise<Uint8Array | undefined> {
  if (entry.isDirectory()) return undefined;
  if (entry.isSymbolicLink() && (await fs.stat(file).catch(() => null))?.isDirectory()) return undefined;
  // A device, FIFO or socket is refused when read.
  const spec = CONNECTOR_FILES[key];
  return readRegularFile(file, {
    maxBytes: spec.maxBytes,
    tooLarge: (size) =>
      `${file} is ${megabytes(size)}, larger than the ${(spec.maxBytes / 1048576).toFixed(0)} MB allowed for ${spec.name}.`,
  });
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

export interface WriteOptions {
  /**
   * A save: a connector file that is a symbolic link is written through (its target changes, the
   * link stays), and a read-only file is refused. Otherwise (a new folder, an import, a package)
   * a link is replaced by the file itself, so nothing is written outside the folder.
   */
  save?: boolean;
}

interface PlannedWrite {
  name: string;
  bytes: Uint8Array;
  /** The path written: the file, or a link's target in a save. */
  target: string;
  /** Permission bits to keep, when the file exists. */
  mode?: number;
  /** Something other than a folder is at `target` now (a file, or in a new folder a link): it is kept until all renames succeeded. */
  replaces: boolean;
  tmp?: string;
  backup?: string;
}

const tempName = (target: string, kind: 'tmp' | 'bak') =>
  path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.${kind}`);

/** Where a file of the folder is written, its mode, and whether it may be written at all. */
async function planWrite(abs: string, name: string, bytes: Uint8Array, options: WriteOptions): Promise<PlannedWrite> {
  let target = path.join(abs, name);
  const link = await fs.lstat(target).catch(() => null);
  if (link?.isSymbolicLink() && options.save) {
    try {
      target = await fs.realpath(target);
    } catch (err) {
      throw new StudioError(
        'cannot-write',
        `Cannot save ${path.join(abs, name)}: it is a symbolic link, and ${fsErrorReason(err).replace(/^it /, 'its target ')}.`,
      );
    }
  }
  const stat = link && (!link.isSymbolicLink() || options.save) ? await fs.stat(target).catch(() => null) : null;
  if (stat?.isFile() && options.save) {
    // Renaming over a read-only file would succeed: the file's own mode says it is not to be changed.
    const readOnly =
      (stat.mode & 0o200) === 0 ||
      !(await fs.access(target, fsConstants.W_OK).then(
        () => true,
        () => false,
      ));
    if (readOnly) {
      throw new StudioError(
        'read-only',
        `Cannot save ${target}: the file is read-only; make it writable (or save a copy elsewhere) and save again.`,
      );
    }
  }
  const onDisk = await fs.lstat(target).catch(() => null);
  return {
    name,
    bytes,
    target,
    replaces: onDisk !== null && !onDisk.isDirectory(),
    ...(stat?.isFile() ? { mode: stat.mode & 0o7777 } : {}),
  };
}

/**
 * Writes several files into `dir` (created if needed), all or nothing: every temporary file is
 * written and flushed first, then each is renamed over its file, the replaced files kept as hard
 * links until all renames succeeded. A failure at any step leaves every file as it was. A file
 * keeps its permission bits. Returns the names written.
 */
export async function writeConnectorFiles(
  dir: string,
  files: { name: string; bytes: Uint8Array }[],
  options: WriteOptions = {},
): Promise<string[]> {
  const abs = path.resolve(dir);
  for (const f of files) {
    if (f.name !== path.basename(f.name) || f.name.startsWith('.') || f.name === '' || f.name.includes('\0')) {
      throw new StudioError('invalid-name', `Refusing to write "${f.name}": not a plain file name.`);
    }
  }
  try {
    await fs.mkdir(abs, { recursive: true });
  } catch (err) {
    throw new StudioError('cannot-write', `Cannot create the folder ${abs}: ${fsErrorReason(err)}.`);
  }
  const plans: PlannedWrite[] = [];
  for (const f of files) plans.push(await planWrite(abs, f.name, f.bytes, options));

  const cleanUp = async () => {
    for (const p of plans) {
      if (p.tmp) await fs.rm(p.tmp, { force: true }).catch(() => undefined);
      if (p.backup) await fs.rm(p.backup, { force: true }).catch(() => undefined);
    }
  };
  const failed = (err: unknown, p: PlannedWrite) =>
    err instanceof StudioError
      ? err
      : new StudioError(
          fsErrorStudioCode(err) === 'cannot-read' ? 'cannot-write' : fsErrorStudioCode(err),
          `Cannot ${options.save ? 'save' : 'write'} ${p.target}: ${fsErrorReason(err)}; no file was changed.`,
        );

  // 1. Every temporary file, written and flushed, beside the file it replaces.
  for (const p of plans) {
    try {
      p.tmp = tempName(p.target, 'tmp');
      const handle = await fs.open(p.tmp, 'wx', 0o644);
      try {
        // The umask applies to the open, not to chmod: an existing file's mode is kept exactly.
        if (p.mode !== undefined) await handle.chmod(p.mode);
        await handle.writeFile(p.bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch (err) {
      await cleanUp();
      throw failed(err, p);
    }
  }
  // 2. The files replaced are kept (hard links) until every rename succeeded; then 3. the renames.
  const renamed: PlannedWrite[] = [];
  try {
    for (const p of plans) {
      if (!p.replaces) continue;
      const backup = tempName(p.target, 'bak');
      await fs.link(p.target, backup).catch(() => fs.copyFile(p.target, backup, fsConstants.COPYFILE_EXCL));
      p.backup = backup;
    }
    for (const p of plans) {
      try {
        await fs.rename(p.tmp!, p.target);
      } catch (err) {
        throw failed(err, p);
      }
      p.tmp = undefined;
      renamed.push(p);
    }
  } catch (err) {
    // Put back what was already replaced, newest first.
    for (const p of renamed.reverse()) {
      if (p.backup)
        await fs
          .rename(p.backup, p.target)
          .then(() => (p.backup = undefined))
          .catch(() => undefined);
      else await fs.rm(p.target, { force: true }).catch(() => undefined);
    }
    await cleanUp();
    throw err instanceof StudioError ? err : failed(err, plans[renamed.length] ?? plans[0]!);
  }
  await cleanUp();
  await syncFolder(abs);
  return plans.map((p) => p.name);
}

/** Flushes a folder's entries (the renames) to disk; not every platform can. */
async function syncFolder(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r').catch(() => null);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close().catch(() => undefined);
}
