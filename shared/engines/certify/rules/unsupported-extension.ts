import { isKnownExtension, looksLikeMsExtension } from '../known-extensions';
import { memberPointer, placeOfError } from '../structure-errors';
import type { CertifyRule } from '../types';

export const unsupportedExtension: CertifyRule = {
  id: 'UnsupportedExtension',
  microsoft: false,
  requirement: 'ExtensionNameNotValid, for x-ms-* keys of other tools (AutoRest, Kiota) that are no misspelling',
  category: 'extension',
  severity: 'warning',
  description: 'An x-ms-* key that Power Platform does not define; it is ignored.',
  check(_ctx, report) {
    return {
      // Runs after ExtensionNameNotValid, which takes the misspellings.
      onSchemaError(e) {
        const key = e.params.additionalProperty;
        if (e.keyword !== 'additionalProperties' || typeof key !== 'string' || !looksLikeMsExtension(key) || isKnownExtension(key))
          return false;
        report({
          file: e.file,
          pointer: memberPointer(e),
          at: 'key',
          message: `"${key}" is not a Power Platform extension; it is ignored in ${placeOfError(e).label}. Remove it unless another tool needs it.`,
        });
        return true;
      },
    };
  },
};
