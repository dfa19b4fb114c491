import type { CertifyRule } from '../types';

export const schemaTypeFileNotValid: CertifyRule = {
  id: 'SchemaTypeFileNotValid',
  microsoft: true,
  category: 'schema',
  severity: 'error',
  description: 'Type "file" is only for formData parameters and response schemas, not inside body or definition schemas.',
  check(_ctx, report) {
    return {
      onSchemaError(e) {
        if (e.file !== 'definition' || e.keyword !== 'not' || !e.instancePath.endsWith('/type')) return false;
        report({
          pointer: e.instancePath,
          message:
            'Type "file" is allowed only for a formData parameter or a whole response schema; use type "string" with format "binary" here.',
        });
        return true;
      },
    };
  },
};
