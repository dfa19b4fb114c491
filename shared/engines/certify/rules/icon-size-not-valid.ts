import { readPng } from '../png-image';
import type { CertifyRule } from '../types';
import { iconFinding } from './icon-placement';

/** Certification's icon: a logo of about 160 px inside a square of about 230 px (connectors.md 2.5). */
export const RECOMMENDED_ICON_SIDE = 230;
/** Smaller than this, the logo cannot be shown at the designer's sizes (checklists ask 100 to 230 px). */
export const MIN_ICON_SIDE = 100;

export const iconSizeNotValid: CertifyRule = {
  id: 'IconSizeNotValid',
  microsoft: false,
  requirement: 'ICON: a square of about 230 x 230 pixels',
  category: 'properties',
  severity: { custom: 'off', certified: 'error', 'independent-publisher': 'off' },
  description: `icon.png is square and at least ${MIN_ICON_SIDE} pixels a side (about ${RECOMMENDED_ICON_SIDE} recommended).`,
  check(ctx, report) {
    return {
      onApiProperties() {
        const info = ctx.connector.icon && readPng(ctx.connector.icon);
        if (!info) return;
        const { width, height } = info;
        const problems = [
          ...(width !== height ? ['not square'] : []),
          ...(Math.min(width, height) < MIN_ICON_SIDE ? [`under ${MIN_ICON_SIDE} pixels a side`] : []),
        ];
        if (!problems.length) return;
        report(
          iconFinding(
            `icon.png is ${width} × ${height} pixels, ${problems.join(' and ')}; certification asks for a square icon of about ${RECOMMENDED_ICON_SIDE} × ${RECOMMENDED_ICON_SIDE} pixels.`,
          ),
        );
      },
    };
  },
};
