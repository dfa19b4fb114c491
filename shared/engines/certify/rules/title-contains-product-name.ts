import { asObject } from '../../../core/model';
import { forCertification } from '../profiles';
import type { CertifyRule } from '../types';
import { PRODUCT_NAMES, wordsPattern } from './value-contains-restricted-words';

const PATTERN = wordsPattern(PRODUCT_NAMES);

/**
 * A warning: the submission guidelines ask that a title name no Microsoft product (connectors.md
 * 5.1, TITLE-BANNED), but Microsoft's validator refuses only "API" and "Connector" in titles (its
 * log lists those two, ValueContainsRestrictedWords), and accepted certified connectors are titled
 * "Cards for Power Apps" and "Robots for Power BI". Reviewers may still ask for a new name.
 */
export const titleContainsProductName: CertifyRule = {
  id: 'TitleContainsProductName',
  microsoft: false,
  requirement: 'TITLE-BANNED',
  category: 'metadata',
  severity: forCertification('warning'),
  description: `The connector title names no Microsoft product (${PRODUCT_NAMES.join(', ')}).`,
  check(_ctx, report) {
    return {
      onDocument(root) {
        const title = asObject(root.info)?.title;
        if (typeof title !== 'string') return;
        const m = PATTERN.exec(title);
        if (!m) return;
        report({
          pointer: '/info/title',
          message: `The title "${title}" names "${m[2]}"; certification asks that a connector be named for its service, not the Microsoft products it is used from.`,
        });
      },
    };
  },
};
