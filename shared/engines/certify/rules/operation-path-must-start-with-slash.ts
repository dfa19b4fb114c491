import { renameKeyFix } from '../fixes';
import { memberPointer } from '../structure-errors';
import type { CertifyRule } from '../types';

export const operationPathMustStartWithSlash: CertifyRule = {
  id: 'OperationPathMustStartWithSlash',
  microsoft: true,
  category: 'operation',
  severity: 'error',
  description: 'Every key of "paths" starts with "/" (or is a vendor extension).',
  check(_ctx, report) {
    return {
      onSchemaError(e) {
        const key = e.params.additionalProperty;
        if (e.file !== 'definition' || e.instancePath !== '/paths' || e.keyword !== 'additionalProperties' || typeof key !== 'string')
          return false;
        report({
          pointer: memberPointer(e),
          at: 'key',
          message: `Path "${key}" must start with "/".`,
          ...(!key.startsWith('x-') ? { fix: (fc) => renameKeyFix(fc, `/${key}`) } : {}),
        });
        return true;
      },
    };
  },
};
