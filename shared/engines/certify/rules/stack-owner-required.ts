import { forCertification } from '../profiles';
import type { CertifyRule } from '../types';

export const stackOwnerRequired: CertifyRule = {
  id: 'StackOwnerRequired',
  microsoft: false,
  requirement: 'STACKOWNER',
  category: 'properties',
  severity: forCertification('warning'),
  description: 'apiProperties.json names the stackOwner: the owner of the service the connector calls.',
  check(_ctx, report) {
    return {
      onApiProperties(props, present) {
        if (!present) return;
        const s = props.stackOwner;
        if (typeof s === 'string' && s.trim() !== '' && !/^name of the owner/i.test(s)) return;
        report({
          file: 'properties',
          pointer: s === undefined ? '/properties' : '/properties/stackOwner',
          at: s === undefined ? 'key' : 'value',
          message: 'Set "stackOwner" to the owner of the service or product behind the API.',
        });
      },
    };
  },
};
