import type { JsonObject } from '../../../core/model';
import { type Where, SchemaKey, type CertifyRule } from '../types';

export const arrayHasNoItems: CertifyRule = {
  id: 'ArrayHasNoItems',
  microsoft: true,
  category: 'schema',
  severity: 'error',
  description: 'A value of type "array" says what its items are ("items").',
  check(_ctx, report) {
    const check = (v: JsonObject, at: Where, name: string) => {
      if (v.type === 'array' && v.items === undefined)
        report({
          pointer: at.pointer,
          at: 'key',
          message: `"${name}" is an array without "items"; describe its items so the designer can show them.`,
        });
    };
    return {
      schemaKeys: SchemaKey.ArrayType,
      onSchema(s) {
        if (!(s.keys & SchemaKey.ArrayType)) return;
        check(s.value, s, s.name ?? 'The schema');
      },
      parameterKeys: SchemaKey.ArrayType,
      onParameter(p) {
        if (p.keys & SchemaKey.ArrayType && p.value && p.view.in !== 'body') check(p.value, { pointer: p.target }, p.view.name);
      },
    };
  },
};
