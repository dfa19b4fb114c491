import type { CertifyRule } from '../types';

export const operationParametersContainDuplicateParameter: CertifyRule = {
  id: 'OperationParametersContainDuplicateParameter',
  microsoft: true,
  category: 'parameter',
  severity: 'error',
  readsElsewhere: 'document',
  description: "An operation's parameters list has no two parameters with the same name and location.",
  check(_ctx, report) {
    return {
      onOperation(op) {
        // The operation's own list, already resolved (op.parameters also holds the path item's).
        if (op.parameters.length < 2) return;
        const seen = new Set<string>();
        for (const p of op.parameters) {
          if (p.view.fromPathItem || !p.value) continue;
          const key = `${p.view.in}\u0000${p.view.name.toLowerCase()}`;
          if (seen.has(key))
            report({ pointer: p.pointer, message: `Parameter "${p.view.name}" (in ${p.view.in}) is listed twice in this operation.` });
          seen.add(key);
        }
      },
    };
  },
};
