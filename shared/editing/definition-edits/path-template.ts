// The `{name}` placeholders of a path template, in order (`/users/{id}/posts('{postId}')`).

export function pathTemplateNames(path: string): string[] {
  const out: string[] = [];
  for (const m of path.matchAll(/\{([^{}]+)\}/g)) if (!out.includes(m[1]!)) out.push(m[1]!);
  return out;
}

/** Why `path` cannot be an operation's path, or undefined when it can. */
export function pathProblem(path: string): string | undefined {
  if (!path.startsWith('/')) return 'A path starts with "/", such as /items/{id}.';
  // Placeholder names are the API's own (some hold spaces); outside them, a path is plain.
  const outside = path.replace(/\{[^{}]+\}/g, '');
  if (/[?#]/.test(outside)) return 'A path holds no query string or fragment; add query parameters instead.';
  if (/\s/.test(outside)) return 'A path holds no spaces outside its {parameters}.';
  if (/[{}]/.test(outside)) return 'Write path parameters as {name}.';
  return undefined;
}
