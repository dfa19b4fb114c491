import { asObject } from '../../../core/model';
import { isEmail } from '../url-checks';
import type { CertifyRule } from '../types';

export const contactEmailNotValid: CertifyRule = {
  id: 'ContactEmailNotValid',
  microsoft: true,
  requirement: 'META-CONTACT',
  category: 'metadata',
  severity: 'error',
  description: 'info.contact.email is an e-mail address.',
  check(_ctx, report) {
    return {
      onDocument(root) {
        const email = asObject(asObject(root.info)?.contact)?.email;
        if (typeof email !== 'string' || email === '' || isEmail(email)) return;
        report({ pointer: '/info/contact/email', message: `"${email}" is not an e-mail address.` });
      },
    };
  },
};
