import { asArray, asObject } from '../../../core/model';
import { escapeSegment } from '../../../core/text';
import { setValueFix } from '../fixes';
import type { CertifyRule } from '../types';

export const securityRequirementMustHaveEmptyValue: CertifyRule = {
  id: 'SecurityRequirementMustHaveEmptyValue',
  microsoft: true,
  category: 'security',
  severity: 'error',
  readsElsewhere: 'document',
  description: 'A security requirement for a basic or apiKey scheme lists no scopes ([]).',
  check(ctx, report) {
    const defs = asObject(ctx.root.securityDefinitions) ?? {};
    const check = (list: unknown, pointer: string) => {
      asArray(list).forEach((req, i) => {
        for (const [name, scopes] of Object.entries(asObject(req) ?? {})) {
          const type = asObject(defs[name])?.type;
          if (type === undefined || type === 'oauth2' || !Array.isArray(scopes) || scopes.length === 0) continue;
          const at = `${pointer}/${i}/${escapeSegment(name)}`;
          report({
            pointer: at,
            message: `Security requirement "${name}" (${String(type)}) lists scopes; only OAuth 2.0 requirements have scopes. Use [].`,
            fix: (fc) => setValueFix(fc, at, [], 'Replace with []'),
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
