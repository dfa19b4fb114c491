import { isJpeg, isPng, readPng } from '../png-image';
import type { CertifyRule } from '../types';
import { iconFinding } from './icon-placement';

/** The maker portal's limit: "PNG or JPG (< 1 MB)". */
export const MAX_ICON_BYTES = 1024 * 1024;

export const iconFormatNotValid: CertifyRule = {
  id: 'IconFormatNotValid',
  microsoft: false,
  requirement: 'ICON: icon.png is a PNG (certification), a PNG or JPG under 1 MB (maker portal)',
  category: 'properties',
  // The portal refuses other files everywhere; certification takes PNG only. Independent
  // publisher connectors ship no icon (IndependentPublisherIconNotAllowed).
  severity: { custom: 'error', certified: 'error', 'independent-publisher': 'off' },
  description: 'icon.png is a readable PNG (a JPG is enough for a custom connector) under 1 MB.',
  check(ctx, report) {
    return {
      onApiProperties() {
        const icon = ctx.connector.icon;
        if (!icon) return;
        const png = isPng(icon);
        let problem: string | undefined;
        if (icon.length >= MAX_ICON_BYTES)
          problem = `icon.png is ${(icon.length / 1048576).toFixed(2)} MB; the portal takes icons under 1 MB.`;
        else if (png && !readPng(icon)) problem = 'icon.png has the PNG signature but no readable header: the file is damaged.';
        else if (!png && !(isJpeg(icon) && ctx.profile === 'custom'))
          problem = isJpeg(icon)
            ? 'icon.png is a JPEG; certification takes a PNG: save the image as PNG.'
            : 'icon.png is not a PNG image (the portal takes PNG or JPG, certification PNG only).';
        if (problem) report(iconFinding(problem));
      },
    };
  },
};
