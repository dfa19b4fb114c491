import { forCertification } from '../profiles';
import type { CertifyRule, ResponseNode } from '../types';

const hasSchema = (r: ResponseNode) => r.value?.schema !== undefined && r.status !== 'default';

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
        const withSchema = op.responses.filter(hasSchema);
        report({
          pointer: `${op.pointer}/responses`,
          at: 'key',
          message: `Responses ${withSchema.map((r) => r.status).join(', ')} all have schemas; the designer uses only one for the outputs.`,
        });
      },
    };
  },
};
