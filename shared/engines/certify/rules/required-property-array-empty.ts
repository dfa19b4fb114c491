import { removeFix } from '../fixes';
import { SchemaKey, type CertifyRule } from '../types';

export const requiredPropertyArrayEmpty: CertifyRule = {
  id: 'RequiredPropertyArrayEmpty',
  microsoft: true,
  category: 'schema',
  severity: 'error',
  description: 'A schema\'s "required" list is not empty (leave it out instead).',
  check(_ctx, report) {
    return {
      schemaKeys: SchemaKey.Required,
      onSchema(s) {
        if (!(s.keys & SchemaKey.Required)) return;
        if (!Array.isArray(s.value.required) || s.value.required.length > 0) return;
        const at = `${s.pointer}/required`;
        report({ pointer: at, message: '"required" is an empty list; remove it.', fix: (fc) => removeFix(fc, at, 'Remove "required"') });
      },
    };
  },
};
