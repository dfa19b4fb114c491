import type { CertifyRule } from '../types';

// Three rules ask for the variables of each path, for its path item, its operations and their
// path parameters, which the walk visits one after another: the last answer is kept.
let lastPath: string | undefined;
let lastVariables: readonly string[] | undefined;

/** The {name} variables of a path template, or undefined when the braces do not pair up. */
export function pathVariables(path: string): readonly string[] | undefined {
  if (path === lastPath) return lastVariables;
  lastVariables = scanVariables(path);
  lastPath = path;
  return lastVariables;
}

function scanVariables(path: string): string[] | undefined {
  const out: string[] = [];
  let open = -1;
  for (let i = 0; i < path.length; i++) {
    const c = path.charCodeAt(i);
    // {
    if (c === 123) {
      if (open >= 0) return undefined;
      open = i;
      // }
    } else if (c === 125) {
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
