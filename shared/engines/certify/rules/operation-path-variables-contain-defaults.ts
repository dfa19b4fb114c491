import { removeFix } from '../fixes';
import { forCertification } from '../profiles';
import { SchemaKey, type CertifyRule } from '../types';

export const operationPathVariablesContainDefaults: CertifyRule = {
  id: 'OperationPathVariablesContainDefaults',
  microsoft: true,
  category: 'parameter',
  // About 40 accepted connectors carry such defaults, so Microsoft's validator does not block on
  // it: a warning for certification, information for a custom connector.
  severity: forCertification('warning', 'info'),
  description: 'A path parameter a user fills in has no default (an internal one needs its default).',
  check(_ctx, report) {
    const seen = new Set<string>();
    return {
      // Only parameters with a "default" (its key bit; few have one): the walk passes the others by,
      // and "default" is not read by name from objects of thousands of shapes.
      parameterKeys: SchemaKey.Default,
      onParameter(p) {
        // An internal path parameter is a fixed segment: InternalParameterRequiresDefault asks for the default.
        if (!(p.keys & SchemaKey.Default) || p.view.in !== 'path' || p.view.visibility === 'internal' || seen.has(p.target)) return;
        seen.add(p.target);
        const at = `${p.target}/default`;
        report({
          pointer: at,
          message: `Path parameter "${p.view.name}" has a default; a path segment the user fills in has none (make it internal if it is fixed).`,
          fix: (fc) => removeFix(fc, at, 'Remove the default'),
        });
      },
    };
  },
};
