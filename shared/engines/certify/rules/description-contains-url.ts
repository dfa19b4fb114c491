import { asObject } from '../../../core/model';
import { forCertification } from '../profiles';
import { URL_IN_TEXT } from '../string-guidance';
import type { CertifyRule, Report } from '../types';

function check(report: Report, pointer: string, what: string, d: unknown): void {
  if (typeof d !== 'string') return;
  const m = URL_IN_TEXT.exec(d);
  if (!m) return;
  report({
    pointer,
    message: `${what} holds the address ${m[0]}; descriptions hold no URLs (links go in the readme and the connector metadata).`,
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
        check(report, '/info/description', 'The connector description', asObject(root.info)?.description);
      },
      onOperation(op) {
        check(report, `${op.pointer}/description`, `The description of ${op.view.operationId ?? op.path}`, op.value.description);
      },
    };
  },
};
