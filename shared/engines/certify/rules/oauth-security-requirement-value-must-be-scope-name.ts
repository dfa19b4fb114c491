import { asArray, asObject } from '../../../core/model';
import { escapeSegment } from '../../../core/text';
import type { CertifyRule } from '../types';

export const oAuthSecurityRequirementValueMustBeScopeName: CertifyRule = {
  id: 'OAuthSecurityRequirementValueMustBeScopeName',
  microsoft: true,
  category: 'security',
  // The connection's scopes come from apiProperties; accepted connectors list others here: a warning.
  severity: 'warning',
  readsElsewhere: 'document',
  description: 'The scopes of an OAuth 2.0 security requirement are declared in its security definition.',
  check(ctx, report) {
    const defs = asObject(ctx.root.securityDefinitions) ?? {};
    const check = (list: unknown, pointer: string) => {
      asArray(list).forEach((req, i) => {
        for (const [name, scopes] of Object.entries(asObject(req) ?? {})) {
          const def = asObject(defs[name]);
          if (def?.type !== 'oauth2') continue;
          const declared = asObject(def.scopes) ?? {};
          asArray(scopes).forEach((s, j) => {
            if (typeof s === 'string' && !(s in declared))
              report({
                pointer: `${pointer}/${i}/${escapeSegment(name)}/${j}`,
                message: `Scope "${s}" is not declared in securityDefinitions.${name}.scopes.`,
              });
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
