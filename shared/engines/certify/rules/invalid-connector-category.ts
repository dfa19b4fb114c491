import { escapeSegment } from '../../../core/text';
import { CONNECTOR_CATEGORIES, CONNECTOR_CATEGORY_KEYS, connectorMetadata, splitCategories } from '../connector-categories';
import { closestMatch } from '../edit-distance';
import { replaceValueFix } from '../fixes';
import { forCertification } from '../profiles';
import type { CertifyRule } from '../types';

// Made once: a callback made per call died with it, and its optimized code at each full GC.
const isUnknown = (c: string) => !CONNECTOR_CATEGORY_KEYS.has(c.toLowerCase());

export const invalidConnectorCategory: CertifyRule = {
  id: 'InvalidConnectorCategory',
  microsoft: true,
  requirement: 'META-CATEGORIES',
  category: 'metadata',
  severity: forCertification('error'),
  description: `Categories come from the fixed list: ${CONNECTOR_CATEGORIES.join(', ')}.`,
  check(_ctx, report) {
    return {
      onDocument(root) {
        const e = connectorMetadata(root)?.get('categories');
        if (!e || typeof e.value !== 'string') return;
        const cats = splitCategories(e.value);
        // The platform matches categories without regard to case ("website" is accepted).
        const bad = cats.filter(isUnknown);
        if (!bad.length) return;
        const replaced = cats.map((c) => (bad.includes(c) ? (closestMatch(c, CONNECTOR_CATEGORIES) ?? c) : c));
        const fixable = replaced.every((c) => CONNECTOR_CATEGORIES.includes(c));
        report({
          pointer: `/x-ms-connector-metadata/${e.index}/${escapeSegment(e.valueKey)}`,
          message: `${bad.map((b) => `"${b}"`).join(', ')} ${bad.length === 1 ? 'is not a connector category' : 'are not connector categories'}; use ${bad.length === 1 ? 'one' : 'two at most'} of: ${CONNECTOR_CATEGORIES.join(', ')}.`,
          ...(fixable ? { fix: (fc) => replaceValueFix(fc, replaced.join(';'), `Change to "${replaced.join(';')}"`) } : {}),
        });
      },
    };
  },
};
