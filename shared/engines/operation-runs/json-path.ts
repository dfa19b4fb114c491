// Paths into a JSON body as people read them: $.items[3].id, $['@odata.nextLink'].

export function appendJsonPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return `${path}.${key}`;
  return `${path}['${key.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
}

/** The portal's form of a path, without the leading "$" (".items[3].id"); "" for the root. */
export function portalPath(path: string): string {
  return path.startsWith('$') ? path.slice(1) : path;
}
