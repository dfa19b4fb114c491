// Percent-encoding as the platform applies it: path values once (x-ms-url-encoding "single", the
// default) or twice ("double": for APIs that decode the path themselves, so "/" must reach them as
// %2F), query strings and application/x-www-form-urlencoded bodies.

export type PathEncoding = 'single' | 'double';

export function encodePathValue(value: string, encoding: PathEncoding): string {
  const once = encodeURIComponent(value);
  return encoding === 'double' ? encodeURIComponent(once) : once;
}

export function encodeQueryString(pairs: readonly (readonly [string, string])[]): string {
  return pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
}

/** application/x-www-form-urlencoded: as a query string, with spaces as "+". */
export function encodeFormBody(pairs: readonly (readonly [string, string])[]): string {
  const enc = (s: string) => encodeURIComponent(s).replace(/%20/g, '+');
  return pairs.map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&');
}

export function decodeComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

/** Splits "a=1&b=2" into decoded pairs. */
export function parseQueryString(query: string): [string, string][] {
  if (query === '') return [];
  return query
    .split('&')
    .filter((p) => p !== '')
    .map((p) => {
      const eq = p.indexOf('=');
      return eq < 0 ? [decodeComponentSafe(p), ''] : [decodeComponentSafe(p.slice(0, eq)), decodeComponentSafe(p.slice(eq + 1))];
    });
}
