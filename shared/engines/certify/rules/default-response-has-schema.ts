import { forCertification } from '../profiles';
import type { CertifyRule } from '../types';
import { member } from '../value-checks';

export const defaultResponseHasSchema: CertifyRule = {
  id: 'DefaultResponseHasSchema',
  microsoft: true,
  requirement: 'RESP-DEFAULT-NO-SCHEMA',
  category: 'response',
  severity: forCertification('warning'),
  description: 'The "default" response carries no schema: the designer takes outputs from the success response.',
  check(_ctx, report) {
    return {
      onResponse(r) {
        if (r.status !== 'default' || r.value === undefined || member(r.value, 'schema') === undefined) return;
        const hasSuccess = r.operation.responses.some((x) => /^2\d\d$/.test(x.status));
        report({
          pointer: `${r.target}/schema`,
          at: 'key',
          message: hasSuccess
            ? 'The "default" response has a schema; the designer does not use it. Put the output schema on the success response.'
            : 'The "default" response has a schema; move it to a "200" response so the designer shows the outputs.',
        });
      },
    };
  },
};
