import { asArray, asObject, entries } from '../../../core/model';
import { escapeSegment } from '../../../core/text';
import { connectorMetadata } from '../connector-categories';
import { isHttpUrl } from '../url-checks';
import type { CertifyRule } from '../types';
import { member } from '../value-checks';

/**
 * The `url` of an object: one load for the four kinds of objects that have one, whose shapes vary
 * from connector to connector. A load of its own for each saw few shapes (few connectors have
 * externalDocs), and the hook's optimized code was thrown away at each new one, every run.
 */
function urlOf(value: unknown): unknown {
  return asObject(value)?.url;
}

export const urlNotValid: CertifyRule = {
  id: 'UrlNotValid',
  microsoft: true,
  category: 'metadata',
  // Accepted connectors carry malformed metadata URLs ("www.example.com", "hhttps://"): a warning.
  severity: 'warning',
  description:
    'URLs in the definition (contact, license, docs, the Website and Privacy policy metadata, OAuth endpoints) are absolute http(s) URLs.',
  check(_ctx, report) {
    const check = (value: unknown, pointer: string, what: string) => {
      if (typeof value !== 'string' || value === '' || isHttpUrl(value) || /@environmentVariables\(/.test(value)) return;
      report({ pointer, message: `${what} "${value}" is not an absolute http(s) URL.` });
    };
    return {
      onDocument(root) {
        // Members read through member(), and x-ms-docs in a loop: reads of their own kept the few
        // maps of these objects, which die at each full GC, and a callback made per call died with it.
        const info = asObject(member(root, 'info'));
        check(urlOf(info && member(info, 'contact')), '/info/contact/url', 'The contact url');
        check(urlOf(info && member(info, 'license')), '/info/license/url', 'The license url');
        check(urlOf(member(root, 'externalDocs')), '/externalDocs/url', 'The externalDocs url');
        const docs = asArray(member(root, 'x-ms-docs'));
        for (let i = 0; i < docs.length; i++) check(urlOf(docs[i]), `/x-ms-docs/${i}/url`, 'The x-ms-docs url');
        for (const name of ['website', 'privacy policy']) {
          const m = connectorMetadata(root)?.get(name);
          if (m) check(m.value, `/x-ms-connector-metadata/${m.index}/${escapeSegment(m.valueKey)}`, `The ${m.name} metadata`);
        }
        for (const [name, raw] of entries(member(root, 'securityDefinitions'))) {
          const d = asObject(raw);
          for (const key of ['authorizationUrl', 'tokenUrl'])
            check(d?.[key], `/securityDefinitions/${escapeSegment(name)}/${key}`, `The ${key}`);
        }
      },
    };
  },
};
