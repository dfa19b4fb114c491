import { describeRefProblem, refChecker } from '../reference-check';
import { SchemaKey, type CertifyRule } from '../types';
import { member } from '../value-checks';

export const schemaReferenceNotFound: CertifyRule = {
  id: 'SchemaReferenceNotFound',
  microsoft: true,
  category: 'structure',
  severity: 'error',
  readsElsewhere: 'document',
  description: 'Schema references ($ref) resolve to an existing schema.',
  check(ctx, report) {
    const checkRef = refChecker(ctx.root, 'definitions');
    return {
      schemaKeys: SchemaKey.Ref,
      onSchema(s) {
        if (!(s.keys & SchemaKey.Ref)) return;
        const ref = member(s.value, '$ref');
        if (typeof ref !== 'string') return;
        const problem = checkRef(ref);
        if (problem && (problem === 'not-found' || problem === 'loop'))
          report({ pointer: `${s.pointer}/$ref`, message: describeRefProblem(ref, problem, 'definitions') });
      },
    };
  },
};
