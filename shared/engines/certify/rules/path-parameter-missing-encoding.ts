import { setValueFix } from '../fixes';
import { forCertification } from '../profiles';
import type { CertifyRule } from '../types';

export const pathParameterMissingEncoding: CertifyRule = {
  id: 'PathParameterMissingEncoding',
  microsoft: true,
  category: 'parameter',
  // Microsoft shows this as a warning; about 1,800 accepted path parameters have no encoding.
  severity: forCertification('warning'),
  description: 'Path parameters say how they are URL-encoded (x-ms-url-encoding: single or double).',
  check(_ctx, report) {
    return {
      onParameter(p) {
        if (p.view.in !== 'path' || !p.value || p.value['x-ms-url-encoding'] !== undefined) return;
        report({
          pointer: p.target,
          at: 'key',
          message: `Path parameter "${p.view.name}" has no x-ms-url-encoding; set "single" (or "double" when the value may contain "/").`,
          fix: (fc) => setValueFix(fc, `${p.target}/x-ms-url-encoding`, 'single', 'Add "x-ms-url-encoding": "single"'),
        });
      },
    };
  },
};
