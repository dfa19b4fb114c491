import { describeRefProblem, refChecker } from '../reference-check';
import type { CertifyRule } from '../types';

export const parameterReferenceNotValid: CertifyRule = {
  id: 'ParameterReferenceNotValid',
  microsoft: true,
  category: 'structure',
  severity: 'error',
  description: 'Parameter references ($ref) are local and point directly into #/parameters/.',
  check(ctx, report) {
    const checkRef = refChecker(ctx.root, 'parameters');
    return {
      onParameter(p) {
        const ref = p.view.ref;
        if (ref === undefined) return;
        const problem = checkRef(ref);
        if (problem && (problem === 'external' || problem === 'wrong-section'))
          report({ pointer: `${p.pointer}/$ref`, message: describeRefProblem(ref, problem, 'parameters') });
      },
    };
  },
};
