import { readPng } from '../png-image';
import type { CertifyRule } from '../types';
import { iconFinding } from './icon-placement';

/** Share of the edge that makes it the background: most of it (a logo may touch the edge). */
const BACKGROUND_SHARE = 0.5;

export const iconBackgroundNotValid: CertifyRule = {
  id: 'IconBackgroundNotValid',
  microsoft: false,
  requirement: 'ICON: a non-transparent background, not white, matching iconBrandColor',
  category: 'properties',
  severity: { custom: 'off', certified: 'error', 'independent-publisher': 'off' },
  description: 'icon.png has an opaque, non-white background (its edge), in the icon brand colour.',
  check(ctx, report) {
    return {
      onApiProperties() {
        const info = ctx.connector.icon && readPng(ctx.connector.icon);
        if (info?.transparentEdge === undefined || info.whiteEdge === undefined) return;
        const what =
          info.transparentEdge > BACKGROUND_SHARE
            ? 'transparent'
            : info.whiteEdge > BACKGROUND_SHARE
              ? 'white'
              : info.transparentEdge + info.whiteEdge > BACKGROUND_SHARE
                ? 'white and transparent'
                : undefined;
        if (!what) return;
        report(
          iconFinding(
            `icon.png has a ${what} background; certification asks for an opaque background in the icon brand colour (not white), with the logo inside.`,
          ),
        );
      },
    };
  },
};
