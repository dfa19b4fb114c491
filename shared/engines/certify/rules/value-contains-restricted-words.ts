import { asObject } from '../../../core/model';
import { forCertification } from '../profiles';
import type { CertifyRule } from '../types';

/**
 * The words Microsoft's validator refuses in a connector title. Its log names exactly these two:
 * "The value 'title' contains at least one of the restricted words: 'api, connector'. ValuePath:
 * /info/title" (PowerPlatformConnectors#3407, 2024-04; #4041, 2025-12), while the same log lists
 * product names only for the description. Four accepted titles predate it (MCAS Connector, Dokobit
 * Universal API, Hashtag API, Monster API): an error, each explained in the corpus snapshot.
 * Product names in a title are a reviewer requirement (TitleContainsProductName, a warning).
 */
export const RESTRICTED_TITLE_WORDS = ['API', 'Connector'];

/** Microsoft's product names, which certification asks connector titles and descriptions not to use. */
export const PRODUCT_NAMES = [
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

/** Any of `words` as a whole word, ignoring case and the spaces inside it ("PowerBI"); group 2 is the word. */
export function wordsPattern(words: readonly string[]): RegExp {
  return new RegExp(`(^|[^A-Za-z0-9])(${words.map((w) => w.replace(/ /g, '\\s*')).join('|')})(?=$|[^A-Za-z0-9])`, 'i');
}

const PATTERN = wordsPattern(RESTRICTED_TITLE_WORDS);

export const valueContainsRestrictedWords: CertifyRule = {
  id: 'ValueContainsRestrictedWords',
  microsoft: true,
  requirement: 'TITLE-BANNED',
  category: 'metadata',
  severity: forCertification('error'),
  description: `The title does not contain ${RESTRICTED_TITLE_WORDS.map((w) => `"${w}"`).join(' or ')}.`,
  check(_ctx, report) {
    return {
      onDocument(root) {
        const title = asObject(root.info)?.title;
        if (typeof title !== 'string') return;
        const m = PATTERN.exec(title);
        if (!m) return;
        report({
          pointer: '/info/title',
          message: `The title "${title}" contains "${m[2]}", which Microsoft's validator does not allow in a connector name; name the service instead.`,
        });
      },
    };
  },
};
