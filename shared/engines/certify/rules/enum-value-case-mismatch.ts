import { replaceValueFix } from '../fixes';
import { dataOf, nameOf } from '../structure-errors';
import type { CertifyRule } from '../types';

export const enumValueCaseMismatch: CertifyRule = {
  id: 'EnumValueCaseMismatch',
  microsoft: false,
  requirement: 'JsonValueNotInEnum, for values that differ only in case (the platform accepts them)',
  category: 'structure',
  severity: 'warning',
  description: 'A value matches an allowed value only when case is ignored ("Internal" for "internal").',
  check(ctx, report) {
    return {
      onSchemaError(e) {
        if (e.keyword !== 'enum' && e.keyword !== 'const') return false;
        const value = dataOf(ctx, e);
        if (typeof value !== 'string') return false;
        const allowed = e.keyword === 'enum' ? (e.params.allowedValues as unknown[]) : [e.params.allowedValue];
        // A loop, not callbacks made per error: those died with it, and their code at each full GC.
        const lower = value.toLowerCase();
        let found: string | undefined;
        for (let i = 0; i < allowed.length && found === undefined; i++) {
          const a = allowed[i];
          if (typeof a === 'string' && a.toLowerCase() === lower) found = a;
        }
        if (found === undefined) return false;
        const match = found;
        report({
          file: e.file,
          pointer: e.instancePath,
          message: `${nameOf(e)} is "${value}"; write it as "${match}".`,
          fix: (fc) => replaceValueFix(fc, match),
        });
        return true;
      },
    };
  },
};
