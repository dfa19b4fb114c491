import { listedParameters } from '../parameter-lists';
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
        if (!Array.isArray(op.pathItem.parameters)) return;
        const seen = new Set<string>();
        for (const p of listedParameters(ctx, op.pathItem.parameters, `${op.pathItemPointer}/parameters`)) {
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
