import { forCertification } from '../profiles';
import type { CertifyRule } from '../types';

export const operationShouldHaveSuccessfulResponse: CertifyRule = {
  id: 'OperationShouldHaveSuccessfulResponse',
  microsoft: true,
  requirement: 'RESP-NO-DEFAULT-ONLY',
  category: 'response',
  // Reviewers ask for it; dozens of accepted connectors have default-only responses.
  severity: forCertification('warning'),
  description: 'An operation describes its success response with a 2xx status code, not only "default".',
  check(_ctx, report) {
    return {
      onOperation(op) {
        if (!op.responses.length || op.responses.some((r) => /^2\d\d$/.test(r.status))) return;
        const only = op.responses.map((r) => r.status).join(', ');
        report({
          pointer: `${op.pointer}/responses`,
          at: 'key',
          message: `Operation ${op.view.operationId ?? op.path} has no 2xx response (only ${only}); describe the success response as "200" (or 201, 202, 204) with its schema.`,
        });
      },
    };
  },
};
