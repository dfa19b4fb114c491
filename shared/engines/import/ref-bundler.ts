// Bundles `$ref`s to other files (`other.yaml#/components/schemas/Pet`, `./schemas/pet.json`)
// into one document, so the importers see only local references. Pure: the caller supplies
// `readRef`, which reads a file (the main process does) or fetches a URL. Each external target is copied
// once into the components (definitions/parameters/responses for Swagger 2.0) under a free name
// and every reference to it is rewritten; path items are inlined. Targets get their name before
// their own references are followed, so cycles between files end.
import { appendPointer, parsePointer, refToPointer, valueAt } from '../../core/text';
import { parseApiDescription } from './api-description-text';
import { ImportError, type ImportNote } from './import-result';
import { errorMessage } from '../../core/error-message';

/**
 * Reads the text of an absolute file path or URL (`ref` is the reference as written); rejects when
 * it cannot, with a RefRefusedError when its policy does not let it read that file.
 */
export type ReadRef = (uri: string, ref: string) => Promise<string>;

/**
 * The reader would not read the file (a policy, not a failure): the report gives the reason and
 * nothing else, not the resolved path, so it says nothing about what is (or is not) there.
 */
export class RefRefusedError extends Error {
  override readonly name = 'RefRefusedError';
}

export interface RefBundleOptions {
  /** The reader can fetch http(s) URLs; without this, remote references are refused (and reported). */
  allowRemote?: boolean;
  /** At most this many files are read (default 500). */
  maxFiles?: number;
  /**
   * At most this many JSON values are copied into the document (default 2,000,000): references
   * that copy a large target many times cannot grow it without bound. Past it: an ImportError.
   */
  maxCopiedValues?: number;
}

/** Default of RefBundleOptions.maxCopiedValues. */
export const MAX_COPIED_VALUES = 2_000_000;

export interface BundledApiDescription {
  /** The root document with every resolvable external reference made local (the input is not changed). */
  value: unknown;
  /** Every file included, in the order it was first needed. */
  files: string[];
  report: ImportNote[];
}

type Json = Record<string, unknown>;
type Loaded = { ok: true; value: unknown } | { ok: false; reason: string; refused: boolean };

const EXAMPLE_KEYS = new Set(['example', 'examples', 'default', 'enum', 'const']);

export async function bundleExternalRefs(
  root: unknown,
  rootUri: string,
  readRef: ReadRef,
  options: RefBundleOptions = {},
): Promise<BundledApiDescription> {
  if (!hasExternalRef(root, 0)) return { value: root, files: [], report: [] };
  const out = JSON.parse(JSON.stringify(root)) as Json;
  const swagger2 = out.swagger !== undefined;
  const report: ImportNote[] = [];
  const files: string[] = [];
  const docs = new Map<string, Promise<Loaded>>();
  const assigned = new Map<string, string>();
  const unreadable = new Set<string>();
  const maxFiles = options.maxFiles ?? 500;
  const maxCopied = options.maxCopiedValues ?? MAX_COPIED_VALUES;
  let copied = 0;
  /** A deep copy of a target, counted against the budget. */
  const copyOf = (target: unknown): unknown => {
    copied += countValues(target, maxCopied - copied + 1);
    if (copied > maxCopied) {
      throw new ImportError(
        'TooLarge',
        `Including the files its references point to would copy more than ${maxCopied.toLocaleString('en-US')} values into the description, more than an API description can hold.`,
      );
    }
    return JSON.parse(JSON.stringify(target)) as unknown;
  };

  const load = (uri: string, ref: string, pointer: string): Promise<Loaded> => {
    let p = docs.get(uri);
    if (!p) {
      if (docs.size >= maxFiles)
        return Promise.resolve({ ok: false, reason: `more than ${maxFiles} files are referenced`, refused: false });
      p = readRef(uri, ref).then(
        (text) => {
          try {
            const value = parseApiDescription(text, uri).value;
            files.push(uri);
            report.push({
              kind: 'decision',
              code: 'ExternalFileIncluded',
              message: `The file "${uri}" was included in the definition.`,
              sourcePointer: pointer,
            });
            return { ok: true, value } as Loaded;
          } catch (e) {
            return { ok: false, reason: (e as Error).message, refused: false } as Loaded;
          }
        },
        (e: unknown) => ({ ok: false, reason: errorMessage(e), refused: e instanceof RefRefusedError }) as Loaded,
      );
      docs.set(uri, p);
    }
    return p;
  };

  const lost = (code: string, message: string, pointer: string) => report.push({ kind: 'loss', code, message, sourcePointer: pointer });

  /** Handles one `$ref` object found at `location` (segments in the bundled root) of a node read from `docUri`. */
  const rewrite = async (node: Json, docUri: string, location: string[], inlineStack: string[]): Promise<void> => {
    const ref = node.$ref as string;
    const pointer = `/${location.map((s) => s.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
    const hash = ref.indexOf('#');
    const filePart = hash < 0 ? ref : ref.slice(0, hash);
    const fragment = hash < 0 ? '' : ref.slice(hash + 1);
    const uri = filePart === '' ? docUri : resolveRefUri(docUri, filePart);
    if (uri === rootUri) {
      if (filePart !== '') node.$ref = `#${fragment}`;
      return;
    }
    if (/^https?:/i.test(uri) && !options.allowRemote) {
      lost(
        'RemoteRefRefused',
        `The reference "${ref}" points to the web and was not followed (remote references are never fetched): download the file next to the description and point to it.`,
        pointer,
      );
      return;
    }
    const key = `${uri}#${fragment}`;
    const known = assigned.get(key);
    if (known !== undefined) {
      node.$ref = known;
      return;
    }
    const loaded = await load(uri, ref, pointer);
    if (!loaded.ok) {
      if (!unreadable.has(uri)) {
        unreadable.add(uri);
        if (loaded.refused) lost('ExternalRefRefused', `The reference "${ref}" was not followed: ${loaded.reason}`, pointer);
        else lost('ExternalRefUnreadable', `The file "${uri}" (referenced as "${ref}") could not be read: ${loaded.reason}`, pointer);
      }
      return;
    }
    const targetPointer = refToPointer(`#${fragment}`);
    const target = targetPointer === undefined ? undefined : valueAt(loaded.value, targetPointer);
    if (target === undefined) {
      lost('ExternalRefTargetMissing', `The reference "${ref}" points to nothing in "${uri}".`, pointer);
      return;
    }
    const section = sectionFor(targetPointer ?? '', location, swagger2);
    if (section === undefined) {
      // Path items (and what Swagger 2.0 cannot hold at the root) are copied in place.
      if (inlineStack.includes(key)) {
        lost('ExternalRefCycle', `The reference "${ref}" leads back to itself; it was left as is.`, pointer);
        return;
      }
      const copy = copyOf(target);
      delete node.$ref;
      if (copy !== null && typeof copy === 'object' && !Array.isArray(copy)) Object.assign(node, copy);
      await walk(node, uri, location, [...inlineStack, key]);
      return;
    }
    const holder = ensureSection(out, section);
    const name = freeName(holder, preferredName(targetPointer ?? '', uri));
    const local = `#${appendPointer('', ...section, name)}`;
    assigned.set(key, local);
    holder[name] = copyOf(target);
    node.$ref = local;
    await walk(holder[name], uri, [...section, name], inlineStack);
  };

  const walk = async (value: unknown, docUri: string, location: string[], inlineStack: string[]): Promise<void> => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) await walk(value[i], docUri, [...location, String(i)], inlineStack);
      return;
    }
    const node = value as Json;
    if (typeof node.$ref === 'string' && (docUri !== rootUri || !node.$ref.startsWith('#'))) {
      await rewrite(node, docUri, location, inlineStack);
    }
    const inMap = isMapLocation(location);
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' || (!inMap && EXAMPLE_KEYS.has(k))) continue;
      await walk(v, docUri, [...location, k], inlineStack);
    }
  };

  await walk(out, rootUri, [], []);
  return { value: out, files, report };
}

/** Resolves a reference's file part against the file it appears in (paths, Windows paths or URLs). */
export function resolveRefUri(base: string, ref: string): string {
  if (/^[a-z][a-z0-9+.-]+:/i.test(ref) && !/^[a-z]:[\\/]/i.test(ref)) return ref;
  if (/^[a-z]:[\\/]/i.test(ref) || ref.startsWith('\\\\')) return ref;
  const url = base.match(/^([a-z][a-z0-9+.-]+:\/\/[^/]*)(.*)$/i);
  if (url) {
    if (ref.startsWith('/')) return url[1] + normalise(ref, '/');
    return url[1] + normalise(dirOf(url[2] || '/', '/') + ref, '/');
  }
  const sep = base.includes('\\') && !base.includes('/') ? '\\' : '/';
  if (ref.startsWith('/')) return normalise(ref, '/');
  return normalise(dirOf(base, sep) + ref.replace(/[\\/]/g, sep), sep);
}

function dirOf(path: string, sep: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i < 0 ? '' : path.slice(0, i) + sep;
}

function normalise(path: string, sep: string): string {
  const parts = path.split(/[\\/]/);
  const out: string[] = [];
  for (const p of parts) {
    if (p === '.') continue;
    if (p === '..' && out.length > 0 && out[out.length - 1] !== '..' && out[out.length - 1] !== '') out.pop();
    else out.push(p);
  }
  return out.join(sep);
}

/**
 * Where an external target goes in the bundled document, from what the target is (its pointer in
 * its own file) or, failing that, from where the reference stands. Undefined: copy it in place.
 */
function sectionFor(targetPointer: string, location: string[], swagger2: boolean): string[] | undefined {
  const segs = safeSegments(targetPointer);
  let kind: string | undefined;
  if (segs[0] === 'components' && segs.length === 3) kind = segs[1];
  else if (segs.length === 2 && (segs[0] === 'definitions' || segs[0] === 'parameters' || segs[0] === 'responses'))
    kind = segs[0] === 'definitions' ? 'schemas' : segs[0];
  else kind = kindAt(location);
  if (kind === undefined || kind === 'pathItems') return undefined;
  if (!swagger2) return ['components', kind];
  if (kind === 'schemas') return ['definitions'];
  if (kind === 'parameters' || kind === 'responses') return [kind];
  return undefined;
}

function kindAt(location: string[]): string | undefined {
  const parent = location[location.length - 2];
  const last = location[location.length - 1];
  if (parent === 'properties' || parent === 'patternProperties' || parent === 'definitions' || parent === '$defs') return 'schemas';
  if (location.length === 2 && (parent === 'paths' || parent === 'webhooks')) return undefined;
  if (location[location.length - 3] === 'callbacks') return undefined;
  if (location[0] === 'components' && location.length === 3) return location[1];
  if (parent === 'parameters') return 'parameters';
  if (parent === 'responses') return 'responses';
  if (last === 'requestBody') return 'requestBodies';
  if (parent === 'headers') return 'headers';
  if (parent === 'examples') return 'examples';
  if (parent === 'callbacks') return 'callbacks';
  if (parent === 'links') return 'links';
  if (parent === 'securitySchemes') return 'securitySchemes';
  return 'schemas';
}

function isMapLocation(location: string[]): boolean {
  const last = location[location.length - 1];
  return (
    last === 'properties' ||
    last === 'definitions' ||
    last === 'schemas' ||
    last === 'parameters' ||
    last === 'responses' ||
    last === 'paths'
  );
}

function safeSegments(pointer: string): string[] {
  try {
    return parsePointer(pointer);
  } catch {
    return [];
  }
}

function preferredName(targetPointer: string, uri: string): string {
  const segs = safeSegments(targetPointer);
  const raw = segs.length > 0 ? segs[segs.length - 1]! : (uri.split(/[\\/]/).pop() ?? 'Schema').replace(/\.(ya?ml|json)$/i, '');
  const s = raw.replace(/[^A-Za-z0-9_.-]+/g, '_');
  return s === '' ? 'Schema' : s;
}

function freeName(holder: Json, name: string): string {
  let candidate = name;
  for (let n = 2; candidate in holder; n++) candidate = `${name}_${n}`;
  return candidate;
}

function ensureSection(root: Json, section: string[]): Json {
  let cur = root;
  for (const key of section) {
    const next = cur[key];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) cur[key] = {};
    cur = cur[key] as Json;
  }
  return cur;
}

/** How many JSON values `value` holds (itself included), counting no further than `stopAt`. */
function countValues(value: unknown, stopAt: number): number {
  let n = 0;
  const stack: unknown[] = [value];
  while (stack.length && n < stopAt) {
    const v = stack.pop();
    n++;
    if (v !== null && typeof v === 'object') for (const k in v as Json) stack.push((v as Json)[k]);
  }
  return n;
}

function hasExternalRef(value: unknown, depth: number): boolean {
  if (value === null || typeof value !== 'object' || depth > 256) return false;
  if (Array.isArray(value)) return value.some((v) => hasExternalRef(v, depth + 1));
  const o = value as Json;
  if (typeof o.$ref === 'string' && !o.$ref.startsWith('#')) return true;
  for (const k in o) {
    const v = o[k];
    if (v !== null && typeof v === 'object' && hasExternalRef(v, depth + 1)) return true;
  }
  return false;
}
