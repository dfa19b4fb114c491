import type { JsonObject } from '../../../core/model';
import { sameValue } from '../value-checks';
import { type Where, SchemaKey, type CertifyRule } from '../types';

export const defaultValueNotInEnum: CertifyRule = {
  id: 'DefaultValueNotInEnum',
  microsoft: false,
  requirement: 'Swagger 2.0: a default of an enumerated value is one of its values (JsonValueNotInEnum)',
  category: 'schema',
  severity: 'error',
  description: 'When a value has an "enum", its "default" is one of the enum values.',
  check(_ctx, report) {
    const check = (v: JsonObject, at: Where, name: string) => {
      // "0" for 0 is DefaultValueMustMatchType's concern; here only a value outside the list counts.
      if (
        v.default === undefined ||
        !Array.isArray(v.enum) ||
        v.enum.some((e) => sameValue(e, v.default) || String(e) === String(v.default))
      )
        return;
      report({
        pointer: `${at.pointer}/default`,
        message: `The default of "${name}", ${JSON.stringify(v.default)}, is not one of its enum values (${v.enum
          .slice(0, 10)
          .map((e) => JSON.stringify(e))
          .join(', ')}${v.enum.length > 10 ? ', …' : ''}).`,
      });
    };
    return {
      parameterKeys: SchemaKey.Default,
      onParameter(p) {
        if (p.keys & SchemaKey.Default && p.value && p.view.in !== 'body') check(p.value, { pointer: p.target }, p.view.name);
      },
      schemaKeys: SchemaKey.Default,
      onSchema(s) {
        if (!(s.keys & SchemaKey.Default)) return;
        check(s.value, s, s.name ?? 'the schema');
      },
    };
  },
};
