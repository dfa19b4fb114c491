import { valueAt } from '../../../core/text';
import { errorSegments } from '../structure-errors';
import type { CertifyRule } from '../types';

export const policyTemplateParameterMissing: CertifyRule = {
  id: 'PolicyTemplateParameterMissing',
  microsoft: false,
  requirement: 'Policy templates: required template parameters (connectors.md section 4)',
  category: 'policy',
  severity: 'error',
  description: 'A policy template instance sets every parameter its template requires.',
  check(ctx, report) {
    return {
      onSchemaError(e) {
        if (e.file !== 'properties' || e.keyword !== 'required') return false;
        const segs = errorSegments(e);
        if (segs[1] !== 'policyTemplateInstances' || segs[3] !== 'parameters' || segs.length !== 4) return false;
        const name = String(e.params.missingProperty);
        const templateId = valueAt(ctx.properties?.value, `/properties/policyTemplateInstances/${segs[2]}/templateId`);
        report({
          file: 'properties',
          pointer: e.instancePath,
          at: 'key',
          message: `Policy template "${String(templateId)}" needs the parameter "${name}".`,
        });
        return true;
      },
    };
  },
};
