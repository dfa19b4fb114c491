import type { CertifyRule } from '../types';

export const iconBrandColorInvalid: CertifyRule = {
  id: 'IconBrandColorInvalid',
  microsoft: false,
  requirement: 'BRAND-COLOR',
  category: 'properties',
  severity: 'error',
  description: 'iconBrandColor is a hex colour "#RRGGBB".',
  check(_ctx, report) {
    return {
      onApiProperties(props) {
        const c = props.iconBrandColor;
        if (typeof c !== 'string' || /^#[0-9a-fA-F]{6}$/.test(c)) return;
        report({
          file: 'properties',
          pointer: '/properties/iconBrandColor',
          message: `iconBrandColor "${c}" is not a colour of the form "#RRGGBB".`,
        });
      },
    };
  },
};
