import { checkRef, describeRefProblem } from '../reference-check';
import type { CertifyRule } from '../types';

export const responseReferenceNotValid: CertifyRule = {
  id: 'ResponseReferenceNotValid',
  microsoft: true,
  category: 'structure',
  severity: 'error',
  description: 'Response references ($ref) are local and point directly into #/responses/.',
  check(ctx, report) {
    return {
      onResponse(r) {
        const ref = r.view.ref;
        if (ref === undefined) return;
        const problem = checkRef(ctx.root, ref, 'responses');
        if (problem && (problem === 'external' || problem === 'wrong-section'))
          report({ pointer: `${r.pointer}/$ref`, message: describeRefProblem(ref, problem, 'responses') });
      },
    };
  },
};
