import { forCertification } from '../profiles';
import type { CertifyRule, ResponseNode } from '../types';

// Made once: a callback made per operation died with it, and its optimized code at each full GC.
const isSuccess = (r: ResponseNode) => /^2\d\d$/.test(r.status);

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
        const responses = op.responses;
        if (!responses.length || responses.some(isSuccess)) return;
        // Joined by hand: the array map made reached join with a map the hook's code had not seen.
        let only = responses[0]!.status;
        for (let i = 1; i < responses.length; i++) only += `, ${responses[i]!.status}`;
        report({
          pointer: `${op.pointer}/responses`,
          at: 'key',
          message: `Operation ${op.view.operationId ?? op.path} has no 2xx response (only ${only}); describe the success response as "200" (or 201, 202, 204) with its schema.`,
        });
      },
    };
  },
};
