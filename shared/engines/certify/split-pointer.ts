// JSON pointer -> segments, for the checker's hot paths: like the text core's parsePointer, but
// unescaping only segments that need it (most have no "~").
export function splitPointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (pointer.charCodeAt(0) !== 47) throw new Error(`"${pointer}" is not a JSON pointer (it must start with "/")`);
  const segments = pointer.slice(1).split('/');
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    if (s.indexOf('~') >= 0) segments[i] = s.replace(/~1/g, '/').replace(/~0/g, '~');
  }
  return segments;
}
