import type { CertifyRule } from '../types';

/** The {name} variables of a path template, or undefined when the braces do not pair up. */
export function pathVariables(path: string): string[] | undefined {
  const out: string[] = [];
  let open = -1;
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (c === '{') {
      if (open >= 0) return undefined;
      open = i;
    } else if (c === '}') {
      if (open < 0) return undefined;
      const name = path.slice(open + 1, i);
      if (name.trim() === '') return undefined;
      out.push(name);
      open = -1;
    }
  }
  return open >= 0 ? undefined : out;
}

export const operationPathTemplateNotValid: CertifyRule = {
  id: 'OperationPathTemplateNotValid',
  microsoft: true,
  category: 'operation',
  severity: 'error',
  description: 'Path templates pair their braces and name every variable: /items/{id}.',
  check(_ctx, report) {
    return {
      onPathItem(op) {
        if (!pathVariables(op.path))
          report({
            pointer: op.pathItemPointer,
            at: 'key',
            message: `Path "${op.path}" is not a valid template: braces must pair up around a parameter name, as in /items/{id}.`,
          });
      },
    };
  },
};
