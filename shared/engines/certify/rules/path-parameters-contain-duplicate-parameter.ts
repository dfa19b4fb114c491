import { listedParameters } from '../parameter-lists';
import { member } from '../value-checks';
import type { CertifyRule } from '../types';

export const pathParametersContainDuplicateParameter: CertifyRule = {
  id: 'PathParametersContainDuplicateParameter',
  microsoft: true,
  category: 'parameter',
  severity: 'error',
  readsElsewhere: 'document',
  description: "A path item's shared parameters list has no two parameters with the same name and location.",
  check(ctx, report) {
    return {
      onPathItem(op) {
        const list = member(op.pathItem, 'parameters');
        if (!Array.isArray(list)) return;
        const seen = new Set<string>();
        for (const p of listedParameters(ctx, list, `${op.pathItemPointer}/parameters`)) {
          if (!p.value) continue;
          const key = `${p.in}\u0000${p.name.toLowerCase()}`;
          if (seen.has(key))
            report({ pointer: p.pointer, message: `Parameter "${p.name}" (in ${p.in}) is listed twice for path ${op.path}.` });
          seen.add(key);
        }
      },
    };
  },
};
