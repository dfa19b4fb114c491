import type { CertifyRule } from '../types';

export const partialDuplicateOperationPath: CertifyRule = {
  id: 'PartialDuplicateOperationPath',
  microsoft: true,
  category: 'operation',
  severity: 'error',
  readsElsewhere: 'document',
  description:
    'No two operations share a method and a path that differ only in the names of path parameters (/items/{id} and /items/{itemId}).',
  check(_ctx, report) {
    const seen = new Map<string, string>();
    return {
      onOperation(op) {
        const key = `${op.method} ${(op.path.indexOf('{') < 0 ? op.path : op.path.replace(/\{[^}]*\}/g, '{}')).toLowerCase()}`;
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, op.path);
          return;
        }
        if (first.toLowerCase() === op.path.toLowerCase()) return; // PathRedefined
        report({
          pointer: op.pointer,
          at: 'key',
          message: `${op.method.toUpperCase()} ${op.path} matches ${op.method.toUpperCase()} ${first} (only the parameter names differ); requests cannot tell them apart.`,
        });
      },
    };
  },
};
