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
      // The upper bound is read only after a lower one (most schemas have an upper bound alone): each
      // read by name from objects of thousands of shapes is a slow lookup.
      for (let i = 0; i < PAIRS.length; i++) {
        const pair = PAIRS[i]!;
        const lo = pair[0];
        const a = v[lo];
        if (typeof a !== 'number') continue;
        const hi = pair[1];
        const b = v[hi];
        if (typeof b === 'number' && a > b)
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
