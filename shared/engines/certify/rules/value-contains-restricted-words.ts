import { asObject } from '../../../core/model';
import { forCertification } from '../profiles';
import type { CertifyRule } from '../types';

/** Words a connector title may not use (certification-submission; "Copilot Studio" added on learn.microsoft.com). */
export const RESTRICTED_TITLE_WORDS = [
  'API',
  'Connector',
  'Copilot Studio',
  'Power Apps',
  'PowerApps',
  'Power Automate',
  'Power BI',
  'Power Pages',
  'Power Platform',
  'Power Virtual Agents',
  'Logic Apps',
  'Microsoft Flow',
];

const PATTERN = new RegExp(
  `(^|[^A-Za-z0-9])(${RESTRICTED_TITLE_WORDS.map((w) => w.replace(/ /g, '\\s*')).join('|')})(?=$|[^A-Za-z0-9])`,
  'i',
);

export const valueContainsRestrictedWords: CertifyRule = {
  id: 'ValueContainsRestrictedWords',
  microsoft: true,
  requirement: 'TITLE-BANNED',
  category: 'metadata',
  severity: forCertification('error'),
  description: `The title does not contain ${RESTRICTED_TITLE_WORDS.map((w) => `"${w}"`).join(', ')}.`,
  check(_ctx, report) {
    return {
      onDocument(root) {
        const title = asObject(root.info)?.title;
        if (typeof title !== 'string') return;
        const m = PATTERN.exec(title);
        if (!m) return;
        report({
          pointer: '/info/title',
          message: `The title "${title}" contains "${m[2]}", which certification does not allow in a connector name; name the service instead.`,
        });
      },
    };
  },
};
