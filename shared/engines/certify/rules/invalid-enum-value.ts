import type { JsonObject } from '../../../core/model';
import { fitsType } from '../value-checks';
import { type Where, SchemaKey, type CertifyRule } from '../types';

export const invalidEnumValue: CertifyRule = {
  id: 'InvalidEnumValue',
  microsoft: true,
  category: 'schema',
  // Enums of numbers written as strings work (the platform compares text): a warning.
  severity: 'warning',
  description: 'The values of an "enum" have the type of their parameter or property.',
  check(_ctx, report) {
    const check = (v: JsonObject, at: Where, name: string) => {
      if (!Array.isArray(v.enum) || typeof v.type !== 'string') return;
      v.enum.forEach((e, i) => {
        if (e !== null && !fitsType(e, v.type))
          report({
            pointer: `${at.pointer}/enum/${i}`,
            message: `Enum value ${JSON.stringify(e)} of "${name}" is not of type ${String(v.type)}.`,
          });
      });
    };
    return {
      parameterKeys: SchemaKey.Enum,
      onParameter(p) {
        if (p.keys & SchemaKey.Enum && p.value && p.view.in !== 'body') check(p.value, { pointer: p.target }, p.view.name);
      },
      schemaKeys: SchemaKey.Enum,
      onSchema(s) {
        if (!(s.keys & SchemaKey.Enum)) return;
        check(s.value, s, s.name ?? 'the schema');
      },
    };
  },
};
