import { asObject } from '../../../core/model';
import { forCertification } from '../profiles';
import { mayHoldUrl, URL_IN_TEXT } from '../string-guidance';
import type { CertifyRule, Report } from '../types';

/** The first address in a description: most have none, which a look for "://" and "www." tells. */
function urlIn(d: unknown): string | undefined {
  if (typeof d !== 'string' || !mayHoldUrl(d)) return undefined;
  return URL_IN_TEXT.exec(d)?.[0];
}

function reportUrl(report: Report, pointer: string, what: string, url: string): void {
  report({
    pointer,
    message: `${what} holds the address ${url}; descriptions hold no URLs (links go in the readme and the connector metadata).`,
  });
}

export const descriptionContainsUrl: CertifyRule = {
  id: 'DescriptionContainsUrl',
  microsoft: false,
  requirement: 'DESC-NO-URL',
  category: 'operation',
  severity: forCertification('warning'),
  description: 'The connector and operation descriptions hold no URLs.',
  check(_ctx, report) {
    return {
      onDocument(root) {
        const url = urlIn(asObject(root.info)?.description);
        if (url !== undefined) reportUrl(report, '/info/description', 'The connector description', url);
      },
      onOperation(op) {
        // The finding's texts are built only for an address.
        const url = urlIn(op.view.description);
        if (url !== undefined) reportUrl(report, `${op.pointer}/description`, `The description of ${op.view.operationId ?? op.path}`, url);
      },
    };
  },
};
