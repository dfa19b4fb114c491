import { closestMatch } from '../edit-distance';
import { renameKeyFix } from '../fixes';
import { memberPointer, placeOfError } from '../structure-errors';
import type { CertifyRule } from '../types';

export const apiPropertiesKeyNotAllowed: CertifyRule = {
  id: 'ApiPropertiesKeyNotAllowed',
  microsoft: false,
  requirement: 'apiProperties.json schema (paconn); keys it does not define are ignored',
  category: 'properties',
  // Microsoft's apiProperties validator has let such keys through ("script", "stackowner"): a warning.
  severity: 'warning',
  description: 'A key that apiProperties.json does not define at this place; the platform ignores it.',
  check(_ctx, report) {
    return {
      onSchemaError(e) {
        const key = e.params.additionalProperty;
        if (e.file !== 'properties' || e.keyword !== 'additionalProperties' || typeof key !== 'string') return false;
        const place = placeOfError(e);
        if (place.label === 'connectionParameters') return false; // ConnectionParameterNameNotValid
        const meant = place.keys ? closestMatch(key, place.keys) : undefined;
        report({
          file: 'properties',
          pointer: memberPointer(e),
          at: 'key',
          message: meant
            ? `"${key}" is not read in ${place.label}; did you mean "${meant}"?`
            : `"${key}" is not read in ${place.label}, so it has no effect.${place.keys ? ` Known keys: ${place.keys.join(', ')}.` : ''}`,
          ...(meant ? { fix: (fc) => renameKeyFix(fc, meant) } : {}),
        });
        return true;
      },
    };
  },
};
