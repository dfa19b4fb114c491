import { describeRefProblem, refChecker } from '../reference-check';
import type { CertifyRule } from '../types';

export const responseReferenceNotFound: CertifyRule = {
  id: 'ResponseReferenceNotFound',
  microsoft: true,
  category: 'structure',
  severity: 'error',
  readsElsewhere: 'document',
  description: 'Response references ($ref) resolve to an existing response.',
  check(ctx, report) {
    const checkRef = refChecker(ctx.root, 'responses');
    return {
      onResponse(r) {
        const ref = r.view.ref;
        if (ref === undefined) return;
        const problem = checkRef(ref);
        if (problem && (problem === 'not-found' || problem === 'loop'))
          report({ pointer: `${r.pointer}/$ref`, message: describeRefProblem(ref, problem, 'responses') });
      },
    };
  },
};
