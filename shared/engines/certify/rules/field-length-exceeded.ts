import { asObject } from '../../../core/model';
import type { CertifyRule } from '../types';

export const TITLE_MAX_LENGTH = 30;

export const fieldLengthExceeded: CertifyRule = {
  id: 'FieldLengthExceeded',
  microsoft: true,
  requirement: 'TITLE-MAXLEN-30',
  category: 'metadata',
  severity: { custom: 'warning', certified: 'error', 'independent-publisher': 'error' },
  description: `The connector title (info.title) is at most ${TITLE_MAX_LENGTH} characters.`,
  check(_ctx, report) {
    return {
      onDocument(root) {
        const title = asObject(root.info)?.title;
        if (typeof title !== 'string' || title.length <= TITLE_MAX_LENGTH) return;
        report({
          pointer: '/info/title',
          message: `The title "${title}" has ${title.length} characters; connector names are at most ${TITLE_MAX_LENGTH}.`,
        });
      },
    };
  },
};
