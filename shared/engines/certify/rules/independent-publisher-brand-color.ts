import { replaceValueFix, setValueFix } from '../fixes';
import type { CertifyRule } from '../types';

export const INDEPENDENT_PUBLISHER_COLOR = '#da3b01';

export const independentPublisherBrandColor: CertifyRule = {
  id: 'IndependentPublisherBrandColor',
  microsoft: false,
  requirement: 'BRAND-COLOR (independent publisher)',
  category: 'properties',
  severity: { custom: 'off', certified: 'off', 'independent-publisher': 'error' },
  description: `An independent publisher connector uses the brand colour ${INDEPENDENT_PUBLISHER_COLOR}.`,
  check(_ctx, report) {
    return {
      onApiProperties(props, present) {
        if (!present) return;
        const c = props.iconBrandColor;
        if (typeof c === 'string' && c.toLowerCase() === INDEPENDENT_PUBLISHER_COLOR) return;
        report({
          file: 'properties',
          pointer: c === undefined ? '/properties' : '/properties/iconBrandColor',
          at: c === undefined ? 'key' : 'value',
          message: `Independent publisher connectors use iconBrandColor "${INDEPENDENT_PUBLISHER_COLOR}"${c === undefined ? '' : ` (this one is ${JSON.stringify(c)})`}.`,
          fix: (fc) =>
            c === undefined
              ? setValueFix(
                  fc,
                  '/properties/iconBrandColor',
                  INDEPENDENT_PUBLISHER_COLOR,
                  `Set iconBrandColor to ${INDEPENDENT_PUBLISHER_COLOR}`,
                )
              : typeof c === 'string'
                ? replaceValueFix(fc, INDEPENDENT_PUBLISHER_COLOR)
                : undefined,
        });
      },
    };
  },
};
