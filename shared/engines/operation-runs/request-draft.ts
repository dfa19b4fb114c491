// A request while it is being built: parameters fill it, the auth step and the policy templates
// change it, and it becomes an HttpRequest at the end. The base URL and the path are kept apart
// because "Set host URL" replaces the one and "Route request" the other.
import type { HttpRequest, RequestBody, SecretMarks } from './http-request';
import { encodeQueryString } from './url-encoding';

export interface RequestDraft {
  /** Upper-case HTTP method. */
  method: string;
  /** `scheme://host` plus the base path, without a trailing slash. */
  baseUrl: string;
  /** The operation path with path parameters filled in (encoded), starting with "/". */
  path: string;
  /** Decoded query pairs, in order. */
  query: [string, string][];
  headers: Record<string, string>;
  body?: RequestBody;
  /** Encoded values of the operation's parameters, for `{name}` in a Route request path. */
  pathValues: Record<string, string>;
  connection: Record<string, string>;
  isSecret(connectionParameter: string): boolean;
  secrets: SecretMarks;
  errors: string[];
  notes: string[];
}

/** Base URL plus path, as Swagger 2.0 joins them: basePath "/v1" and path "/items" give "/v1/items". */
export function joinUrl(baseUrl: string, path: string): string {
  return baseUrl.replace(/\/+$/, '') + (path.startsWith('/') ? path : `/${path}`);
}

export function draftUrl(d: RequestDraft): string {
  const url = joinUrl(d.baseUrl, d.path);
  return d.query.length ? `${url}?${encodeQueryString(d.query)}` : url;
}

export function toHttpRequest(d: RequestDraft): HttpRequest {
  return { method: d.method, url: draftUrl(d), headers: { ...d.headers }, ...(d.body !== undefined ? { body: d.body } : {}) };
}

export function addSecretValue(d: RequestDraft, value: string | undefined): void {
  if (value && !d.secrets.values.includes(value)) d.secrets.values.push(value);
}

export function markSecretHeader(d: RequestDraft, name: string): void {
  if (!d.secrets.headers.some((h) => h.toLowerCase() === name.toLowerCase())) d.secrets.headers.push(name);
}

export function markSecretQuery(d: RequestDraft, name: string): void {
  if (!d.secrets.query.includes(name)) d.secrets.query.push(name);
}
