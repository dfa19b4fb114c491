import { asObject } from '../../../core/model';
import { setValueFix } from '../fixes';
import type { CertifyRule } from '../types';

export const infoDescriptionRequired: CertifyRule = {
  id: 'InfoDescriptionRequired',
  microsoft: false,
  requirement:
    "paconn create and update read info.description unconditionally (operations/upsert.py): without it they stop with KeyError: 'description'",
  category: 'metadata',
  // Under the certification profiles FieldLengthNotInRange reports the missing description as an
  // error already: one finding for one defect.
  severity: { custom: 'error', certified: 'off', 'independent-publisher': 'off' },
  description: 'info has a description (paconn cannot create or update a connector without one).',
  check(_ctx, report) {
    return {
      onDocument(root) {
        const info = asObject(root.info);
        if (!info || info.description !== undefined) return;
        const title = typeof info.title === 'string' && info.title.trim() ? info.title.trim() : 'the service';
        const draft = `Connects to ${title}.`;
        report({
          pointer: '/info',
          at: 'key',
          message:
            "info has no description: paconn create and update stop with KeyError: 'description'; add one saying what the service does.",
          fix: (fc) => setValueFix(fc, '/info/description', draft, `Add a description to complete ("${draft}")`),
        });
      },
    };
  },
};
