import { escapeSegment } from '../../../core/text';
import type { CertifyRule } from '../types';

export const pathItemRefNotSuppored: CertifyRule = {
  // Microsoft's spelling.
  id: 'PathItemRefNotSuppored',
  microsoft: true,
  category: 'operation',
  severity: 'error',
  description: 'Path items are written out, not referenced with $ref.',
  check(_ctx, report) {
    return {
      onDocument(root) {
        const paths = root.paths;
        if (paths === null || typeof paths !== 'object') return;
        for (const [p, item] of Object.entries(paths)) {
          if (item !== null && typeof item === 'object' && '$ref' in item) {
            report({
              pointer: `/paths/${escapeSegment(p)}/$ref`,
              message: `Path "${p}" is a $ref; connectors do not support referenced path items. Write the operations out.`,
            });
          }
        }
      },
    };
  },
};
