// The one file that uses Postman's SDK (`postman-collection`). It normalises the many shapes a v2.0
// or v2.1 collection may take (URLs as strings or objects, headers as a string or a list, auth
// parameters as an object or a key/value list, descriptions as text or objects) into the plain
// records below, and substitutes `{{variables}}`. Everything else in the importer is plain
// TypeScript over these records.
//
// For a browser or worker build the SDK needs a polyfill for Node's `buffer` (iconv-lite and
// safe-buffer require it at load) and adds about 1.2 MB minified (faker, lodash, iconv-lite).
import { Property, Request, RequestAuth, VariableList } from 'postman-collection';

export interface PmKeyValue {
  key: string;
  value: string | undefined;
  description?: string;
  disabled: boolean;
  /** For form-data fields: `text` or `file`. */
  type?: string;
}

export interface PmUrl {
  protocol?: string;
  /** Host parts joined with dots, as written (may hold `{{variables}}`). */
  host?: string;
  port?: string;
  path: string[];
  query: PmKeyValue[];
  /** Values and descriptions of `:name` path variables. */
  variables: PmKeyValue[];
  hash?: string;
  hasCredentials: boolean;
}

export interface PmBody {
  mode: string;
  disabled: boolean;
  raw?: string;
  /** `options.raw.language`: json, text, xml, html, javascript. */
  language?: string;
  fields: PmKeyValue[];
  graphql?: { query?: string; variables?: string };
}

export interface PmAuth {
  type: string;
  /** The parameters of that type, with their values as written. */
  params: Record<string, unknown>;
}

export interface PmRequest {
  method: string;
  url: PmUrl;
  headers: PmKeyValue[];
  body?: PmBody;
  auth?: PmAuth;
  description?: string;
}

export interface PmResponse {
  name?: string;
  code?: number;
  status?: string;
  headers: PmKeyValue[];
  body?: string;
  previewLanguage?: string;
}

type Json = Record<string, unknown>;

function asObj(v: unknown): Json | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
}

function text(v: unknown): string | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

/** A description as Postman writes it: a string, or `{content, type}`. */
export function readDescription(v: unknown): string | undefined {
  const d = typeof v === 'string' ? v : text(asObj(v)?.content);
  return d !== undefined && d.trim() !== '' ? d : undefined;
}

/** The items of a plain array or of an SDK PropertyList. */
function listOf(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  const all = (v as { all?: unknown } | null | undefined)?.all;
  return typeof all === 'function' ? (all.call(v) as unknown[]) : [];
}

function keyValues(list: unknown): PmKeyValue[] {
  const out: PmKeyValue[] = [];
  for (const raw of listOf(list)) {
    const o = asObj(raw);
    if (!o) continue;
    const description = readDescription(o.description);
    out.push({
      key: text(o.key) ?? '',
      value: text(o.value),
      ...(description !== undefined ? { description } : {}),
      disabled: o.disabled === true,
      ...(typeof o.type === 'string' ? { type: o.type } : {}),
    });
  }
  return out;
}

/** Reads an SDK Url (or its JSON form). */
function readUrl(value: unknown, rawVariables?: unknown): PmUrl {
  const u = asObj(value) ?? {};
  const host = Array.isArray(u.host) ? u.host.map((h) => text(h) ?? '').join('.') : text(u.host);
  const path = Array.isArray(u.path) ? u.path.map((p) => text(p) ?? '') : typeof u.path === 'string' ? u.path.split('/') : [];
  return {
    ...(typeof u.protocol === 'string' && u.protocol !== '' ? { protocol: u.protocol } : {}),
    ...(host !== undefined && host !== '' ? { host } : {}),
    ...(u.port !== undefined && u.port !== null && u.port !== '' ? { port: String(u.port) } : {}),
    path,
    query: keyValues(u.query),
    variables: keyValues(rawVariables ?? u.variables ?? u.variable),
    ...(typeof u.hash === 'string' && u.hash !== '' ? { hash: u.hash } : {}),
    hasCredentials: Boolean(asObj(u.auth)?.user || asObj(u.auth)?.password),
  };
}

function readBody(json: unknown): PmBody | undefined {
  const b = asObj(json);
  if (!b || typeof b.mode !== 'string') return undefined;
  const language = text(asObj(asObj(b.options)?.raw)?.language);
  const graphql = asObj(b.graphql);
  return {
    mode: b.mode,
    disabled: b.disabled === true,
    ...(typeof b.raw === 'string' ? { raw: b.raw } : {}),
    ...(language !== undefined ? { language } : {}),
    fields: keyValues(b.mode === 'urlencoded' ? b.urlencoded : b.mode === 'formdata' ? b.formdata : undefined),
    ...(graphql
      ? {
          graphql: {
            ...(typeof graphql.query === 'string' ? { query: graphql.query } : {}),
            ...(graphql.variables !== undefined ? { variables: text(graphql.variables) ?? '' } : {}),
          },
        }
      : {}),
  };
}

/** The auth of a collection, folder or request; undefined when none is set there (it inherits). */
export function readAuth(raw: unknown): PmAuth | undefined {
  const a = asObj(raw);
  if (!a || typeof a.type !== 'string') return undefined;
  if (a.type === 'inherit') return undefined;
  const auth = new RequestAuth(a);
  const params = auth.parameters?.();
  const values: Record<string, unknown> = {};
  if (params) {
    for (const v of params.all()) {
      if (typeof v.key === 'string' && !v.disabled) values[v.key] = v.value;
    }
  }
  return { type: a.type, params: values };
}

export function readRequest(raw: unknown): PmRequest {
  let definition: unknown = typeof raw === 'string' ? raw : (asObj(raw) ?? {});
  // A URL object holding only `raw` (no host or path) is ignored by the SDK; Postman itself uses raw.
  const url = asObj(asObj(definition)?.url);
  const rawOnly = url && typeof url.raw === 'string' && url.host === undefined && url.path === undefined;
  if (rawOnly) definition = { ...(definition as Json), url: url.raw };
  // The SDK objects are read directly: their toJSON() deep-clones, which costs more than the import.
  const request = new Request(definition) as unknown as Json;
  const description = readDescription(asObj(raw)?.description);
  const body = readBody(request.body);
  const auth = readAuth(asObj(raw)?.auth);
  return {
    method: (text(request.method) ?? 'GET').toUpperCase(),
    url: readUrl(request.url, rawOnly && Array.isArray(url.variable) ? url.variable : undefined),
    headers: keyValues(request.headers),
    ...(body ? { body } : {}),
    ...(auth ? { auth } : {}),
    ...(description !== undefined ? { description } : {}),
  };
}

/**
 * A saved example. Read without the SDK: its Response class also parses the saved request and
 * generates ids, which for a collection with a thousand examples costs more than the rest of the
 * import, and the few fields used here have one shape in v2.0 and v2.1.
 */
export function readResponse(raw: unknown): PmResponse {
  const o = asObj(raw) ?? {};
  const code = typeof o.code === 'number' ? o.code : Number.parseInt(text(o.code) ?? '', 10);
  const headers = typeof o.header === 'string' ? headerLines(o.header) : keyValues(o.header);
  return {
    ...(typeof o.name === 'string' ? { name: o.name } : {}),
    ...(Number.isFinite(code) ? { code } : {}),
    ...(typeof o.status === 'string' && o.status !== '' ? { status: o.status } : {}),
    headers,
    ...(typeof o.body === 'string' ? { body: o.body } : {}),
    ...(typeof o._postman_previewlanguage === 'string' ? { previewLanguage: o._postman_previewlanguage } : {}),
  };
}

/** Headers written as one string, `Name: value` per line (as v2.0 allows). */
function headerLines(value: string): PmKeyValue[] {
  return value.split(/\r?\n/).flatMap((line) => {
    const colon = line.indexOf(':');
    return colon > 0 ? [{ key: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim(), disabled: false }] : [];
  });
}

/** Enabled variables of a `variable` list (collection, folder or item), as strings. */
export function readVariables(raw: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!Array.isArray(raw)) return out;
  const list = new VariableList(null, raw);
  for (const v of list.all()) {
    if (typeof v.key !== 'string' || v.disabled) continue;
    const value = text(v.value);
    if (value !== undefined) out[v.key] = shield(value);
  }
  return out;
}

// Postman's substitutor also fills dynamic variables ({{$guid}}, {{$randomInt}}) with random
// values; an import must be deterministic, so they are hidden from it and come back as written.
const DYNAMIC_OPEN = '{{$';
const SHIELDED_OPEN = '{{\u0001$';

function shield(value: string): string {
  return value.includes(DYNAMIC_OPEN) ? value.split(DYNAMIC_OPEN).join(SHIELDED_OPEN) : value;
}

/** A set of variables to substitute, first scope first. Values are prepared once. */
export type VariableScopes = readonly Record<string, string>[];

export function variableScope(values: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) out[k] = shield(v);
  return out;
}

/** Replaces `{{name}}` with the first scope's value; unknown names stay as written. */
export function substitute(value: string, scopes: VariableScopes): string {
  if (!value.includes('{{')) return value;
  const replaced = Property.replaceSubstitutions(shield(value), [...scopes]);
  return replaced.includes(SHIELDED_OPEN) ? replaced.split(SHIELDED_OPEN).join(DYNAMIC_OPEN) : replaced;
}
