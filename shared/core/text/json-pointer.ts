// RFC 6901 JSON pointers: "/paths/~1pets~1{id}/get" <-> ["paths", "/pets/{id}", "get"].
export type PathSegment = string | number;

export function parsePointer(pointer: string): string[] {
  if (pointer === '' || pointer === '#') return [];
  const body = pointer.startsWith('#/') ? pointer.slice(1) : pointer;
  if (!body.startsWith('/')) throw new Error(`"${pointer}" is not a JSON pointer (it must start with "/")`);
  return body.slice(1).split('/').map(unescapeSegment);
}

/** A segment as a pointer writes it ("~1" for "/", "~0" for "~"), decoded. */
export function unescapeSegment(segment: string): string {
  // Most segments have no "~": skip the regular expressions for them. Most that have one are
  // paths ("~1items~1{id}"), with no "~0": the second is skipped when no "~" is left.
  if (segment.indexOf('~') < 0) return segment;
  const s = segment.replace(/~1/g, '/');
  return s.indexOf('~') < 0 ? s : s.replace(/~0/g, '~');
}

/** The last segment of a pointer, decoded ("" for the root). */
export function lastSegment(pointer: string): string {
  return unescapeSegment(pointer.slice(pointer.lastIndexOf('/') + 1));
}

// Paths ("/items/{id}") need escaping in every pointer built under them, at every keystroke.
// Plain-string replaceAll, no cache: a cache of the corpus's 10,000 distinct paths thrashed, and a
// miss cost two regular expressions.
export function escapeSegment(segment: PathSegment): string {
  const s = String(segment);
  const tilde = s.indexOf('~') >= 0;
  if (!tilde && s.indexOf('/') < 0) return s;
  return (tilde ? s.replaceAll('~', '~0') : s).replaceAll('/', '~1');
}

export function formatPointer(segments: readonly PathSegment[]): string {
  let out = '';
  for (const s of segments) out += `/${escapeSegment(s)}`;
  return out;
}

export function appendPointer(pointer: string, ...segments: PathSegment[]): string {
  return pointer + formatPointer(segments);
}

/** Resolves a local `$ref` such as `#/definitions/Pet` to a pointer; undefined for external refs. */
export function refToPointer(ref: string): string | undefined {
  if (!ref.startsWith('#')) return undefined;
  try {
    parsePointer(ref);
  } catch {
    return undefined;
  }
  return decodeURIComponentSafe(ref.slice(1));
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Reads the value at a pointer in plain JSON data; undefined when absent. */
export function valueAt(root: unknown, pointer: string): unknown {
  return valueAtSegments(root, parsePointer(pointer));
}

/** The same, for a pointer already split into segments (by parsePointer). */
export function valueAtSegments(root: unknown, segments: readonly string[]): unknown {
  let cur: unknown = root;
  for (const seg of segments) {
    if (cur === null || typeof cur !== 'object') return undefined;
    if (!Object.hasOwn(cur, seg)) return undefined;
    cur = (cur as Record<string, unknown>)[seg];
  }
  return cur;
}
