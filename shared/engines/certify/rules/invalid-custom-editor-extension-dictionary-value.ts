import { SchemaKey, type CertifyRule } from '../types';

export const invalidCustomEditorExtensionDictionaryValue: CertifyRule = {
  id: 'InvalidCustomEditorExtensionDictionaryValue',
  microsoft: true,
  category: 'extension',
  severity: 'error',
  description: 'x-ms-editor "dictionary" is set on an object schema with additionalProperties (the dictionary values).',
  check(_ctx, report) {
    return {
      schemaKeys: SchemaKey.Editor,
      onSchema(s) {
        if (!(s.keys & SchemaKey.Editor)) return;
        if (s.value['x-ms-editor'] !== 'dictionary') return;
        const ap = s.value.additionalProperties;
        if ((s.value.type === undefined || s.value.type === 'object') && ap !== null && typeof ap === 'object') return;
        report({
          pointer: `${s.pointer}/x-ms-editor`,
          message: 'x-ms-editor "dictionary" needs an object schema whose additionalProperties describe the values.',
        });
      },
    };
  },
};
