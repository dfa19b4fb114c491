import { replaceValueFix } from '../fixes';
import { dataOf, describeType, nameOf, placeOfError } from '../structure-errors';
import type { CertifyRule, Fix, FixContext } from '../types';

const ARTICLE: Record<string, string> = {
  string: 'a string',
  boolean: 'a boolean',
  integer: 'an integer',
  number: 'a number',
  array: 'an array',
  object: 'an object',
  null: 'null',
};

function conversion(value: unknown, expected: string[]): ((fc: FixContext) => Fix | undefined) | undefined {
  if (expected.includes('boolean') && (value === 'true' || value === 'false')) return (fc) => replaceValueFix(fc, value === 'true');
  if (expected.includes('string') && (typeof value === 'boolean' || typeof value === 'number'))
    return (fc) => replaceValueFix(fc, String(value));
  if ((expected.includes('integer') || expected.includes('number')) && typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) {
    const n = Number(value);
    if (expected.includes('number') || Number.isInteger(n)) return (fc) => replaceValueFix(fc, n);
  }
  return undefined;
}

export const jsonTypeIncorrect: CertifyRule = {
  id: 'JsonTypeIncorrect',
  microsoft: true,
  category: 'structure',
  severity: 'error',
  description: 'A value has the wrong JSON type (a string where a boolean belongs, an object where an array belongs, …).',
  check(ctx, report) {
    return {
      onSchemaError(e) {
        if (e.keyword !== 'type') return false;
        const t = e.params.type;
        const expected = Array.isArray(t) ? (t as string[]) : [String(t)];
        const value = dataOf(ctx, e);
        const fix = conversion(value, expected);
        report({
          file: e.file,
          pointer: e.instancePath,
          message: `${nameOf(e)} in ${placeOfError(e).label} must be ${expected.map((x) => ARTICLE[x] ?? x).join(' or ')}, not ${describeType(value)}.`,
          ...(fix ? { fix } : {}),
        });
        return true;
      },
    };
  },
};
