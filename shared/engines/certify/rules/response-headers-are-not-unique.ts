import { asObject } from '../../../core/model';
import { escapeSegment } from '../../../core/text';
import type { CertifyRule } from '../types';

export const responseHeadersAreNotUnique: CertifyRule = {
  id: 'ResponseHeadersAreNotUnique',
  microsoft: true,
  category: 'response',
  severity: 'error',
  description: 'Response header names are unique regardless of case.',
  check(_ctx, report) {
    return {
      onResponse(r) {
        const headers = asObject(r.value?.headers);
        if (!headers) return;
        const seen = new Set<string>();
        for (const name of Object.keys(headers)) {
          const key = name.toLowerCase();
          if (seen.has(key))
            report({
              pointer: `${r.target}/headers/${escapeSegment(name)}`,
              at: 'key',
              message: `Response header "${name}" is declared twice (header names ignore case).`,
            });
          seen.add(key);
        }
      },
    };
  },
};
