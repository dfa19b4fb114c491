import { asArray, asObject } from '../../../core/model';
import { escapeSegment } from '../../../core/text';
import type { CertifyRule } from '../types';

export const securityRequirementMustBeDefined: CertifyRule = {
  id: 'SecurityRequirementMustBeDefined',
  microsoft: true,
  category: 'security',
  // Accepted connectors name undefined schemes (the platform takes auth from apiProperties): a warning.
  severity: 'warning',
  readsElsewhere: 'document',
  description: 'Each name in a "security" requirement is a key of securityDefinitions.',
  check(ctx, report) {
    const defs = asObject(ctx.root.securityDefinitions) ?? {};
    const check = (list: unknown, pointer: string) => {
      asArray(list).forEach((req, i) => {
        for (const name of Object.keys(asObject(req) ?? {})) {
          if (!(name in defs))
            report({
              pointer: `${pointer}/${i}/${escapeSegment(name)}`,
              at: 'key',
              message: `Security requirement "${name}" is not defined in securityDefinitions${Object.keys(defs).length ? ` (defined: ${Object.keys(defs).join(', ')})` : ''}.`,
            });
        }
      });
    };
    return {
      onDocument(root) {
        check(root.security, '/security');
      },
      onOperation(op) {
        // Most operations have no requirement of their own: no pointer to build for them.
        const security = op.value.security;
        if (Array.isArray(security)) check(security, `${op.pointer}/security`);
      },
    };
  },
};
