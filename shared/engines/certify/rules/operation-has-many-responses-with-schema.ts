import { forCertification } from '../profiles';
import type { CertifyRule, ResponseNode } from '../types';
import { member } from '../value-checks';

const hasSchema = (r: ResponseNode) => r.status !== 'default' && r.value !== undefined && member(r.value, 'schema') !== undefined;

export const operationHasManyResponsesWithSchema: CertifyRule = {
  id: 'OperationHasManyResponsesWithSchema',
  microsoft: true,
  requirement: 'RESP-ONE-SCHEMA',
  category: 'response',
  severity: forCertification('info'),
  description: 'Only one response schema is used by the designer; others are ignored.',
  check(_ctx, report) {
    return {
      onOperation(op) {
        let count = 0;
        const responses = op.responses;
        for (let i = 0; i < responses.length; i++) if (hasSchema(responses[i]!)) count++;
        if (count < 2) return;
        // The statuses listed in a loop: filter and map made arrays whose maps the optimized hook
        // had not seen, and it was compiled again.
        let statuses = '';
        let listed = 0;
        for (let i = 0; i < responses.length; i++)
          if (hasSchema(responses[i]!)) statuses += listed++ === 0 ? responses[i]!.status : `, ${responses[i]!.status}`;
        report({
          pointer: `${op.pointer}/responses`,
          at: 'key',
          message: `Responses ${statuses} all have schemas; the designer uses only one for the outputs.`,
        });
      },
    };
  },
};
