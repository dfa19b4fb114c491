// One folder's contents for the path picker: the page cannot read paths, so it asks main to list a
// folder's subfolders (and, for Import, the description files it accepts). The path is hostile:
// only a folder is listed (a file, FIFO or device given as one is refused in a sentence, and never
// opened), a listing stops at a bound with a count of what is left out, and entries that are not a
// folder or a regular file (devices, FIFOs, sockets, links that loop or lead nowhere) are left out.
// Each call lists one level, so a link back to a parent is just another folder, never a loop.
import { promises as fs, type Dirent, type Stats } from 'node:fs';
import path from 'node:path';
import { StudioError } from '../../shared/contracts/ipc';
import { fsErrorReason, fsErrorStudioCode } from './fs-errors';

/** Entries shown at most; the rest are counted ("N more"). */
export const MAX_LISTED = 500;
/** Names read at most from one folder: a folder with a million entries is not read to its end. */
export const MAX_SCANNED = 50_000;
/** The files Import accepts (OpenAPI JSON or YAML, Postman JSON). */
export const IMPORT_EXTENSIONS = ['.json', '.yaml', '.yml'] as const;
const DEFINITION = 'apiDefinition.swagger.json';

export interface FolderEntry {
  name: string;
  kind: 'folder' | 'file';
  /** A folder holding apiDefinition.swagger.json. */
  connector?: boolean;
}

export interface FolderListing {
  /** The folder listed, normalised (no "." or ".." parts). */
  dir: string;
  /** Its parent; absent at the top of a disk. */
  parent?: string;
  /** The folder itself holds apiDefinition.swagger.json. */
  connector: boolean;
  /** Folders first, then files, each by name. */
  entries: FolderEntry[];
  /** Entries left out by the bound (at least this many: counting stops at MAX_SCANNED). */
  more: number;
}

export interface ListFolderOptions {
  /** List files Import accepts as well as folders. */
  files?: boolean;
  /** List entries whose names start with a dot. */
  hidden?: boolean;
}

async function statOrUndefined(p: string): Promise<Stats | undefined> {
  try {
    return await fs.stat(p);
  } catch {
    return undefined;
  }
}

async function holdsDefinition(dir: string): Promise<boolean> {
  return (await statOrUndefined(path.join(dir, DEFINITION)))?.isFile() ?? false;
}

/** What a name in the folder is once links are followed: folder, regular file, or nothing to list. */
async function kindOf(dir: string, entry: Dirent): Promise<'folder' | 'file' | undefined> {
  if (entry.isDirectory()) return 'folder';
  if (entry.isFile()) return 'file';
  if (!entry.isSymbolicLink()) return undefined;
  // stat follows the link without opening anything; a loop (ELOOP) or a dangling link is left out.
  const target = await statOrUndefined(path.join(dir, entry.name));
  if (target?.isDirectory()) return 'folder';
  if (target?.isFile()) return 'file';
  return undefined;
}

const accepted = (name: string) => IMPORT_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

/** Lists `dir` (an absolute path). Throws StudioError with one sentence. */
export async function listFolder(dir: string, options: ListFolderOptions = {}): Promise<FolderListing> {
  if (!path.isAbsolute(dir)) throw new StudioError('invalid-path', `${dir} is not a full path; give one that starts at the top of a disk.`);
  const folder = path.resolve(dir);
  let stat: Stats;
  try {
    stat = await fs.stat(folder);
  } catch (err) {
    throw new StudioError(fsErrorStudioCode(err), `Cannot list ${folder}: ${fsErrorReason(err)}.`);
  }
  if (!stat.isDirectory()) {
    const what = stat.isFile() ? 'a file' : 'a device, pipe or socket';
    throw new StudioError('not-a-folder', `${folder} is ${what}, not a folder.`);
  }
  const names: Dirent[] = [];
  let scanned = 0;
  try {
    const handle = await fs.opendir(folder, { bufferSize: 256 });
    try {
      for await (const entry of handle) {
        if (++scanned > MAX_SCANNED) break;
        if (!options.hidden && entry.name.startsWith('.')) continue;
        names.push(entry);
      }
    } finally {
      // Breaking out of the loop closes the handle already; closing again is refused and harmless.
      await handle.close().catch(() => undefined);
    }
  } catch (err) {
    throw new StudioError(fsErrorStudioCode(err), `Cannot list ${folder}: ${fsErrorReason(err)}.`);
  }
  const kinds = await Promise.all(names.map((entry) => kindOf(folder, entry)));
  const all: FolderEntry[] = [];
  names.forEach((entry, i) => {
    const kind = kinds[i];
    if (kind === 'folder' || (kind === 'file' && options.files && accepted(entry.name))) all.push({ name: entry.name, kind });
  });
  const byName = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  all.sort((a, b) => (a.kind === b.kind ? byName.compare(a.name, b.name) : a.kind === 'folder' ? -1 : 1));
  const shown = all.slice(0, MAX_LISTED);
  await Promise.all(
    shown.map(async (entry) => {
      if (entry.kind === 'folder' && (await holdsDefinition(path.join(folder, entry.name)))) entry.connector = true;
    }),
  );
  const parent = path.dirname(folder);
  return {
    dir: folder,
    ...(parent !== folder ? { parent } : {}),
    connector: await holdsDefinition(folder),
    entries: shown,
    more: all.length - shown.length + Math.max(0, scanned - MAX_SCANNED),
  };
}
