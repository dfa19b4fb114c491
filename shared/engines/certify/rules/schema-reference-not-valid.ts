import { describeRefProblem, refChecker } from '../reference-check';
import { SchemaKey, type CertifyRule } from '../types';
import { member } from '../value-checks';

export const schemaReferenceNotValid: CertifyRule = {
  id: 'SchemaReferenceNotValid',
  microsoft: true,
  category: 'structure',
  severity: 'error',
  description: 'Schema references ($ref) are local and point directly into #/definitions/.',
  check(ctx, report) {
    const checkRef = refChecker(ctx.root, 'definitions');
    return {
      schemaKeys: SchemaKey.Ref,
      onSchema(s) {
        if (!(s.keys & SchemaKey.Ref)) return;
        const ref = member(s.value, '$ref');
        if (typeof ref !== 'string') return;
        const problem = checkRef(ref);
        if (problem && (problem === 'external' || problem === 'wrong-section'))
          report({ pointer: `${s.pointer}/$ref`, message: describeRefProblem(ref, problem, 'definitions') });
      },
    };
  },
};
