import { memberPointer } from '../structure-errors';
import type { CertifyRule } from '../types';

export const connectionParameterNameNotValid: CertifyRule = {
  id: 'ConnectionParameterNameNotValid',
  microsoft: false,
  requirement: 'apiProperties.json schema: connection parameter names are [0-9a-zA-Z_]+, name:sub or token:TenantId',
  category: 'properties',
  severity: 'warning',
  description:
    'Connection parameter names use letters, digits and underscores ("name:sub" for a sub-parameter), so policies can refer to them.',
  check(_ctx, report) {
    return {
      onSchemaError(e) {
        const key = e.params.additionalProperty;
        if (
          e.file !== 'properties' ||
          e.keyword !== 'additionalProperties' ||
          typeof key !== 'string' ||
          !/\/connectionParameters$/.test(e.instancePath)
        )
          return false;
        report({
          file: 'properties',
          pointer: memberPointer(e),
          at: 'key',
          message: `Connection parameter name "${key}" is not valid: use letters, digits and underscores, so that @connectionParameters('${key.replace(/[^0-9A-Za-z_]+/g, '_')}') can refer to it.`,
        });
        return true;
      },
    };
  },
};
