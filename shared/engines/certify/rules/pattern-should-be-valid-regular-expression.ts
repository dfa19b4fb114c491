import type { JsonObject } from '../../../core/model';
import { type Where, SchemaKey, type CertifyRule } from '../types';

export const patternShouldBeValidRegularExpression: CertifyRule = {
  id: 'PatternShouldBeValidRegularExpression',
  microsoft: true,
  category: 'schema',
  severity: 'error',
  description: 'A "pattern" is a valid regular expression.',
  check(_ctx, report) {
    const check = (v: JsonObject, at: Where) => {
      if (typeof v.pattern !== 'string') return;
      try {
        new RegExp(v.pattern);
      } catch (err) {
        report({
          pointer: `${at.pointer}/pattern`,
          message: `pattern ${JSON.stringify(v.pattern)} is not a valid regular expression (${(err as Error).message.replace(/^Invalid regular expression: /, '')}).`,
        });
      }
    };
    return {
      schemaKeys: SchemaKey.Pattern,
      onSchema(s) {
        if (!(s.keys & SchemaKey.Pattern)) return;
        check(s.value, s);
      },
      parameterKeys: SchemaKey.Pattern,
      onParameter(p) {
        if (p.keys & SchemaKey.Pattern && p.value && p.view.in !== 'body') check(p.value, { pointer: p.target });
      },
    };
  },
};
