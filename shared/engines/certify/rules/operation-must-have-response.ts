import type { CertifyRule } from '../types';

export const operationMustHaveResponse: CertifyRule = {
  id: 'OperationMustHaveResponse',
  microsoft: true,
  category: 'response',
  severity: 'warning',
  description:
    'An operation lists at least one response (a status code or "default"). Microsoft has accepted connectors without, so this is a warning.',
  check(_ctx, report) {
    return {
      onSchemaError(e) {
        if (e.file !== 'definition' || !/\/responses$/.test(e.instancePath) || (e.keyword !== 'minProperties' && e.keyword !== 'not'))
          return false;
        // `minProperties` and `not` both fire for an empty object: report once.
        report({
          pointer: e.instancePath,
          at: 'key',
          message: 'The operation lists no response; add at least the success response (e.g. "200") with a description and schema.',
        });
        return true;
      },
    };
  },
};
