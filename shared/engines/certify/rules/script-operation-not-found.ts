import { asArray } from '../../../core/model';
import type { CertifyRule } from '../types';

export const scriptOperationNotFound: CertifyRule = {
  id: 'ScriptOperationNotFound',
  microsoft: false,
  requirement: 'Custom code: scriptOperations lists operations of the connector (paconn README)',
  category: 'properties',
  severity: 'warning',
  readsElsewhere: 'connector',
  description: 'The operations listed in scriptOperations exist.',
  check(ctx, report) {
    return {
      onApiProperties(props) {
        asArray(props.scriptOperations).forEach((id, i) => {
          if (typeof id === 'string' && !ctx.operationsById.has(id)) {
            report({
              file: 'properties',
              pointer: `/properties/scriptOperations/${i}`,
              message: `scriptOperations names "${id}", which is not an operation of this connector.`,
            });
          }
        });
      },
    };
  },
};
