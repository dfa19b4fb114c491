import { asArray } from '../../../core/model';
import type { CertifyRule } from '../types';

export const schemeNotSupported: CertifyRule = {
  id: 'SchemeNotSupported',
  microsoft: true,
  category: 'structure',
  severity: 'error',
  description: 'WebSocket schemes (ws, wss) are not supported by connectors.',
  check(_ctx, report) {
    return {
      onDocument(root) {
        asArray(root.schemes).forEach((s, i) => {
          if (s === 'ws' || s === 'wss')
            report({
              pointer: `/schemes/${i}`,
              message: `Scheme "${s}" is not supported: connectors call HTTP APIs over https (or http).`,
            });
        });
      },
    };
  },
};
