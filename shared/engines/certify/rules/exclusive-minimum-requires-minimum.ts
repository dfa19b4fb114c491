import type { JsonObject } from '../../../core/model';
import { type Where, SchemaKey, type CertifyRule } from '../types';

export const exclusiveMinimumRequiresMinimum: CertifyRule = {
  id: 'ExclusiveMinimumRequiresMinimum',
  microsoft: true,
  category: 'schema',
  severity: 'error',
  description: '"exclusiveMinimum" is used together with "minimum".',
  check(_ctx, report) {
    const check = (v: JsonObject, at: Where) => {
      if (v.exclusiveMinimum !== undefined && v.minimum === undefined)
        report({ pointer: `${at.pointer}/exclusiveMinimum`, at: 'key', message: '"exclusiveMinimum" has no effect without "minimum".' });
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
