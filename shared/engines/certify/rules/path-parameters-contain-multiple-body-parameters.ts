import { listedParameters } from '../parameter-lists';
import { member } from '../value-checks';
import type { CertifyRule } from '../types';

export const pathParametersContainMultipleBodyParameters: CertifyRule = {
  id: 'PathParametersContainMultipleBodyParameters',
  microsoft: true,
  category: 'parameter',
  severity: 'error',
  readsElsewhere: 'document',
  description: "A path item's shared parameters include at most one body parameter.",
  check(ctx, report) {
    return {
      onPathItem(op) {
        const list = member(op.pathItem, 'parameters');
        if (!Array.isArray(list)) return;
        const bodies = listedParameters(ctx, list, `${op.pathItemPointer}/parameters`).filter((p) => p.in === 'body');
        for (const extra of bodies.slice(1))
          report({
            pointer: extra.pointer,
            message: `Path ${op.path} shares more than one body parameter; describe the whole body in one schema.`,
          });
      },
    };
  },
};
