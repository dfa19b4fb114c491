import type { CertifyRule } from '../types';
import { pathVariables } from './operation-path-template-not-valid';

export const operationMissingPathParameter: CertifyRule = {
  id: 'OperationMissingPathParameter',
  microsoft: true,
  category: 'parameter',
  severity: 'error',
  readsElsewhere: 'document',
  description: 'Every {variable} of the path has a path parameter of that name.',
  check(_ctx, report) {
    return {
      onOperation(op) {
        const vars = pathVariables(op.path);
        // Most paths have no variable: no set of declared names to build.
        if (!vars?.length) return;
        const declared = new Set(op.parameters.filter((p) => p.view.in === 'path').map((p) => p.view.name));
        for (const v of vars) {
          if (!declared.has(v)) {
            report({
              pointer: op.value.parameters !== undefined ? `${op.pointer}/parameters` : op.pointer,
              at: 'key',
              message: `Path ${op.path} has {${v}}, but operation ${op.view.operationId ?? op.method.toUpperCase()} declares no path parameter "${v}".`,
            });
          }
        }
      },
    };
  },
};
