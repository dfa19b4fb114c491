// Reads an API description (OpenAPI 2/3, Postman) from text: JSON through the tolerant JSON reader
// (trailing commas and the like are repaired and reported), YAML through `yaml`. Also tells which
// kind of description a parsed value is, so the caller can pick the importer.
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { Diagnostic } from '../../core/text';
import { JsonDocument, MAX_JSON_DEPTH } from '../../core/text';
import { ImportError } from './import-result';
import { looksLikeYamlMapping } from './yaml-mapping';
import { hasDuplicateKeys, readYamlInPieces } from './yaml-pieces';

/**
 * Larger inputs are refused before parsing (OpenAI's 3.4 MB spec is among the largest in use; the
 * definition an import writes can be at most 16 MB, what the studio opens).
 */
export const MAX_API_DESCRIPTION_CHARS = 16 * 1024 * 1024;

/**
 * YAML takes far more time and memory to read than JSON (about 60 bytes of memory per byte of
 * text): larger YAML is refused before parsing, with the advice to convert it to JSON.
 */
export const MAX_YAML_CHARS = 8 * 1024 * 1024;

/** Aliases (`*name`) a YAML text may hold, counted in the text before it is parsed. */
export const MAX_YAML_ALIASES = 10_000;

/** Values a YAML document may hold once its aliases are expanded, counted before it is built. */
export const MAX_YAML_VALUES = 1_000_000;

/** YAML this long or longer is read in pieces when it can be (smaller: the whole parse costs little). */
export const MIN_PIECES_CHARS = 256 * 1024;

export type ApiTextFormat = 'json' | 'yaml';

export interface LocatedDiagnostic extends Diagnostic {
  /** 1-based, for messages. */
  line: number;
  column: number;
}

export interface ParsedApiDescription {
  value: unknown;
  format: ApiTextFormat;
  /** Problems that did not stop the parse (repaired JSON, YAML warnings). */
  diagnostics: LocatedDiagnostic[];
}

export function parseApiDescription(text: string, fileName?: string): ParsedApiDescription {
  const name = fileName ? `"${baseName(fileName)}"` : 'The file';
  if (text.length > MAX_API_DESCRIPTION_CHARS) {
    throw new ImportError(
      'TooLarge',
      `${name} is ${(text.length / 1048576).toFixed(1)} MB; descriptions larger than ${MAX_API_DESCRIPTION_CHARS / 1048576} MB are not imported.`,
    );
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (looksBinary(body)) {
    throw new ImportError('Binary', `${name} holds binary data, not a JSON or YAML API description.`);
  }
  if (body.trim() === '') throw new ImportError('Empty', `${name} is empty.`);
  const format = chooseFormat(body, fileName);
  return format === 'json' ? parseJson(body, name) : parseYaml(body, name);
}

function parseJson(text: string, name: string): ParsedApiDescription {
  const doc = JsonDocument.parse(text);
  const located = doc.diagnostics.map((d) => ({ ...d, ...doc.lines.position(d.offset) }));
  if (doc.value === undefined || doc.value === null || typeof doc.value !== 'object') {
    const first = located.find((d) => d.severity === 'error');
    throw new ImportError(
      'InvalidJson',
      first
        ? `${name} is not valid JSON: line ${first.line}, column ${first.column}: ${first.message}`
        : `${name} does not hold a JSON object.`,
    );
  }
  return { value: doc.value, format: 'json', diagnostics: located };
}

function parseYaml(text: string, name: string): ParsedApiDescription {
  if (text.length > MAX_YAML_CHARS) {
    throw new ImportError(
      'TooLarge',
      `${name} is ${(text.length / 1048576).toFixed(1)} MB of YAML; YAML larger than ${MAX_YAML_CHARS / 1048576} MB is not read (convert it to JSON, which may be up to ${MAX_API_DESCRIPTION_CHARS / 1048576} MB).`,
    );
  }
  const aliases = countAliases(text);
  if (aliases > MAX_YAML_ALIASES) {
    throw new ImportError(
      'YamlAliasLimit',
      `${name} uses more than ${MAX_YAML_ALIASES.toLocaleString('en-US')} YAML aliases (*name), more than an API description needs, so it is not read.`,
    );
  }
  // Large descriptions without anchors are read a mapping entry at a time (yaml-pieces.ts), in a
  // fraction of the memory; one the pieces cannot hold exactly is parsed whole below.
  if (text.length >= MIN_PIECES_CHARS && aliases === 0) {
    const value = readYamlInPieces(text);
    if (value !== undefined) {
      if (depthExceeds(value, MAX_JSON_DEPTH)) throw tooDeepYaml(name);
      return { value, format: 'yaml', diagnostics: [] };
    }
  }
  let lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    // The library's duplicate-key check compares each key with every earlier key of its mapping,
    // quadratic in a mapping's size (`paths` of thousands of operations): it is off here and the
    // keys are checked once with a set. A document that fails either check is read again with the
    // library's check, so its errors (which one comes first, how many) are the library's.
    doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: false });
    if (doc.errors.length > 0 || hasDuplicateKeys(doc)) {
      lineCounter = new LineCounter();
      doc = parseDocument(text, { lineCounter, prettyErrors: true });
    }
  } catch (e) {
    if (e instanceof RangeError) throw tooDeepYaml(name);
    throw e;
  }
  const toDiagnostic = (e: { code: string; message: string; pos: [number, number] }, severity: 'error' | 'warning') => {
    const { line, col } = lineCounter.linePos(e.pos[0]);
    return {
      code: `Yaml${pascal(e.code)}`,
      severity,
      // prettyErrors appends a source excerpt after the first line; the sentence is enough here.
      message: firstLine(e.message),
      offset: e.pos[0],
      length: Math.max(0, e.pos[1] - e.pos[0]),
      line,
      column: col,
    } satisfies LocatedDiagnostic;
  };
  if (doc.errors.length > 0) {
    // The parser reports its own stack overflow on deep nesting as a parse error.
    if (doc.errors.some((e) => /call stack/i.test(e.message))) throw tooDeepYaml(name);
    const d = toDiagnostic(doc.errors[0]!, 'error');
    const more = doc.errors.length > 1 ? ` (and ${doc.errors.length - 1} more problems)` : '';
    throw new ImportError('InvalidYaml', `${name} is not valid YAML: line ${d.line}, column ${d.column}: ${d.message}${more}`);
  }
  // What the aliases expand to is counted on the parsed nodes, before any value is built.
  const expanded = aliases === 0 ? 0 : expandedYamlValues(doc, MAX_YAML_VALUES);
  if (expanded === 'cycle') {
    throw new ImportError(
      'YamlAliasCycle',
      `${name} has a YAML alias inside the value it names (a value that contains itself), which JSON cannot hold.`,
    );
  }
  if (expanded > MAX_YAML_VALUES) {
    throw new ImportError(
      'YamlAliasLimit',
      `${name} would hold more than ${MAX_YAML_VALUES.toLocaleString('en-US')} values once its YAML aliases are expanded, more than an API description can hold, so it is not read.`,
    );
  }
  let value: unknown;
  try {
    // Counted above: the library's own alias check (a cruder measure) is not needed.
    value = doc.toJS({ maxAliasCount: -1 });
  } catch (e) {
    if (e instanceof RangeError) throw tooDeepYaml(name);
    throw new ImportError('InvalidYaml', `${name} could not be read as YAML: ${firstLine((e as Error).message).replace(/\.?$/, '.')}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ImportError('NotAnObject', `${name} does not hold a YAML mapping (an object) at the top.`);
  }
  if (depthExceeds(value, MAX_JSON_DEPTH)) throw tooDeepYaml(name);
  return { value, format: 'yaml', diagnostics: doc.warnings.map((w) => toDiagnostic(w, 'warning')) };
}

function tooDeepYaml(name: string): ImportError {
  return new ImportError(
    'TooDeep',
    `${name} nests mappings and lists more than ${MAX_JSON_DEPTH} levels deep; the studio reads at most ${MAX_JSON_DEPTH} levels.`,
  );
}

/**
 * Aliases in a YAML text, counted without parsing: `*name` where `&name` is an anchor somewhere
 * (an alias needs one). A `*` in text that happens to spell an anchor's name counts too, so the
 * count is never below the truth.
 */
export function countAliases(text: string): number {
  const anchors = new Set<string>();
  for (const m of text.matchAll(/(?:^|[\s[{,])&([^\s,[\]{}]+)/g)) anchors.add(m[1]!);
  if (anchors.size === 0) return 0;
  let count = 0;
  for (const m of text.matchAll(/(?:^|[\s[{,:-])\*([^\s,[\]{}]+)/g)) if (anchors.has(m[1]!)) count++;
  return count;
}

type YamlNode = unknown;

/**
 * How many values a parsed YAML document holds once every alias is expanded (each alias counts
 * the values of what it names), without building them; stops counting past `budget`. 'cycle'
 * when an alias stands inside the value it names. No recursion: nodes wait on a stack until the
 * sizes of their children are known.
 */
export function expandedYamlValues(doc: Document.Parsed, budget: number): number | 'cycle' {
  const sizes = new Map<YamlNode, number>();
  const open = new Set<YamlNode>();
  const children = (node: YamlNode): YamlNode[] => {
    if (isAlias(node)) {
      const target = node.resolve(doc);
      return target ? [target] : [];
    }
    if (isMap(node) || isSeq(node)) {
      const out: YamlNode[] = [];
      for (const item of node.items as unknown[]) {
        if (isPair(item)) out.push(item.key, item.value);
        else out.push(item);
      }
      return out;
    }
    return [];
  };
  const stack: { node: YamlNode; expanded: boolean }[] = [{ node: doc.contents, expanded: false }];
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    const node = top.node;
    if (node === null || node === undefined || sizes.has(node)) {
      stack.pop();
      continue;
    }
    if (isScalar(node)) {
      sizes.set(node, 1);
      stack.pop();
      continue;
    }
    if (!top.expanded) {
      top.expanded = true;
      open.add(node);
      for (const child of children(node)) {
        if (child === null || child === undefined || sizes.has(child)) continue;
        if (open.has(child)) return 'cycle';
        stack.push({ node: child, expanded: false });
      }
      continue;
    }
    stack.pop();
    open.delete(node);
    // An alias is its target's values again; a collection is itself plus its children.
    let size = isAlias(node) ? 0 : 1;
    for (const child of children(node)) size += child === null || child === undefined ? 1 : (sizes.get(child) ?? 0);
    if (size > budget) return size;
    sizes.set(node, size);
  }
  return doc.contents === null ? 0 : (sizes.get(doc.contents) ?? 0);
}

/** True when arrays and objects nest deeper than `max` levels (no recursion). */
function depthExceeds(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth > max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v as object)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}

function chooseFormat(text: string, fileName?: string): ApiTextFormat {
  const ext = fileName?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (ext === 'yaml' || ext === 'yml') return 'yaml';
  const first = text.match(/\S/)?.[0];
  if (first === '{' || first === '[') return 'json';
  // Named .json but written as YAML (`openapi: 3.0.0` on its first line): read as what it is.
  if (ext === 'json') return looksLikeYamlMapping(text) ? 'yaml' : 'json';
  return 'yaml';
}

/** NUL characters, or many control characters early on, mean this is not a text description. */
function looksBinary(text: string): boolean {
  if (text.indexOf('\0') >= 0) return true;
  const head = text.slice(0, 4096);
  let controls = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) controls++;
  }
  return controls > 8 && controls > head.length / 100;
}

function firstLine(s: string): string {
  const i = s.indexOf('\n');
  return (i < 0 ? s : s.slice(0, i)).trim();
}

function pascal(code: string): string {
  return code
    .toLowerCase()
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

// ---------------------------------------------------------------------------------------------

export type ApiFormat = 'openapi2' | 'openapi3' | 'postman' | 'unknown';

export interface DetectedApiFormat {
  format: ApiFormat;
  /** "2.0", "3.0.3", "3.1.0", "2.1.0" (Postman schema version) when known. */
  version?: string;
  /** Why the format is unknown, in a sentence. */
  reason?: string;
}

export function detectApiFormat(value: unknown): DetectedApiFormat {
  const o = asRecord(value);
  if (!o) return { format: 'unknown', reason: 'The file does not hold an object.' };
  if ('swagger' in o) {
    const v = versionText(o.swagger);
    return v === '2.0'
      ? { format: 'openapi2', version: v }
      : { format: 'unknown', version: v, reason: `Swagger ${v} is not supported; only Swagger 2.0 and OpenAPI 3.0/3.1 are.` };
  }
  if ('openapi' in o) {
    const v = versionText(o.openapi);
    return /^3\.[01](\.\d+)?([-+].*)?$/.test(v)
      ? { format: 'openapi3', version: v }
      : { format: 'unknown', version: v, reason: `OpenAPI ${v} is not supported; only OpenAPI 3.0 and 3.1 (and Swagger 2.0) are.` };
  }
  const collection = asRecord(o.collection) && asRecord(asRecord(o.collection)?.info) ? asRecord(o.collection)! : o;
  const info = asRecord(collection.info);
  const schema = typeof info?.schema === 'string' ? info.schema : '';
  if (info && (typeof info._postman_id === 'string' || /getpostman\.com|postman/i.test(schema) || collection !== o)) {
    const version = schema.match(/v(\d+\.\d+\.\d+)/)?.[1];
    return { format: 'postman', ...(version ? { version } : {}) };
  }
  if (Array.isArray(o.requests) && typeof o.name === 'string') {
    return { format: 'unknown', version: '1', reason: 'This is a Postman Collection v1; export it from Postman as Collection v2.1.' };
  }
  return { format: 'unknown', reason: 'This is neither an OpenAPI (Swagger) description nor a Postman collection.' };
}

/** A version as text: YAML reads `swagger: 2.0` and `openapi: 3.0` as numbers (2 and 3). */
export function versionText(v: unknown): string {
  return typeof v === 'number' ? (Number.isInteger(v) ? v.toFixed(1) : String(v)) : String(v ?? '');
}

function asRecord(v: unknown): Record<string, unknown> | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}
