import { asObject } from '../../../core/model';
import { replaceValueFix } from '../fixes';
import { forCertification } from '../profiles';
import type { CertifyRule } from '../types';

export const valueMustEndWithAlphanumeric: CertifyRule = {
  id: 'ValueMustEndWithAlphanumeric',
  microsoft: true,
  requirement: 'TITLE-END-ALNUM',
  category: 'metadata',
  severity: forCertification('error'),
  description: 'The title ends with a letter, a digit or a closing parenthesis: no space, line break or punctuation.',
  check(_ctx, report) {
    return {
      onDocument(root) {
        const title = asObject(root.info)?.title;
        if (typeof title !== 'string' || title === '' || /[\p{L}\p{N})]$/u.test(title)) return;
        const trimmed = title.replace(/[^\p{L}\p{N})]+$/u, '');
        report({
          pointer: '/info/title',
          message: `The title "${title}" must end with a letter or digit.`,
          ...(trimmed ? { fix: (fc) => replaceValueFix(fc, trimmed, `Change the title to "${trimmed}"`) } : {}),
        });
      },
    };
  },
};
