import type { JsonObject } from '../../../core/model';
import { forCertification } from '../profiles';
import { type Where, SchemaKey, type CertifyRule } from '../types';

/** x-ms-visibility and a default: the rule needs both. */
const BOTH = SchemaKey.Visibility | SchemaKey.Default;

export const internalPropertyWithDefaultOptional: CertifyRule = {
  id: 'InternalPropertyWithDefaultOptional',
  microsoft: true,
  category: 'parameter',
  severity: forCertification('warning'),
  readsElsewhere: 'document',
  description: 'An internal (hidden) value with a default is required, or its default is never sent.',
  check(_ctx, report) {
    // Called only with a "default" (its key bit): most hidden values have none, and are passed by
    // without a read by name (a slow lookup on objects of thousands of shapes).
    const check = (v: JsonObject, at: Where, name: string, required: boolean) => {
      if (required || v['x-ms-visibility'] !== 'internal') return;
      report({
        pointer: at.pointer,
        at: 'key',
        message: `"${name}" is internal with a default but optional: the designer does not send optional hidden values. Make it required.`,
      });
    };
    return {
      parameterKeys: SchemaKey.Visibility,
      onParameter(p) {
        if ((p.keys & BOTH) === BOTH && p.value && p.view.in !== 'body')
          check(p.value, { pointer: p.target }, p.view.name, p.value.required === true);
      },
      schemaKeys: SchemaKey.Visibility,
      onSchema(s) {
        if ((s.keys & BOTH) !== BOTH) return;
        if (s.edge === 'property' && s.name !== undefined) check(s.value, s, s.name, s.required);
      },
    };
  },
};
