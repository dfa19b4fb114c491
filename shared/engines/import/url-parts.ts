// A URL split the way a connector needs it: scheme, host (with port), path and query. Written by
// hand rather than with WHATWG `URL`, which would percent-encode `{name}` templates and refuses
// relative and scheme-less URLs that people paste.

export interface QueryPair {
  key: string;
  value: string | undefined;
}

export interface UrlParts {
  scheme?: string;
  /** Host name with `:port` when one is given. */
  host?: string;
  /** Starts with `/` (just `/` when the URL has no path). */
  path: string;
  query: QueryPair[];
  fragment?: string;
  /** A `user:password@` part was present (and is dropped: credentials never go into a definition). */
  hadCredentials: boolean;
}

const URL_RE = /^(?:([A-Za-z][A-Za-z0-9+.-]*):)?(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/s;
const HOST_NAME = /^[^{}/ :\\@?#]+$/;

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

export function parseQueryString(query: string): QueryPair[] {
  const out: QueryPair[] = [];
  for (const part of query.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    out.push(eq < 0 ? { key: decode(part), value: undefined } : { key: decode(part.slice(0, eq)), value: decode(part.slice(eq + 1)) });
  }
  return out;
}

/** A host (with optional port) that Swagger's `host` can hold. */
export function isValidHost(host: string): boolean {
  const m = /^(.*?)(?::(\d{1,5}))?$/.exec(host);
  return !!m && HOST_NAME.test(m[1] ?? '') && (m[2] === undefined || Number(m[2]) <= 65535);
}

/**
 * Splits a URL; undefined when it cannot be one. `api.example.com/x` (no scheme) is read as a host
 * and path, as people write it; `/x` is a path only.
 */
export function parseUrl(text: string): UrlParts | undefined {
  let t = text.trim();
  if (t === '' || /[\t\n\r]/.test(t)) return undefined;
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(t) && !t.startsWith('/') && /^(localhost|[^/?#:]+\.[^/?#:]+)(:\d+)?([/?#]|$)/i.test(t)) {
    t = `//${t}`;
  }
  if (!t.startsWith('/') && !/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(t)) return undefined; // words, mailto:, urn:
  const m = URL_RE.exec(t);
  if (!m) return undefined;
  const [, scheme, authority, rawPath, query, fragment] = m;
  let host: string | undefined;
  let hadCredentials = false;
  if (authority !== undefined) {
    const at = authority.lastIndexOf('@');
    hadCredentials = at >= 0;
    host = (at >= 0 ? authority.slice(at + 1) : authority).toLowerCase();
    if (host === '') host = undefined;
  }
  const path = rawPath === undefined || rawPath === '' ? '/' : rawPath.startsWith('/') ? rawPath : `/${rawPath}`;
  return {
    ...(scheme ? { scheme: scheme.toLowerCase() } : {}),
    ...(host !== undefined ? { host } : {}),
    path,
    query: query !== undefined ? parseQueryString(query) : [],
    ...(fragment !== undefined && fragment !== '' ? { fragment } : {}),
    hadCredentials,
  };
}
