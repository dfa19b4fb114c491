import type { CertifyRule } from '../types';

export const collectionFormatValueNotSupported: CertifyRule = {
  id: 'CollectionFormatValueNotSupported',
  microsoft: true,
  category: 'parameter',
  severity: 'error',
  description: 'collectionFormat "multi" (repeated query keys) is not supported; use csv.',
  check(_ctx, report) {
    return {
      onParameter(p) {
        if (p.value?.collectionFormat === 'multi') {
          report({
            pointer: `${p.target}/collectionFormat`,
            message: `Parameter "${p.view.name}" uses collectionFormat "multi", which connectors do not support; use "csv" (or split the values with a policy or script).`,
          });
        }
      },
    };
  },
};
