import { replaceValueFix } from '../fixes';
import { everywhere } from '../profiles';
import { dataOf, nameOf } from '../structure-errors';
import type { CertifyRule } from '../types';

/**
 * The same calibration as BooleanWrittenForString: Microsoft's validator reads the files with
 * .NET's serializer, which reads a JSON number into a string property as its text (1 as "1"), so
 * a number where the schema wants a string passes there (accepted: Oneflow, `"x-ms-summary": 1`),
 * while paconn's schema check and other tools refuse it. A warning with the string to write,
 * instead of a JsonTypeIncorrect error. An enum of strings the number's text is not in stays the
 * enum's error.
 */
export const numberWrittenForString: CertifyRule = {
  id: 'NumberWrittenForString',
  microsoft: false,
  requirement: 'JSON Schema type string, which .NET reads a JSON number into as its text',
  category: 'structure',
  severity: everywhere('warning'),
  description: 'A value the schema wants as a string is written as a JSON number.',
  check(ctx, report) {
    return {
      onSchemaError(e) {
        const value = dataOf(ctx, e);
        if (typeof value !== 'number' || !Number.isFinite(value)) return false;
        const text = String(value);
        // The type's error, or the enum's when the enum holds the number's text (one finding for both).
        const wantsString =
          e.keyword === 'type'
            ? e.params.type === 'string'
            : e.keyword === 'enum' && Array.isArray(e.params.allowedValues) && e.params.allowedValues.includes(text);
        if (!wantsString) return false;
        report({
          file: e.file,
          pointer: e.instancePath,
          message: `${nameOf(e)} is the number ${text}; write the string "${text}" (Microsoft's validator reads the number as text, other tools refuse it).`,
          fix: (fc) => replaceValueFix(fc, text),
        });
        return true;
      },
    };
  },
};
