import { asObject } from '../../../core/model';
import type { CertifyRule } from '../types';

export const invalidNextLinkNameValue: CertifyRule = {
  id: 'InvalidNextLinkNameValue',
  microsoft: true,
  category: 'operation',
  severity: 'error',
  description: 'x-ms-pageable.nextLinkName is "nextLink" or "@odata.nextLink".',
  check(_ctx, report) {
    return {
      onOperation(op) {
        const pageable = asObject(op.value['x-ms-pageable']);
        const name = pageable?.nextLinkName;
        if (typeof name !== 'string' || name === 'nextLink' || name === '@odata.nextLink') return;
        report({
          pointer: `${op.pointer}/x-ms-pageable/nextLinkName`,
          message: `nextLinkName "${name}" is not supported: use "nextLink" or "@odata.nextLink" (an updatenextlink policy can rename the response property).`,
        });
      },
    };
  },
};
