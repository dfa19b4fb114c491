import type { CertifyRule, OperationNode } from '../types';
import { pathVariables } from './operation-path-template-not-valid';

/** A look through the few parameters rather than a set of their names per operation. */
function declaresPathParameter(op: OperationNode, name: string): boolean {
  const params = op.parameters;
  for (let i = 0; i < params.length; i++) if (params[i]!.view.in === 'path' && params[i]!.view.name === name) return true;
  return false;
}

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
        for (const v of vars) {
          if (!declaresPathParameter(op, v)) {
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
