import { asObject } from '../../../core/model';
import { SchemaKey, type CertifyRule } from '../types';

export const requiredPropertyDefinitionMissing: CertifyRule = {
  id: 'RequiredPropertyDefinitionMissing',
  microsoft: true,
  category: 'schema',
  severity: 'error',
  readsElsewhere: 'document',
  description: 'Every name in a schema\'s "required" list is one of its properties.',
  check(_ctx, report) {
    return {
      schemaKeys: SchemaKey.Required,
      onSchema(s) {
        if (!(s.keys & SchemaKey.Required)) return;
        const props = asObject(s.value.properties);
        if (!props || !Array.isArray(s.value.required) || s.value.allOf !== undefined) return;
        const required: unknown[] = s.value.required;
        for (let i = 0; i < required.length; i++) {
          const name = required[i];
          if (typeof name === 'string' && !(name in props))
            report({
              pointer: `${s.pointer}/required/${i}`,
              message: `"${name}" is listed as required but is not one of the schema's properties.`,
            });
        }
      },
    };
  },
};
