import type { JsonObject } from '../../../core/model';
import { type Where, SchemaKey, type CertifyRule } from '../types';

export const exclusiveMaximumRequiresMaximum: CertifyRule = {
  id: 'ExclusiveMaximumRequiresMaximum',
  microsoft: true,
  category: 'schema',
  severity: 'error',
  description: '"exclusiveMaximum" is used together with "maximum".',
  check(_ctx, report) {
    const check = (v: JsonObject, at: Where) => {
      if (v.exclusiveMaximum !== undefined && v.maximum === undefined)
        report({ pointer: `${at.pointer}/exclusiveMaximum`, at: 'key', message: '"exclusiveMaximum" has no effect without "maximum".' });
    };
    return {
      schemaKeys: SchemaKey.Exclusive,
      onSchema(s) {
        if (!(s.keys & SchemaKey.Exclusive)) return;
        check(s.value, s);
      },
      parameterKeys: SchemaKey.Exclusive,
      onParameter(p) {
        if (p.keys & SchemaKey.Exclusive && p.value && p.view.in !== 'body') check(p.value, { pointer: p.target });
      },
    };
  },
};
