import { forCertification } from '../profiles';
import type { CertifyRule } from '../types';

export const apiPropertiesMissing: CertifyRule = {
  id: 'ApiPropertiesMissing',
  microsoft: false,
  requirement: 'Connector folder layout: apiProperties.json beside the definition (connectors.md 2.1)',
  category: 'properties',
  severity: forCertification('error', 'info'),
  description: 'The connector has an apiProperties.json (brand colour, connection parameters, policies).',
  check(ctx, report) {
    return {
      onApiProperties(_props, present) {
        if (present || ctx.definition === undefined) return;
        report({
          file: 'properties',
          pointer: '',
          message:
            'The connector has no apiProperties.json; add one with iconBrandColor, publisher, stackOwner and the connection parameters.',
        });
      },
    };
  },
};
