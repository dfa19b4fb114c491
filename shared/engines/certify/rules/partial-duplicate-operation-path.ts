import type { CertifyRule } from '../types';

/** The path with each {name} written {}, as /\{[^}]*\}/g would replace them, by slices. */
function withoutParameterNames(path: string): string {
  let open = path.indexOf('{');
  if (open < 0) return path;
  let out = '';
  let from = 0;
  while (open >= 0) {
    const close = path.indexOf('}', open + 1);
    if (close < 0) break;
    out += `${path.slice(from, open)}{}`;
    from = close + 1;
    open = path.indexOf('{', from);
  }
  return from === 0 ? path : out + path.slice(from);
}

export const partialDuplicateOperationPath: CertifyRule = {
  id: 'PartialDuplicateOperationPath',
  microsoft: true,
  category: 'operation',
  severity: 'error',
  readsElsewhere: 'document',
  description:
    'No two operations share a method and a path that differ only in the names of path parameters (/items/{id} and /items/{itemId}).',
  check(_ctx, report) {
    // Per method, the first path written for each normalized path (lower case, parameter names
    // dropped). The normalized path is made once per path item, not a key string per operation:
    // the path item's operations come one after another.
    const byMethod = new Map<string, Map<string, string>>();
    let lastPath: string | undefined;
    let normalized = '';
    return {
      onOperation(op) {
        const path = op.path;
        if (path !== lastPath) {
          lastPath = path;
          normalized = withoutParameterNames(path).toLowerCase();
        }
        let seen = byMethod.get(op.method);
        if (seen === undefined) byMethod.set(op.method, (seen = new Map()));
        const first = seen.get(normalized);
        if (first === undefined) {
          seen.set(normalized, path);
          return;
        }
        if (first.toLowerCase() === path.toLowerCase()) return; // PathRedefined
        report({
          pointer: op.pointer,
          at: 'key',
          message: `${op.method.toUpperCase()} ${op.path} matches ${op.method.toUpperCase()} ${first} (only the parameter names differ); requests cannot tell them apart.`,
        });
      },
    };
  },
};
