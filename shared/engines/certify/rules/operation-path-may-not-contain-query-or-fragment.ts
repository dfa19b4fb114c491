import type { CertifyRule } from '../types';

export const operationPathMayNotContainQueryOrFragment: CertifyRule = {
  id: 'OperationPathMayNotContainQueryOrFragment',
  microsoft: true,
  category: 'operation',
  severity: 'error',
  description: 'A path has no query string ("?") or fragment ("#"); query values are query parameters.',
  check(_ctx, report) {
    return {
      onPathItem(op) {
        const c = /[?#]/.exec(op.path)?.[0];
        if (c)
          report({
            pointer: op.pathItemPointer,
            at: 'key',
            message: `Path "${op.path}" contains "${c}"; declare query values as parameters with "in": "query" instead.`,
          });
      },
    };
  },
};
