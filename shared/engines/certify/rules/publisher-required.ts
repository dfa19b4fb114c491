import { forCertification } from '../profiles';
import type { CertifyRule } from '../types';

export const publisherRequired: CertifyRule = {
  id: 'PublisherRequired',
  microsoft: false,
  requirement: 'PUBLISHER',
  category: 'properties',
  // Many accepted (older) connectors have none: a warning.
  severity: forCertification('warning'),
  description: 'apiProperties.json names the publisher: the company (certified) or the person or company (independent publisher).',
  check(ctx, report) {
    return {
      onApiProperties(props, present) {
        if (!present) return;
        const p = props.publisher;
        if (typeof p === 'string' && p.trim() !== '' && !/^name of (the )?company/i.test(p)) return;
        report({
          file: 'properties',
          pointer: p === undefined ? '/properties' : '/properties/publisher',
          at: p === undefined ? 'key' : 'value',
          message:
            ctx.profile === 'independent-publisher'
              ? 'Set "publisher" to your name (or company): the independent publisher of this connector.'
              : 'Set "publisher" to the company that publishes the connector.',
        });
      },
    };
  },
};
