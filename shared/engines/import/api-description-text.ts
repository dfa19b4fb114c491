// Reads an API description (OpenAPI 2/3, Postman) from text: JSON through the tolerant JSON reader
// (trailing commas and the like are repaired and reported), YAML through `yaml`. Also tells which
// kind of description a parsed value is, so the caller can pick the importer.
import { LineCounter, parseDocument } from 'yaml';
import type { Diagnostic } from '../../core/text/diagnostic';
import { JsonDocument } from '../../core/text/json-document';
import { ImportError } from './import-result';

/** Larger inputs are refused before parsing (OpenAI's 3.4 MB spec is among the largest in use). */
export const MAX_API_DESCRIPTION_CHARS = 32 * 1024 * 1024;

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
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
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
    const d = toDiagnostic(doc.errors[0]!, 'error');
    const more = doc.errors.length > 1 ? ` (and ${doc.errors.length - 1} more problems)` : '';
    throw new ImportError('InvalidYaml', `${name} is not valid YAML: line ${d.line}, column ${d.column}: ${d.message}${more}`);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 10_000 });
  } catch (e) {
    // Alias bombs and the like.
    throw new ImportError('InvalidYaml', `${name} could not be read as YAML: ${(e as Error).message}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ImportError('NotAnObject', `${name} does not hold a YAML mapping (an object) at the top.`);
  }
  return { value, format: 'yaml', diagnostics: doc.warnings.map((w) => toDiagnostic(w, 'warning')) };
}

function chooseFormat(text: string, fileName?: string): ApiTextFormat {
  const ext = fileName?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (ext === 'json') return 'json';
  if (ext === 'yaml' || ext === 'yml') return 'yaml';
  const first = text.match(/\S/)?.[0];
  return first === '{' || first === '[' ? 'json' : 'yaml';
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
