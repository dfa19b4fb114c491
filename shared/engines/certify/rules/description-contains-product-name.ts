import { asObject } from '../../../core/model';
import { forCertification } from '../profiles';
import type { CertifyRule } from '../types';
import { PRODUCT_NAMES, wordsPattern } from './value-contains-restricted-words';

const PATTERN = wordsPattern(PRODUCT_NAMES);

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
