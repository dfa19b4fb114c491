import { asObject } from '../../../core/model';
import { escapeSegment } from '../../../core/text';
import type { CertifyRule } from '../types';
import { member } from '../value-checks';

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
    // Loops rather than forEach and Object.entries: no closures and pairs per requirement. Reads by
    // name through member(): a read of its own, first reached for a rare oauth2 requirement, had
    // no feedback and threw the optimized hook away in every run.
    const check = (list: unknown, pointer: string) => {
      if (!Array.isArray(list)) return;
      for (let i = 0; i < list.length; i++) {
        const req = asObject(list[i]);
        if (!req) continue;
        for (const name in req) {
          const def = asObject(member(defs, name));
          if (def?.type !== 'oauth2') continue;
          const scopes = member(req, name);
          if (!Array.isArray(scopes)) continue;
          const declared = asObject(def.scopes) ?? {};
          for (let j = 0; j < scopes.length; j++) {
            const s = scopes[j];
            if (typeof s === 'string' && !(s in declared))
              report({
                pointer: `${pointer}/${i}/${escapeSegment(name)}/${j}`,
                message: `Scope "${s}" is not declared in securityDefinitions.${name}.scopes.`,
              });
          }
        }
      }
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
