// Reading a file the user (or a file the user opened) names, with bounded work: only regular files
// are read, the size is checked on the open handle (fstat, so a file swapped after a stat is still
// caught), and reading stops at the limit even when the file grows meanwhile. A device (/dev/zero),
// a FIFO or a socket is refused at once: the open does not wait for a writer (O_NONBLOCK), and
// nothing is read from it.
import { constants, promises as fs } from 'node:fs';
import { StudioError } from '../../shared/contracts/ipc';
import { fsErrorSentence, fsErrorStudioCode } from './fs-errors';

export interface RegularFileOptions {
  /** Largest size read. */
  maxBytes: number;
  /** The sentence for a file over the limit (its size in bytes given). */
  tooLarge: (size: number) => string;
  /** Do not follow a symbolic link in the last part of the path (the caller resolved it already). */
  noFollow?: boolean;
}

/** Thrown for a device, FIFO or socket: the path exists but is not a file to read. */
export class NotRegularFileError extends StudioError {
  constructor(readonly file: string) {
    super('not-a-file', `${file} is not a regular file (a device, pipe or socket is never read); give a file or a folder.`);
  }
}

const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);
const CHUNK = 1 << 20;

export function megabytes(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

/** The bytes of a regular file, at most `maxBytes` of them. Throws StudioError with a sentence. */
export async function readRegularFile(file: string, options: RegularFileOptions): Promise<Uint8Array> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, READ_FLAGS | (options.noFollow ? (constants.O_NOFOLLOW ?? 0) : 0));
  } catch (err) {
    // A socket cannot be opened (ENXIO): it is no file either.
    if ((err as { code?: string }).code === 'ENXIO') throw new NotRegularFileError(file);
    throw new StudioError(fsErrorStudioCode(err), fsErrorSentence(err, file, 'read'));
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new NotRegularFileError(file);
    if (stat.size > options.maxBytes) throw new StudioError('too-large', options.tooLarge(stat.size));
    // The size is a hint: a file that grows while being read is cut at the limit and refused.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const room = Math.min(Math.max(stat.size - total, 0) + 1, CHUNK, options.maxBytes + 1 - total);
      const buffer = Buffer.allocUnsafe(Math.max(room, 1));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      chunks.push(bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > options.maxBytes) throw new StudioError('too-large', options.tooLarge(total));
    }
    const bytes = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } catch (err) {
    if (err instanceof StudioError) throw err;
    throw new StudioError(fsErrorStudioCode(err), fsErrorSentence(err, file, 'read'));
  } finally {
    await handle.close();
  }
}
