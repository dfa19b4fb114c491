import type { JsonObject } from '../../../core/model';
import { type Where, SchemaKey, type CertifyRule } from '../types';

const PAIRS = [
  ['minimum', 'maximum'],
  ['minLength', 'maxLength'],
  ['minItems', 'maxItems'],
  ['minProperties', 'maxProperties'],
] as const;

export const minimumShouldBeLessThanOrEqualToMaximum: CertifyRule = {
  id: 'MinimumShouldBeLessThanOrEqualToMaximum',
  microsoft: true,
  category: 'schema',
  severity: 'error',
  description:
    'Lower bounds do not exceed upper bounds: minimum/maximum, minLength/maxLength, minItems/maxItems, minProperties/maxProperties.',
  check(_ctx, report) {
    const check = (v: JsonObject, at: Where) => {
      for (const [lo, hi] of PAIRS) {
        const a = v[lo];
        const b = v[hi];
        if (typeof a === 'number' && typeof b === 'number' && a > b)
          report({ pointer: `${at.pointer}/${lo}`, message: `${lo} (${a}) is greater than ${hi} (${b}); no value can satisfy both.` });
      }
    };
    return {
      schemaKeys: SchemaKey.Bounds,
      onSchema(s) {
        if (!(s.keys & SchemaKey.Bounds)) return;
        check(s.value, s);
      },
      parameterKeys: SchemaKey.Bounds,
      onParameter(p) {
        if (p.keys & SchemaKey.Bounds && p.value && p.view.in !== 'body') check(p.value, { pointer: p.target });
      },
    };
  },
};
