// What `validate` checks: each argument is a connector folder, a definition file, or a glob
// (`connectors/*`, `**/apiDefinition.swagger.json`) for shells that do not expand one, such as
// Windows' or a CI step's. A glob takes the folders among its matches that hold connector files,
// and the JSON or YAML files that are not a connector's other files (apiProperties.json,
// settings.json); a folder or file named twice is checked once.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { CONNECTOR_FILES } from '../../shared/core/connector';
import { connectorFilesIn } from '../services/connector-create-target';

export interface ValidateSources {
  /** Folders and files to check, in the order given (a glob's matches sorted), each once. */
  sources: string[];
  /** A sentence for each glob that matched nothing to check, and each word that names nothing. */
  problems: string[];
}

const GLOB = /[*?[\]{}]/;
const OTHER_FILES = new Set(
  Object.values(CONNECTOR_FILES)
    .map((f) => f.name.toLowerCase())
    .filter((n) => n !== CONNECTOR_FILES.definition.name.toLowerCase()),
);

export async function expandSources(args: readonly string[]): Promise<ValidateSources> {
  const sources: string[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const add = async (source: string) => {
    const id = await fs.realpath(source).catch(() => path.resolve(source));
    if (seen.has(id)) return;
    seen.add(id);
    sources.push(source);
  };
  for (const [i, arg] of args.entries()) {
    // A path that exists is itself, even when its name holds a glob character.
    const there = await exists(arg);
    if (there || !GLOB.test(arg)) {
      // Among several, a bare word that is no file may be a value typed in the wrong place (a
      // token): it is named by its place, never repeated. A path is repeated, as a single source is.
      if (!there && args.length > 1 && !/[\\/]|\.(json|ya?ml)$/i.test(arg))
        problems.push(`Argument ${i + 1} of validate names no file or folder.`);
      else await add(arg);
      continue;
    }
    const matches: string[] = [];
    for await (const match of fs.glob(arg)) matches.push(match);
    const taken: { match: string; folder: boolean }[] = [];
    for (const match of matches.sort()) {
      const kind = await worthChecking(match);
      if (kind) taken.push({ match, folder: kind === 'folder' });
    }
    // `**` matches a connector folder and its definition file: the folder is checked, not both.
    const folders = new Set(taken.filter((t) => t.folder).map((t) => path.resolve(t.match)));
    const definition = CONNECTOR_FILES.definition.name.toLowerCase();
    for (const t of taken) {
      const inFolder = !t.folder && path.basename(t.match).toLowerCase() === definition && folders.has(path.resolve(path.dirname(t.match)));
      if (!inFolder) await add(t.match);
    }
    if (!taken.length) {
      problems.push(
        matches.length
          ? `"${arg}" matches no connector folder or definition file (${matches.length} other match${matches.length === 1 ? '' : 'es'}).`
          : `"${arg}" matches nothing.`,
      );
    }
  }
  return { sources, problems };
}

async function exists(p: string): Promise<boolean> {
  return (await fs.lstat(p).catch(() => null)) !== null;
}

/** A folder holding connector files, or a JSON or YAML file that may be a definition. */
async function worthChecking(match: string): Promise<'folder' | 'file' | undefined> {
  const stat = await fs.stat(match).catch(() => null);
  if (!stat) return undefined;
  if (stat.isDirectory()) return (await connectorFilesIn(match)).length > 0 ? 'folder' : undefined;
  const name = path.basename(match).toLowerCase();
  return stat.isFile() && /\.(json|ya?ml)$/.test(name) && !OTHER_FILES.has(name) ? 'file' : undefined;
}
