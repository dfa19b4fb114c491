import { memberPointer, placeOfError } from '../structure-errors';
import type { CertifyRule } from '../types';

export const requiredPropertyMissing: CertifyRule = {
  id: 'RequiredPropertyMissing',
  microsoft: true,
  category: 'structure',
  severity: 'error',
  description: 'A property that Swagger 2.0, an extension or apiProperties.json requires is missing.',
  check(_ctx, report) {
    return {
      onSchemaError(e) {
        if (e.keyword === 'anyOf' && e.instancePath.endsWith('/x-ms-dynamic-values')) {
          report({
            file: e.file,
            pointer: e.instancePath,
            at: 'key',
            message: "The 'operationId' property is required in x-ms-dynamic-values (or 'builtInOperation' / 'capability').",
          });
          return true;
        }
        const name = e.params.missingProperty;
        if (e.keyword !== 'required' || typeof name !== 'string') return false;
        report({
          file: e.file,
          pointer: e.instancePath,
          subject: memberPointer(e),
          at: 'key',
          message: `The '${name}' property is required in ${placeOfError(e).label}.`,
        });
        return true;
      },
    };
  },
};
