import { setValueFix } from '../fixes';
import { forCertification } from '../profiles';
import type { CertifyRule } from '../types';

export const connectorMetadataMissing: CertifyRule = {
  id: 'ConnectorMetadataMissing',
  microsoft: false,
  requirement: 'META-CONNECTOR',
  category: 'metadata',
  // Required for new submissions, absent from accepted ones (30 of 477 certified, 1 of 296
  // independent-publisher connectors in the dev corpus): a warning, as a missing entry is
  // (ConnectorMetadataPropertiesMissing). See the certify README, "Calibration".
  severity: forCertification('warning'),
  description: 'The definition has an x-ms-connector-metadata array (Website, Privacy policy, Categories).',
  check(_ctx, report) {
    return {
      onDocument(root) {
        if (root['x-ms-connector-metadata'] !== undefined) return;
        report({
          pointer: '',
          message: 'Certification needs "x-ms-connector-metadata" with the Website, Privacy policy and Categories of the connector.',
          fix: (fc) =>
            setValueFix(
              fc,
              '/x-ms-connector-metadata',
              [
                { propertyName: 'Website', propertyValue: 'https://' },
                { propertyName: 'Privacy policy', propertyValue: 'https://' },
                { propertyName: 'Categories', propertyValue: 'Productivity' },
              ],
              'Add x-ms-connector-metadata (fill in the URLs)',
            ),
        });
      },
    };
  },
};
