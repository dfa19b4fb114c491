import { escapeSegment } from '../../../core/text';
import { connectorMetadata, MAX_CONNECTOR_CATEGORIES, splitCategories } from '../connector-categories';
import { forCertification } from '../profiles';
import type { CertifyRule } from '../types';

export const tooManyConnectorCategories: CertifyRule = {
  id: 'TooManyConnectorCategories',
  microsoft: true,
  requirement: 'META-CATEGORIES',
  category: 'metadata',
  severity: forCertification('error'),
  description: `A connector declares at most ${MAX_CONNECTOR_CATEGORIES} categories.`,
  check(_ctx, report) {
    return {
      onDocument(root) {
        const e = connectorMetadata(root)?.get('categories');
        if (!e || typeof e.value !== 'string') return;
        const n = splitCategories(e.value).length;
        if (n > MAX_CONNECTOR_CATEGORIES) {
          report({
            pointer: `/x-ms-connector-metadata/${e.index}/${escapeSegment(e.valueKey)}`,
            message: `${n} categories are declared; choose at most ${MAX_CONNECTOR_CATEGORIES}.`,
          });
        }
      },
    };
  },
};
