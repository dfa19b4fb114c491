import type { JsonObject } from '../../../core/model';
import { replaceValueFix } from '../fixes';
import { fitsType } from '../value-checks';
import { type Where, SchemaKey, type CertifyRule } from '../types';

export const defaultValueMustMatchType: CertifyRule = {
  id: 'DefaultValueMustMatchType',
  microsoft: true,
  category: 'schema',
  // The platform converts "true" or "10" to the declared type; accepted connectors rely on it.
  severity: 'warning',
  description: 'A "default" has the type of its parameter or property ("true" for a boolean works only because the platform converts it).',
  check(_ctx, report) {
    const check = (v: JsonObject, at: Where, name: string) => {
      if (v.default === undefined || v.default === null || fitsType(v.default, v.type)) return;
      const d = v.default;
      let fixed: string | number | boolean | undefined;
      if (v.type === 'string' && (typeof d === 'number' || typeof d === 'boolean')) fixed = String(d);
      else if (v.type === 'boolean' && (d === 'true' || d === 'false')) fixed = d === 'true';
      else if (
        (v.type === 'integer' || v.type === 'number') &&
        typeof d === 'string' &&
        d.trim() !== '' &&
        !Number.isNaN(Number(d)) &&
        (v.type === 'number' || Number.isInteger(Number(d)))
      )
        fixed = Number(d);
      report({
        pointer: `${at.pointer}/default`,
        message: `The default of "${name}" is ${JSON.stringify(d)}, which is not of type ${String(v.type)}.`,
        ...(fixed !== undefined ? { fix: (fc) => replaceValueFix(fc, fixed!) } : {}),
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
