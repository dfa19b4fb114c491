import { isKnownExtension } from '../known-extensions';
import { memberPointer, placeOfError } from '../structure-errors';
import type { CertifyRule } from '../types';

export const extensionNotAllowedHere: CertifyRule = {
  id: 'ExtensionNotAllowedHere',
  microsoft: false,
  requirement: 'Microsoft OpenAPI extensions: placement (connectors.md section 3)',
  category: 'extension',
  severity: 'warning',
  description: 'A Power Platform extension placed where the platform does not read it.',
  check(_ctx, report) {
    return {
      onSchemaError(e) {
        const key = e.params.additionalProperty;
        if (e.keyword !== 'additionalProperties' || typeof key !== 'string' || !isKnownExtension(key)) return false;
        report({
          file: e.file,
          pointer: memberPointer(e),
          at: 'key',
          message: `"${key}" is not read in ${placeOfError(e).label}, so it has no effect there. Move it to where the extension applies or remove it.`,
        });
        return true;
      },
    };
  },
};
