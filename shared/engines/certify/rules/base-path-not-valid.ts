import { replaceValueFix } from '../fixes';
import type { CertifyRule } from '../types';

export const basePathNotValid: CertifyRule = {
  id: 'BasePathNotValid',
  microsoft: true,
  category: 'structure',
  severity: 'error',
  description: '"basePath" starts with "/".',
  check(ctx, report) {
    return {
      onSchemaError(e) {
        if (e.file !== 'definition' || e.instancePath !== '/basePath' || e.keyword !== 'pattern') return false;
        const basePath = ctx.root.basePath;
        report({
          pointer: '/basePath',
          message: `basePath "${String(basePath)}" must start with "/".`,
          ...(typeof basePath === 'string' && !/^[a-z]+:/i.test(basePath) ? { fix: (fc) => replaceValueFix(fc, `/${basePath}`) } : {}),
        });
        return true;
      },
    };
  },
};
