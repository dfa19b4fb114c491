import { asArray, asObject } from '../../../core/model';
import type { CertifyRule } from '../types';

export const tagRedefined: CertifyRule = {
  id: 'TagRedefined',
  microsoft: true,
  category: 'structure',
  severity: 'error',
  readsElsewhere: 'document',
  description: 'Each tag in the root "tags" list is declared once.',
  check(_ctx, report) {
    return {
      onDocument(root) {
        const seen = new Set<string>();
        asArray(root.tags).forEach((t, i) => {
          const name = asObject(t)?.name;
          if (typeof name !== 'string') return;
          if (seen.has(name)) report({ pointer: `/tags/${i}/name`, message: `Tag "${name}" is declared more than once.` });
          seen.add(name);
        });
      },
    };
  },
};
