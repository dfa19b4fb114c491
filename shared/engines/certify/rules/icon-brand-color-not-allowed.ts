import { forCertification } from '../profiles';
import type { CertifyRule } from '../types';

export const iconBrandColorNotAllowed: CertifyRule = {
  id: 'IconBrandColorNotAllowed',
  microsoft: false,
  requirement: 'BRAND-COLOR',
  category: 'properties',
  severity: { ...forCertification('error'), 'independent-publisher': 'off' },
  description: 'A certified connector has its own brand colour: not white (#ffffff) and not the default blue (#007ee5).',
  check(_ctx, report) {
    return {
      onApiProperties(props) {
        const c = props.iconBrandColor;
        if (typeof c !== 'string') return;
        const lower = c.toLowerCase();
        if (lower === '#ffffff' || lower === '#007ee5') {
          report({
            file: 'properties',
            pointer: '/properties/iconBrandColor',
            message: `iconBrandColor ${c} is ${lower === '#ffffff' ? 'white' : 'the default blue'}; certification needs the background colour of your icon.`,
          });
        }
      },
    };
  },
};
