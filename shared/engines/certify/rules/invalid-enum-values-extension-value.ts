import type { JsonObject } from '../../../core/model';
import { asObject } from '../../../core/model';
import { sameValue } from '../value-checks';
import { type Where, SchemaKey, type CertifyRule } from '../types';

export const invalidEnumValuesExtensionValue: CertifyRule = {
  id: 'InvalidEnumValuesExtensionValue',
  microsoft: true,
  category: 'extension',
  severity: 'error',
  description: 'Each x-ms-enum-values entry names a value of the "enum" beside it.',
  check(_ctx, report) {
    const check = (v: JsonObject, at: Where) => {
      const list = v['x-ms-enum-values'];
      if (!Array.isArray(list) || !Array.isArray(v.enum)) return;
      const values = v.enum;
      list.forEach((raw, i) => {
        const entry = asObject(raw);
        if (!entry || !('value' in entry)) return;
        if (!values.some((e) => sameValue(e, entry.value))) {
          report({
            pointer: `${at.pointer}/x-ms-enum-values/${i}/value`,
            message: `x-ms-enum-values lists ${JSON.stringify(entry.value)}, which is not in "enum"; the designer would offer a value the API does not accept.`,
          });
        }
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
