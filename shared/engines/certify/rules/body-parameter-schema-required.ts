import { valueAt } from '../../../core/text';
import type { CertifyRule } from '../types';

export const bodyParameterSchemaRequired: CertifyRule = {
  id: 'BodyParameterSchemaRequired',
  microsoft: true,
  category: 'parameter',
  severity: 'error',
  description: 'A body parameter has a schema.',
  check(ctx, report) {
    return {
      onSchemaError(e) {
        if (e.file !== 'definition' || e.keyword !== 'required' || e.params.missingProperty !== 'schema') return false;
        if (valueAt(ctx.root, `${e.instancePath}/in`) !== 'body') return false;
        report({
          pointer: e.instancePath,
          at: 'key',
          message: 'This body parameter has no schema; describe the request body with "schema".',
        });
        return true;
      },
    };
  },
};
