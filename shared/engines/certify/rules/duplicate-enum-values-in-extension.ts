import type { JsonObject } from '../../../core/model';
import { asObject } from '../../../core/model';
import { type Where, SchemaKey, type CertifyRule } from '../types';

export const duplicateEnumValuesInExtension: CertifyRule = {
  id: 'DuplicateEnumValuesInExtension',
  microsoft: true,
  category: 'extension',
  severity: 'error',
  description: 'x-ms-enum-values lists each value once.',
  check(_ctx, report) {
    const check = (v: JsonObject, at: Where) => {
      const list = v['x-ms-enum-values'];
      if (!Array.isArray(list)) return;
      const seen = new Set<string>();
      list.forEach((raw, i) => {
        const entry = asObject(raw);
        if (!entry || !('value' in entry)) return;
        const key = JSON.stringify(entry.value);
        if (seen.has(key))
          report({ pointer: `${at.pointer}/x-ms-enum-values/${i}`, message: `x-ms-enum-values lists ${key} more than once.` });
        seen.add(key);
      });
    };
    return {
      parameterKeys: SchemaKey.EnumValues,
      onParameter(p) {
        if (p.keys & SchemaKey.EnumValues && p.value && p.view.in !== 'body') check(p.value, { pointer: p.target });
      },
      schemaKeys: SchemaKey.EnumValues,
      onSchema(s) {
        if (!(s.keys & SchemaKey.EnumValues)) return;
        check(s.value, s);
      },
    };
  },
};
