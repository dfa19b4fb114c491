import { removeFix } from '../fixes';
import { dataOf, nameOf } from '../structure-errors';
import type { CertifyRule } from '../types';

// Made once: a callback made per error died with it, and its optimized code at each full GC.
const quoted = (v: unknown) => JSON.stringify(v);

export const emptyEnumValue: CertifyRule = {
  id: 'EmptyEnumValue',
  microsoft: false,
  requirement: 'JsonValueNotInEnum, for empty strings (read as "not set")',
  category: 'structure',
  severity: 'warning',
  description: 'An empty string where one of a fixed set of values belongs (x-ms-visibility: ""); leave the key out instead.',
  check(ctx, report) {
    return {
      onSchemaError(e) {
        if ((e.keyword !== 'enum' && e.keyword !== 'const') || dataOf(ctx, e) !== '') return false;
        report({
          file: e.file,
          pointer: e.instancePath,
          message: `${nameOf(e)} is empty; remove it to get the default, or use one of ${(e.keyword === 'enum' ? (e.params.allowedValues as unknown[]) : [e.params.allowedValue]).map(quoted).join(', ')}.`,
          fix: (fc) => removeFix(fc, e.instancePath, `Remove the empty ${nameOf(e)}`),
        });
        return true;
      },
    };
  },
};
