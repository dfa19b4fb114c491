import { replaceValueFix } from '../fixes';
import type { CertifyRule } from '../types';

export const specificationVersionIncorrect: CertifyRule = {
  id: 'SpecificationVersionIncorrect',
  microsoft: true,
  category: 'structure',
  severity: 'error',
  description: 'The definition is Swagger 2.0 ("swagger": "2.0"); Power Platform reads no other version.',
  check(ctx, report) {
    return {
      onDocument(root) {
        if (ctx.definition?.value === undefined) return;
        const v = root.swagger;
        if (v === '2.0') return;
        if (v === undefined) {
          const oas3 = typeof root.openapi === 'string';
          report({
            pointer: oas3 ? '/openapi' : '',
            at: 'key',
            message: oas3
              ? `This is an OpenAPI ${String(root.openapi)} document; Power Platform needs Swagger 2.0 ("swagger": "2.0"). Convert it (import it into the studio) first.`
              : 'The definition has no "swagger" property; Power Platform needs Swagger 2.0 ("swagger": "2.0").',
          });
          return;
        }
        report({
          pointer: '/swagger',
          message: `"swagger" is ${JSON.stringify(v)}; Power Platform needs "2.0".`,
          ...(v === 2 || v === '2' || v === 2.0 ? { fix: (fc) => replaceValueFix(fc, '2.0') } : {}),
        });
      },
      onSchemaError: (e) =>
        e.file === 'definition' && (e.instancePath === '/swagger' || (e.instancePath === '' && e.params.missingProperty === 'swagger')),
    };
  },
};
