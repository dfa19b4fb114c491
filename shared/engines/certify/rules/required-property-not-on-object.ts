import { SchemaKey, type CertifyRule } from '../types';

export const requiredPropertyNotOnObject: CertifyRule = {
  id: 'RequiredPropertyNotOnObject',
  microsoft: true,
  category: 'schema',
  // Ignored on other types; accepted connectors put it on arrays: a warning.
  severity: 'warning',
  description: 'A "required" list belongs to a schema of type object.',
  check(_ctx, report) {
    return {
      schemaKeys: SchemaKey.Required,
      onSchema(s) {
        if (!(s.keys & SchemaKey.Required)) return;
        const t = s.value.type;
        if (!Array.isArray(s.value.required) || t === undefined || t === 'object') return;
        report({
          pointer: `${s.pointer}/required`,
          at: 'key',
          message: `"required" is on a schema of type ${JSON.stringify(t)}; only objects have required properties.`,
        });
      },
    };
  },
};
