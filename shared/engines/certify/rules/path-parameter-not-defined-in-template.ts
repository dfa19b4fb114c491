import type { CertifyRule } from '../types';
import { pathVariables } from './operation-path-template-not-valid';

export const pathParameterNotDefinedInTemplate: CertifyRule = {
  id: 'PathParameterNotDefinedInTemplate',
  microsoft: true,
  category: 'parameter',
  severity: 'error',
  readsElsewhere: 'document',
  description: 'Every path parameter appears as {name} in the path.',
  check(_ctx, report) {
    return {
      onParameter(p) {
        if (p.view.in !== 'path') return;
        const vars = pathVariables(p.operation.path);
        if (!vars || vars.includes(p.view.name)) return;
        report({
          pointer: `${p.target}/name`,
          message: `Path parameter "${p.view.name}" does not appear in the path ${p.operation.path}; add {${p.view.name}} to the path or change "in".`,
        });
      },
    };
  },
};
