import { asObject } from '../../../core/model';
import { SchemaKey, type CertifyRule } from '../types';

/** Fires with "required" and "properties", and without "allOf". */
const CAN_FIRE = SchemaKey.Required | SchemaKey.Properties | SchemaKey.AllOf;

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
        // The key bits first: they stand in for reading "allOf", and pass by schemas that cannot
        // fire, without reads by name from objects of thousands of shapes (slow lookups).
        if ((s.keys & CAN_FIRE) !== (SchemaKey.Required | SchemaKey.Properties)) return;
        const value = s.value;
        const props = asObject(value.properties);
        const required = value.required;
        if (!props || !Array.isArray(required)) return;
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
