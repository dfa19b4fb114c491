import { asObject } from '../../../core/model';
import { SchemaKey, type CertifyRule } from '../types';

export const discriminatorMustBeARequiredStringProperty: CertifyRule = {
  id: 'DiscriminatorMustBeARequiredStringProperty',
  microsoft: true,
  category: 'schema',
  severity: 'error',
  readsElsewhere: 'document',
  description: 'A schema\'s "discriminator" names one of its required properties, of type string.',
  check(ctx, report) {
    return {
      schemaKeys: SchemaKey.Discriminator,
      onSchema(s) {
        if (!(s.keys & SchemaKey.Discriminator)) return;
        const d = s.value.discriminator;
        if (typeof d !== 'string') return;
        const prop = ctx.resolve(asObject(s.value.properties)?.[d]).value;
        const required = Array.isArray(s.value.required) && s.value.required.includes(d);
        if (prop && required && prop.type === 'string') return;
        report({
          pointer: `${s.pointer}/discriminator`,
          message: `discriminator "${d}" must be a required property of type string in this schema.`,
        });
      },
    };
  },
};
