import { insertArrayItemEdits } from '../../../core/text';
import { connectorMetadata, REQUIRED_CONNECTOR_METADATA } from '../connector-categories';
import { forCertification } from '../profiles';
import type { CertifyRule } from '../types';

export const connectorMetadataPropertiesMissing: CertifyRule = {
  id: 'ConnectorMetadataPropertiesMissing',
  microsoft: true,
  requirement: 'META-CONNECTOR',
  category: 'metadata',
  // A warning, as ConnectorMetadataMissing and InfoContactRequired: Microsoft's PR validator
  // reports these as errors on new submissions, but accepted connectors lack them (the dev corpus:
  // 30 of 477 certified and 1 of 296 independent-publisher connectors have no metadata at all;
  // Office365GroupsMail, Vantage 365 Barcodes and Yelp lack one entry). Lacking one entry is not
  // worse than lacking all three. See the certify README, "Calibration".
  severity: forCertification('warning'),
  description: 'x-ms-connector-metadata has the Website, Privacy policy and Categories entries, each with a value.',
  check(_ctx, report) {
    return {
      onDocument(root) {
        const entries = connectorMetadata(root);
        if (!entries) return;
        for (const name of REQUIRED_CONNECTOR_METADATA) {
          const e = entries.get(name.toLowerCase());
          if (!e) {
            report({
              pointer: '/x-ms-connector-metadata',
              at: 'key',
              message: `x-ms-connector-metadata has no "${name}" entry.`,
              fix: (fc) => {
                const value = name === 'Categories' ? 'Productivity' : 'https://';
                return {
                  title: `Add the ${name} entry`,
                  edits: insertArrayItemEdits(fc.doc, '/x-ms-connector-metadata', { propertyName: name, propertyValue: value }),
                };
              },
            });
          } else if (typeof e.value !== 'string' || e.value.trim() === '') {
            report({ pointer: `/x-ms-connector-metadata/${e.index}`, message: `The "${name}" metadata entry has no value.` });
          }
        }
      },
    };
  },
};
