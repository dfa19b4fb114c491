// Which files an API description's external `$ref`s may make the studio read. A description comes
// from anywhere, and whatever a reference reaches is copied into the connector (a definition that
// is then shared or published), so references are followed only:
//   - written as relative paths (never `/etc/...`, `C:\...`, `\\server\...` or `file:` URLs);
//   - to regular files (never a device, FIFO or socket) under the root: the description's own
//     folder, or a folder the user names (`--ref-root`), compared by real paths, so a symbolic
//     link that leads out of the root leads nowhere;
//   - never into a hidden folder of the home folder (~/.ssh, ~/.kube, ~/.aws, ...) nor into
//     credential folders below the root (.git, .ssh, ...), even when the root holds them.
// A refused reference gets one sentence that says nothing about the target: not whether it exists,
// nor what it holds. Every file read is recorded, for the import report.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RefRefusedError, type ReadRef } from '../../shared/engines/import/ref-bundler';
import { StudioError } from '../../shared/contracts/ipc';
import { decodeBytes, TextDecodeError } from '../../shared/core/text';
import { fsErrorReason } from './fs-errors';
import { megabytes, readRegularFile } from './regular-file';

export interface RefReaderOptions {
  /** The folder references may reach (already checked to be a folder). */
  root: string;
  /** How to widen the root, for the refusal sentence (e.g. "name another folder with --ref-root"). */
  widenHint?: string;
  /** Largest file read, and largest total over all files read. */
  maxFileBytes: number;
  maxTotalBytes: number;
  /** The home folder (default os.homedir()); tests name their own. */
  homeDir?: string;
}

export interface FileRead {
  /** Real path of the file read. */
  path: string;
  bytes: number;
}

/** A reference refused only because it leads out of the root: a wider root the user names would reach it. */
export interface OutsideRef {
  /** The reference as written. */
  ref: string;
  /** Where it leads, resolved against its file's folder (not followed: nothing about it is known). */
  file: string;
}

export interface RefReader {
  read: ReadRef;
  /** Every file read, in order. */
  filesRead: FileRead[];
  /**
   * The relative references that lead out of the root and nowhere private (a hidden folder of the
   * home folder, a credential folder): those a wider root, once the user allows it, would follow.
   */
  outside: OutsideRef[];
}

/** Folders that hold credentials wherever they are. */
const CREDENTIAL_FOLDERS = new Set([
  '.ssh',
  '.gnupg',
  '.aws',
  '.azure',
  '.kube',
  '.docker',
  '.git',
  '.config',
  '.netrc',
  '.npmrc',
  '.pki',
  '.password-store',
]);

/** True for a reference written as an absolute path or a file URL (what a relative one never is). */
export function isAbsoluteRef(ref: string): boolean {
  const filePart = ref.split('#')[0]!;
  return filePart.startsWith('/') || filePart.startsWith('\\') || /^[a-z]:/i.test(filePart) || /^file:/i.test(filePart);
}

/** Inside `root` (or `root` itself)? Both absolute and normalised. */
function isWithin(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
}

/**
 * The real path of `p`; when it cannot be resolved, the real path of its nearest existing ancestor
 * with the rest appended, and the error. A link that cannot be resolved (its target is missing)
 * counts as where it points to, so a dangling link out of the root is not taken for a missing file
 * inside it.
 */
async function realPathOf(p: string): Promise<{ real: string; error?: unknown }> {
  try {
    return { real: await fs.realpath(p) };
  } catch (error) {
    const parts: string[] = [];
    let dir = p;
    for (;;) {
      parts.unshift(path.basename(dir));
      dir = path.dirname(dir);
      const realDir = await fs.realpath(dir).catch(() => undefined);
      if (realDir !== undefined) {
        const next = path.join(realDir, parts[0]!);
        const link = await fs.readlink(next).catch(() => undefined);
        const real = link !== undefined ? path.resolve(realDir, link, ...parts.slice(1)) : path.join(realDir, ...parts);
        return { real, error };
      }
      if (path.dirname(dir) === dir) return { real: p, error };
    }
  }
}

export async function createRefReader(options: RefReaderOptions): Promise<RefReader> {
  const lexicalRoot = path.resolve(options.root);
  const realRoot = await fs.realpath(lexicalRoot).catch(() => lexicalRoot);
  const home = options.homeDir ?? os.homedir();
  const realHome = home ? await fs.realpath(home).catch(() => path.resolve(home)) : undefined;
  const refusal = `only regular files in the description's folder and below it are read, never hidden folders such as .ssh${options.widenHint ? ` (${options.widenHint})` : ''}.`;
  const refuse = (): never => {
    throw new RefRefusedError(refusal);
  };
  const filesRead: FileRead[] = [];
  const outside: OutsideRef[] = [];
  let total = 0;

  /** Private wherever the root is: a hidden folder of the home folder, or a credential folder on the way. */
  const looksPrivate = (file: string): boolean => {
    for (const h of [home ? path.resolve(home) : undefined, realHome]) {
      if (h && isWithin(h, file) && file !== h && path.relative(h, file).startsWith('.')) return true;
    }
    return file.split(path.sep).some((s) => CREDENTIAL_FOLDERS.has(s.toLowerCase()));
  };

  /** Hidden folders of the home folder, and credential folders below the root, are never read. */
  const isPrivate = (real: string): boolean => {
    if (realHome && isWithin(realHome, real) && real !== realHome) {
      const first = path.relative(realHome, real).split(path.sep)[0]!;
      // The root may itself live in a hidden folder (~/.local/share/specs): files beside it are fine.
      if (first.startsWith('.') && !isWithin(path.join(realHome, first), realRoot)) return true;
    }
    const below = path.relative(realRoot, real).split(path.sep);
    return (
      below.slice(0, -1).some((s) => CREDENTIAL_FOLDERS.has(s.toLowerCase())) ||
      CREDENTIAL_FOLDERS.has(below[below.length - 1]!.toLowerCase())
    );
  };

  const read: ReadRef = async (uri, ref) => {
    if (!/^file:/i.test(uri) || isAbsoluteRef(ref)) refuse();
    let file: string;
    try {
      file = path.resolve(fileURLToPath(uri));
    } catch {
      return refuse();
    }
    if (!isWithin(lexicalRoot, file)) {
      if (!looksPrivate(file) && !outside.some((o) => o.file === file)) outside.push({ ref, file });
      refuse();
    }
    const { real, error } = await realPathOf(file);
    if (!isWithin(realRoot, real) || isPrivate(real)) refuse();
    // Inside the root, what is wrong may be said: the user's own folder holds it.
    if (error !== undefined) throw new Error(fsErrorReason(error));
    let bytes: Uint8Array;
    try {
      bytes = await readRegularFile(real, {
        maxBytes: Math.min(options.maxFileBytes, options.maxTotalBytes - total),
        tooLarge: (size) =>
          total + size > options.maxTotalBytes && size <= options.maxFileBytes
            ? `the files referenced add up to more than ${megabytes(options.maxTotalBytes)}`
            : `it is ${megabytes(size)}, larger than the ${megabytes(options.maxFileBytes)} a referenced file can be`,
        noFollow: true,
      });
    } catch (err) {
      if (err instanceof StudioError && err.code === 'not-a-file') refuse();
      // The file was swapped for a link after its real path was taken: not followed.
      if ((err as { code?: string }).code === 'symlink-loop') refuse();
      throw new Error(err instanceof StudioError && err.code === 'too-large' ? err.message : (err as Error).message.replace(/\.$/, ''));
    }
    total += bytes.length;
    filesRead.push({ path: real, bytes: bytes.length });
    try {
      return decodeBytes(bytes, options.maxFileBytes).text;
    } catch (err) {
      // "holds binary data (a NUL character), not text": about a file inside the root.
      throw new Error(err instanceof TextDecodeError ? `it ${err.message}` : (err as Error).message);
    }
  };

  return { read, filesRead, outside };
}

/**
 * The folder that would hold the root and every outside reference's file: their nearest common
 * folder. Undefined when that is the top of the disk (a root that wide is never offered).
 */
export function widerRootFor(root: string, outside: readonly OutsideRef[]): string | undefined {
  if (outside.length === 0) return undefined;
  let wider = path.resolve(root);
  for (const o of outside) {
    while (!isWithin(wider, path.dirname(o.file))) {
      const up = path.dirname(wider);
      if (up === wider) return undefined;
      wider = up;
    }
  }
  return path.dirname(wider) === wider ? undefined : wider;
}

/** A reader that follows no reference: for content that came without a folder (a dropped file). */
export function noRefReader(reason: string): RefReader {
  return {
    read: async () => {
      throw new RefRefusedError(reason);
    },
    filesRead: [],
    outside: [],
  };
}
