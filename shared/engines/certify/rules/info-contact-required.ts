import { asObject } from '../../../core/model';
import { forCertification } from '../profiles';
import type { CertifyRule } from '../types';

const CONTACT_KEYS = ['name', 'url', 'email'];

export const infoContactRequired: CertifyRule = {
  id: 'InfoContactRequired',
  microsoft: false,
  requirement: 'META-CONTACT',
  category: 'metadata',
  // Microsoft's PR validator reports a missing contact as an error ("The 'contact' property is
  // required. ValuePath: /info", PowerPlatformConnectors#1095), but accepted connectors have none
  // (24 of 477 certified, 1 of 296 independent-publisher connectors in the dev corpus) or lack the
  // url or email: a warning, as missing connector metadata is. See the certify README, "Calibration".
  severity: forCertification('warning'),
  description: 'info.contact gives the name, url and email of the team that supports the connector.',
  check(_ctx, report) {
    return {
      onDocument(root) {
        const info = asObject(root.info);
        if (!info) return;
        const contact = asObject(info.contact);
        if (!contact) {
          report({
            pointer: '/info',
            at: 'key',
            message: "The 'contact' property is required for certification: add info.contact with name, url and email.",
          });
          return;
        }
        // A loop, not a callback made per call: it died with the call, and its code at each full GC.
        const missing: string[] = [];
        for (const k of CONTACT_KEYS) {
          const v = contact[k];
          if (typeof v !== 'string' || v.trim() === '') missing.push(k);
        }
        if (missing.length)
          report({ pointer: '/info/contact', at: 'key', message: `info.contact needs ${missing.join(', ')} for certification.` });
      },
    };
  },
};
