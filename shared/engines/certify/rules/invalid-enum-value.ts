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
    // "enum" and "type" read once, and a loop rather than forEach: each read by name is a slow
    // lookup on objects of thousands of shapes, and the callback made per call died with it.
    const check = (v: JsonObject, at: Where, name: string) => {
      const values = v.enum;
      if (!Array.isArray(values)) return;
      const type = v.type;
      if (typeof type !== 'string') return;
      for (let i = 0; i < values.length; i++) {
        const e: unknown = values[i];
        if (e !== null && !fitsType(e, type))
          report({
            pointer: `${at.pointer}/enum/${i}`,
            message: `Enum value ${JSON.stringify(e)} of "${name}" is not of type ${type}.`,
          });
      }
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
