import { errorSegments } from '../structure-errors';
import type { CertifyRule } from '../types';

export const securitySchemePropertyRequired: CertifyRule = {
  id: 'SecuritySchemePropertyRequired',
  microsoft: true,
  category: 'security',
  severity: 'error',
  description: 'A security definition has the properties its type needs (apiKey: name and in; oauth2: flow and its URLs).',
  check(_ctx, report) {
    return {
      onSchemaError(e) {
        const segs = errorSegments(e);
        if (e.file !== 'definition' || e.keyword !== 'required' || segs[0] !== 'securityDefinitions' || segs.length !== 2) return false;
        report({
          pointer: e.instancePath,
          at: 'key',
          message: `Security definition "${segs[1]}" needs "${String(e.params.missingProperty)}".`,
        });
        return true;
      },
    };
  },
};
