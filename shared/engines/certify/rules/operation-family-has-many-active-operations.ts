import { asObject } from '../../../core/model';
import type { CertifyRule } from '../types';

export const MAX_ACTIVE_PER_FAMILY = 2;

export const operationFamilyHasManyActiveOperations: CertifyRule = {
  id: 'OperationFamilyHasManyActiveOperations',
  microsoft: true,
  category: 'operation',
  severity: 'error',
  readsElsewhere: 'document',
  description: `An operation family has at most ${MAX_ACTIVE_PER_FAMILY} operations that are not deprecated.`,
  check(ctx, report) {
    return {
      onEnd() {
        const active = new Map<string, string[]>();
        for (const op of ctx.operations) {
          const family = asObject(op.value['x-ms-api-annotation'])?.family;
          if (typeof family !== 'string' || op.value.deprecated === true) continue;
          const list = active.get(family) ?? [];
          list.push(op.pointer);
          active.set(family, list);
        }
        for (const [family, list] of active) {
          if (list.length <= MAX_ACTIVE_PER_FAMILY) continue;
          for (const pointer of list.slice(MAX_ACTIVE_PER_FAMILY)) {
            report({
              pointer: `${pointer}/x-ms-api-annotation/family`,
              message: `Family "${family}" has ${list.length} operations that are not deprecated; deprecate the older revisions (at most ${MAX_ACTIVE_PER_FAMILY} active).`,
            });
          }
        }
      },
    };
  },
};
