import { type Where, SchemaKey, type CertifyRule } from '../types';

/** An array type and "items": the rule fires on the first without the second. */
const ARRAY_ITEMS = SchemaKey.ArrayType | SchemaKey.Items;

export const arrayHasNoItems: CertifyRule = {
  id: 'ArrayHasNoItems',
  microsoft: true,
  category: 'schema',
  severity: 'error',
  description: 'A value of type "array" says what its items are ("items").',
  check(_ctx, report) {
    const reportAt = (at: Where, name: string) => {
      report({
        pointer: at.pointer,
        at: 'key',
        message: `"${name}" is an array without "items"; describe its items so the designer can show them.`,
      });
    };
    return {
      schemaKeys: SchemaKey.ArrayType,
      onSchema(s) {
        // The key bits tell both: "type" is "array" and "items" is absent. No read by name (a slow
        // lookup on objects of thousands of shapes) for the arrays that have items.
        if ((s.keys & ARRAY_ITEMS) !== SchemaKey.ArrayType) return;
        reportAt(s, s.name ?? 'The schema');
      },
      parameterKeys: SchemaKey.ArrayType,
      onParameter(p) {
        if ((p.keys & ARRAY_ITEMS) === SchemaKey.ArrayType && p.value && p.view.in !== 'body') reportAt({ pointer: p.target }, p.view.name);
      },
    };
  },
};
