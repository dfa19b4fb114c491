// File-system errors in words. Node's errors carry errno text ("ELOOP: too many symbolic links
// encountered, stat '/x'"); a user gets one sentence naming the path and what is wrong. A loop of
// symbolic links is not "does not exist", and permission problems say so.

export type FsAction = 'read' | 'write' | 'open' | 'create' | 'remove' | 'save';

/** The errno code of a Node file-system error, if it is one. */
export function fsErrorCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** What went wrong, as the end of a sentence ("it does not exist"), without errno text. */
export function fsErrorReason(err: unknown): string {
  const code = fsErrorCode(err);
  switch (code) {
    case 'ENOENT':
      return 'it does not exist';
    case 'ELOOP':
      return 'its path runs into a loop of symbolic links';
    case 'EACCES':
    case 'EPERM':
      return "permission is denied (check the file's and its folders' permissions)";
    case 'ENOTDIR':
      return 'a part of its path is a file, not a folder';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ENAMETOOLONG':
      return 'the path is too long';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files are open (close some programs and try again)';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'there is no space left on the disk';
    case 'EROFS':
      return 'it is on a read-only disk';
    case 'EBUSY':
    case 'ETXTBSY':
      return 'another program is using it';
    case 'ENXIO':
    case 'ENODEV':
      return 'it is not a regular file';
    case 'EIO':
      return 'the disk reported an input/output error';
    case 'EXDEV':
      return 'it is on another disk than its temporary copy';
    case 'ENOTEMPTY':
    case 'EEXIST':
      return 'a folder of that name is in the way';
    default:
      return code ? `the system refused (${code})` : 'the system refused';
  }
}

/** One sentence for a failed file-system call on `file`. */
export function fsErrorSentence(err: unknown, file: string, action: FsAction = 'read'): string {
  if (fsErrorCode(err) === 'ENOENT') {
    return action === 'read' || action === 'open'
      ? `${file} does not exist.`
      : `Cannot ${action} ${file}: it or its folder does not exist.`;
  }
  return `Cannot ${action} ${file}: ${fsErrorReason(err)}.`;
}

/** A StudioError code for a failed file-system call. */
export function fsErrorStudioCode(err: unknown): string {
  switch (fsErrorCode(err)) {
    case 'ENOENT':
      return 'not-found';
    case 'EACCES':
    case 'EPERM':
      return 'permission-denied';
    case 'ELOOP':
      return 'symlink-loop';
    default:
      return 'cannot-read';
  }
}
