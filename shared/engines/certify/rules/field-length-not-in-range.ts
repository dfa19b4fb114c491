import { asObject } from '../../../core/model';
import { forCertification } from '../profiles';
import type { CertifyRule } from '../types';

export const DESCRIPTION_RANGE = [30, 500] as const;

export const fieldLengthNotInRange: CertifyRule = {
  id: 'FieldLengthNotInRange',
  microsoft: true,
  requirement: 'DESC-LEN',
  category: 'metadata',
  severity: forCertification('error'),
  description: `info.description is ${DESCRIPTION_RANGE[0]} to ${DESCRIPTION_RANGE[1]} characters.`,
  check(_ctx, report) {
    return {
      onDocument(root) {
        const info = asObject(root.info);
        if (!info) return;
        const d = info.description;
        const [min, max] = DESCRIPTION_RANGE;
        if (d === undefined) {
          report({
            pointer: '/info',
            at: 'key',
            message: `info has no description; certification needs one of ${min} to ${max} characters saying what the service does.`,
          });
        } else if (typeof d === 'string' && (d.length < min || d.length > max)) {
          report({
            pointer: '/info/description',
            message: `info.description has ${d.length} characters; certification needs ${min} to ${max}.`,
          });
        }
      },
    };
  },
};
