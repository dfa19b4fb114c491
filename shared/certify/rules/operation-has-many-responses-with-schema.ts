import { forCertification } from '../profiles';
import type { CertifyRule } from '../types';

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
        const withSchema = op.responses.filter((r) => r.value?.schema !== undefined && r.status !== 'default');
        if (withSchema.length < 2) return;
        report({ pointer: `${op.pointer}/responses`, at: 'key', message: `Responses ${withSchema.map((r) => r.status).join(', ')} all have schemas; the designer uses only one for the outputs.` });
      },
    };
  },
};
