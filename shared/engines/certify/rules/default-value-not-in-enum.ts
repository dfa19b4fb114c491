import type { JsonObject } from '../../../core/model';
import { sameValue } from '../value-checks';
import { type Where, SchemaKey, type CertifyRule } from '../types';

/** The rule compares a "default" with an "enum": both keys are needed. */
const BOTH = SchemaKey.Default | SchemaKey.Enum;

export const defaultValueNotInEnum: CertifyRule = {
  id: 'DefaultValueNotInEnum',
  microsoft: false,
  requirement: 'Swagger 2.0: a default of an enumerated value is one of its values (JsonValueNotInEnum)',
  category: 'schema',
  severity: 'error',
  description: 'When a value has an "enum", its "default" is one of the enum values.',
  check(_ctx, report) {
    const check = (v: JsonObject, at: Where, name: string) => {
      // "default" and "enum" read once, and the default's text made once rather than per value:
      // each read by name from objects of thousands of shapes is a slow lookup.
      const d = v.default;
      const values = v.enum;
      if (d === undefined || !Array.isArray(values)) return;
      const text = String(d);
      // "0" for 0 is DefaultValueMustMatchType's concern; here only a value outside the list counts.
      for (let i = 0; i < values.length; i++) {
        const e: unknown = values[i];
        if (sameValue(e, d) || String(e) === text) return;
      }
      report({
        pointer: `${at.pointer}/default`,
        message: `The default of "${name}", ${JSON.stringify(d)}, is not one of its enum values (${values
          .slice(0, 10)
          .map((e) => JSON.stringify(e))
          .join(', ')}${values.length > 10 ? ', …' : ''}).`,
      });
    };
    return {
      parameterKeys: SchemaKey.Default,
      onParameter(p) {
        // Without "enum" (its key bit; most defaults) there is nothing to compare with.
        if ((p.keys & BOTH) === BOTH && p.value && p.view.in !== 'body') check(p.value, { pointer: p.target }, p.view.name);
      },
      schemaKeys: SchemaKey.Default,
      onSchema(s) {
        if ((s.keys & BOTH) !== BOTH) return;
        check(s.value, s, s.name ?? 'the schema');
      },
    };
  },
};
