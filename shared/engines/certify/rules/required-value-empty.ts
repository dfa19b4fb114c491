import { asObject } from '../../../core/model';
import type { CertifyRule } from '../types';

export const requiredValueEmpty: CertifyRule = {
  id: 'RequiredValueEmpty',
  microsoft: true,
  requirement: 'TITLE-EXISTS-EN',
  category: 'metadata',
  severity: 'error',
  description: 'info.title and info.version are not empty.',
  check(_ctx, report) {
    return {
      onDocument(root) {
        const info = asObject(root.info);
        for (const key of ['title', 'version'] as const) {
          const v = info?.[key];
          if (typeof v === 'string' && v.trim() === '')
            report({
              pointer: `/info/${key}`,
              message: `info.${key} is empty; ${key === 'title' ? 'name the connector' : 'give a version such as "1.0"'}.`,
            });
        }
      },
    };
  },
};
