import { closestMatch } from '../edit-distance';
import { renameKeyFix } from '../fixes';
import { memberPointer, placeOfError } from '../structure-errors';
import type { CertifyRule } from '../types';

export const additionalPropertyNotAllowed: CertifyRule = {
  id: 'AdditionalPropertyNotAllowed',
  microsoft: true,
  category: 'structure',
  severity: 'error',
  description: 'A key that Swagger 2.0 does not define at this place of the definition.',
  check(_ctx, report) {
    return {
      onSchemaError(e) {
        const key = e.params.additionalProperty;
        if (e.file !== 'definition' || e.keyword !== 'additionalProperties' || typeof key !== 'string') return false;
        const place = placeOfError(e);
        const pointer = memberPointer(e);
        if (place.label === 'paths') return false; // OperationPathMustStartWithSlash
        const meant = place.keys ? closestMatch(key, place.keys) : undefined;
        report({
          pointer,
          at: 'key',
          message: meant
            ? `"${key}" is not allowed in ${place.label}; did you mean "${meant}"?`
            : `"${key}" is not allowed in ${place.label}.${place.keys ? ` Expected keys: ${place.keys.join(', ')}, or vendor extensions (x-…).` : ''}`,
          ...(meant ? { fix: (fc) => renameKeyFix(fc, meant) } : {}),
        });
        return true;
      },
    };
  },
};
