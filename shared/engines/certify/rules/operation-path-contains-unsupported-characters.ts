import type { CertifyRule } from '../types';

export const operationPathContainsUnsupportedCharacters: CertifyRule = {
  id: 'OperationPathContainsUnsupportedCharacters',
  microsoft: true,
  category: 'operation',
  severity: 'error',
  description: 'A path has no "*" (wildcards are not supported).',
  check(_ctx, report) {
    return {
      onPathItem(op) {
        if (op.path.includes('*'))
          report({ pointer: op.pathItemPointer, at: 'key', message: `Path "${op.path}" contains "*", which connectors do not support.` });
      },
    };
  },
};
