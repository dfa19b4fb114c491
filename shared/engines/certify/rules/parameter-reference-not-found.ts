import { describeRefProblem, refChecker } from '../reference-check';
import type { CertifyRule } from '../types';

export const parameterReferenceNotFound: CertifyRule = {
  id: 'ParameterReferenceNotFound',
  microsoft: true,
  category: 'structure',
  severity: 'error',
  readsElsewhere: 'document',
  description: 'Parameter references ($ref) resolve to an existing parameter.',
  check(ctx, report) {
    const checkRef = refChecker(ctx.root, 'parameters');
    return {
      onParameter(p) {
        const ref = p.view.ref;
        if (ref === undefined) return;
        const problem = checkRef(ref);
        if (problem && (problem === 'not-found' || problem === 'loop'))
          report({ pointer: `${p.pointer}/$ref`, message: describeRefProblem(ref, problem, 'parameters') });
      },
    };
  },
};
