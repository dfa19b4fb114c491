import { checkRef, describeRefProblem } from '../reference-check';
import type { CertifyRule } from '../types';

export const parameterReferenceNotValid: CertifyRule = {
  id: 'ParameterReferenceNotValid',
  microsoft: true,
  category: 'structure',
  severity: 'error',
  description: 'Parameter references ($ref) are local and point directly into #/parameters/.',
  check(ctx, report) {
    return {
      onParameter(p) {
        const ref = p.view.ref;
        if (ref === undefined) return;
        const problem = checkRef(ctx.root, ref, 'parameters');
        if (problem && (problem === 'external' || problem === 'wrong-section'))
          report({ pointer: `${p.pointer}/$ref`, message: describeRefProblem(ref, problem, 'parameters') });
      },
    };
  },
};
