// Folder paths as text, for suggesting where a new or imported connector goes. The renderer has no
// path module; these follow the separator the path itself uses (Windows or POSIX).
import { isAbsolutePath } from '../../shared/contracts/ipc';

function separatorOf(p: string): '/' | '\\' {
  return p.includes('\\') && !p.includes('/') ? '\\' : '/';
}

export function parentOf(p: string): string {
  const trimmed = p.replace(/[\\/]+$/, '');
  const i = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
  if (i < 0) return '';
  return i === 0 ? trimmed.slice(0, 1) : trimmed.slice(0, i);
}

export function joinPath(dir: string, name: string): string {
  if (!dir) return name;
  const sep = separatorOf(dir);
  return dir.endsWith('/') || dir.endsWith('\\') ? dir + name : dir + sep + name;
}

/** A folder name from a file name: no extension(s) like .json, .yaml, .postman_collection.json. */
export function folderNameFor(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const stem = base.replace(/(\.postman_collection)?\.(json|ya?ml)$/i, '').replace(/\.(swagger|openapi)$/i, '');
  const safe = stem.replace(/[\u0000-\u001f<>:"|?*\\/]/g, '_').trim();
  return safe || 'Imported connector';
}

/**
 * The sentence for a typed path that is not a full one (the host refuses relative paths, as it would
 * resolve them against its own working folder), or undefined when it is full or empty. The example
 * follows the separator the person typed.
 */
export function fullPathNeeded(typed: string, kind: 'folder' | 'file'): string | undefined {
  const p = typed.trim();
  if (!p || isAbsolutePath(p)) return undefined;
  const windows = p.includes('\\') || /^[A-Za-z]:/.test(p);
  const example =
    kind === 'folder'
      ? windows
        ? 'C:\\Users\\me\\connectors\\contoso'
        : '/home/me/connectors/contoso'
      : windows
        ? 'C:\\Users\\me\\Downloads\\openapi.yaml'
        : '/home/me/Downloads/openapi.yaml';
  return `Type the ${kind}’s full path, such as ${example}.`;
}
