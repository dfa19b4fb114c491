import type { CertifyRule } from '../types';

export const connectionIdParameterNotAllowed: CertifyRule = {
  id: 'ConnectionIdParameterNotAllowed',
  microsoft: true,
  category: 'parameter',
  severity: 'error',
  description: 'No parameter is named "connectionId": the platform reserves it.',
  check(_ctx, report) {
    return {
      onParameter(p) {
        if (p.view.name.toLowerCase() === 'connectionid')
          report({
            pointer: `${p.target}/name`,
            message: `"${p.view.name}" is reserved by the platform for the connection; rename the parameter.`,
          });
      },
    };
  },
};
