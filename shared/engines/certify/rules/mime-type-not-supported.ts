import { removeFix } from '../fixes';
import { forCertification } from '../profiles';
import type { CertifyRule, Report } from '../types';

/** XML request bodies: the designer builds JSON (or form) bodies only. */
const XML = /^(application|text)\/([\w.+-]+\+)?xml\s*(;|$)/i;

function check(report: Report, list: unknown, pointer: string): void {
  if (!Array.isArray(list)) return;
  list.forEach((t, i) => {
    if (typeof t !== 'string' || !XML.test(t.trim())) return;
    const at = `${pointer}/${i}`;
    const others = list.some((o, j) => j !== i && typeof o === 'string' && !XML.test(o.trim()));
    report({
      pointer: at,
      message: `"${t}" in consumes: the platform sends request bodies as JSON, form data or text, not XML (Microsoft's validator warns).`,
      ...(others ? { fix: (fc) => removeFix(fc, at, `Remove "${t}"`) } : {}),
    });
  });
}

export const mimeTypeNotSupported: CertifyRule = {
  id: 'MimeTypeNotSupported',
  microsoft: true,
  category: 'operation',
  // Shown as a warning by Microsoft's validator; 14 accepted connectors declare XML.
  severity: forCertification('warning', 'info'),
  description: 'consumes lists no XML media type (application/xml, text/xml).',
  check(_ctx, report) {
    return {
      onDocument(root) {
        check(report, root.consumes, '/consumes');
      },
      onOperation(op) {
        // Most operations have no consumes of their own: no pointer to build for them.
        const consumes = op.value.consumes;
        if (Array.isArray(consumes)) check(report, consumes, `${op.pointer}/consumes`);
      },
    };
  },
};
