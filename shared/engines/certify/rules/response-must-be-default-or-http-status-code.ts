import { memberPointer } from '../structure-errors';
import type { CertifyRule } from '../types';

export const responseMustBeDefaultOrHttpStatusCode: CertifyRule = {
  id: 'ResponseMustBeDefaultOrHttpStatusCode',
  microsoft: true,
  category: 'response',
  severity: 'error',
  description: 'Response keys are three-digit HTTP status codes or "default".',
  check(_ctx, report) {
    return {
      onSchemaError(e) {
        const key = e.params.additionalProperty;
        if (
          e.file !== 'definition' ||
          e.keyword !== 'additionalProperties' ||
          typeof key !== 'string' ||
          !/\/responses$/.test(e.instancePath)
        )
          return false;
        if (key.startsWith('x-')) return false;
        report({
          pointer: memberPointer(e),
          at: 'key',
          message: `Response "${key}" is neither an HTTP status code (e.g. "200") nor "default".`,
        });
        return true;
      },
    };
  },
};
