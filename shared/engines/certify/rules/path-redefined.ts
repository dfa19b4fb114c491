import { escapeSegment } from '../../../core/text';
import type { CertifyRule } from '../types';

export const pathRedefined: CertifyRule = {
  id: 'PathRedefined',
  microsoft: true,
  category: 'operation',
  severity: 'error',
  readsElsewhere: 'document',
  description: 'No two paths differ only in letter case.',
  check(_ctx, report) {
    return {
      onDocument(root) {
        const paths = root.paths;
        if (paths === null || typeof paths !== 'object') return;
        const seen = new Map<string, string>();
        for (const p of Object.keys(paths)) {
          if (p.startsWith('x-')) continue;
          const key = p.toLowerCase();
          const first = seen.get(key);
          if (first !== undefined)
            report({
              pointer: `/paths/${escapeSegment(p)}`,
              at: 'key',
              message: `Path "${p}" repeats "${first}" with different letter case; the platform treats them as the same path.`,
            });
          else seen.set(key, p);
        }
      },
    };
  },
};
