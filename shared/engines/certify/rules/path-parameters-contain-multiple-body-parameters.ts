import { listedParameters } from '../parameter-lists';
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
        if (!Array.isArray(op.pathItem.parameters)) return;
        const bodies = listedParameters(ctx, op.pathItem.parameters, `${op.pathItemPointer}/parameters`).filter((p) => p.in === 'body');
        for (const extra of bodies.slice(1))
          report({
            pointer: extra.pointer,
            message: `Path ${op.path} shares more than one body parameter; describe the whole body in one schema.`,
          });
      },
    };
  },
};
