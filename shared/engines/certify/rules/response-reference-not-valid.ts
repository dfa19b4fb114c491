import { describeRefProblem, refChecker } from '../reference-check';
import type { CertifyRule } from '../types';

export const responseReferenceNotValid: CertifyRule = {
  id: 'ResponseReferenceNotValid',
  microsoft: true,
  category: 'structure',
  severity: 'error',
  description: 'Response references ($ref) are local and point directly into #/responses/.',
  check(ctx, report) {
    const checkRef = refChecker(ctx.root, 'responses');
    return {
      onResponse(r) {
        const ref = r.view.ref;
        if (ref === undefined) return;
        const problem = checkRef(ref);
        if (problem && (problem === 'external' || problem === 'wrong-section'))
          report({ pointer: `${r.pointer}/$ref`, message: describeRefProblem(ref, problem, 'responses') });
      },
    };
  },
};
