import type { CertifyRule } from '../types';

export const independentPublisherIconNotAllowed: CertifyRule = {
  id: 'IndependentPublisherIconNotAllowed',
  microsoft: false,
  requirement: 'ICON (independent publisher: no icon; Microsoft applies a generic one)',
  category: 'properties',
  severity: { custom: 'off', certified: 'off', 'independent-publisher': 'error' },
  description: 'An independent publisher connector ships no icon.png.',
  check(ctx, report) {
    return {
      onApiProperties() {
        if (ctx.hasIcon)
          report({
            file: 'properties',
            pointer: '/properties',
            at: 'key',
            message: 'Independent publisher connectors have no icon.png (Microsoft applies a generic icon); remove it from the folder.',
          });
      },
    };
  },
};
