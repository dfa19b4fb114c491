import { asObject } from '../../../core/model';
import { forCertification } from '../profiles';
import type { CertifyRule } from '../types';
import { RESTRICTED_TITLE_WORDS } from './value-contains-restricted-words';

/** The platform's product names (the title's banned words without the generic "API" and "Connector"). */
const PRODUCT_NAMES = RESTRICTED_TITLE_WORDS.filter((w) => w !== 'API' && w !== 'Connector');
const PATTERN = new RegExp(`(^|[^A-Za-z0-9])(${PRODUCT_NAMES.map((w) => w.replace(/ /g, '\\s*')).join('|')})(?=$|[^A-Za-z0-9])`, 'i');

export const descriptionContainsProductName: CertifyRule = {
  id: 'DescriptionContainsProductName',
  microsoft: false,
  requirement: 'DESC-BANNED',
  category: 'metadata',
  severity: forCertification('warning'),
  description: `The connector description names no Microsoft product (${PRODUCT_NAMES.join(', ')}).`,
  check(_ctx, report) {
    return {
      onDocument(root) {
        const d = asObject(root.info)?.description;
        if (typeof d !== 'string') return;
        const m = PATTERN.exec(d);
        if (!m) return;
        report({
          pointer: '/info/description',
          message: `The connector description names "${m[2]}"; certification asks that it describe the service, not the Microsoft products it is used from.`,
        });
      },
    };
  },
};
