import { valueAt } from '../../../core/text';
import { replaceValueFix } from '../fixes';
import { apiDefinitionSchema, apiPropertiesSchema } from '../generated/connector-schemas.js';
import { everywhere } from '../profiles';
import { dataOf, nameOf } from '../structure-errors';
import type { CertifyRule, StructureError } from '../types';

/**
 * Microsoft's validator reads the files with .NET's serializer, which reads a JSON boolean into a
 * string property as "True" or "False". Where the schema wants exactly those strings
 * (oAuthSettings.properties.IsFirstParty), `false` is therefore accepted, and other tools (paconn's
 * schema check) refuse it: a warning with the string to write. One finding for the schema's two
 * violations (type and enum).
 */
export const booleanWrittenForString: CertifyRule = {
  id: 'BooleanWrittenForString',
  microsoft: false,
  requirement: 'apiProperties.json schema: "True" / "False" strings, which .NET reads a JSON boolean as',
  category: 'structure',
  severity: everywhere('warning'),
  description: 'A value the schema wants as the string "True" or "False" is written as a JSON boolean.',
  check(ctx, report) {
    return {
      onSchemaError(e) {
        if (e.keyword !== 'type' && e.keyword !== 'enum') return false;
        const value = dataOf(ctx, e);
        if (typeof value !== 'boolean') return false;
        const meant = value ? 'True' : 'False';
        if (!allowedStrings(e).includes(meant)) return false;
        report({
          file: e.file,
          pointer: e.instancePath,
          message: `${nameOf(e)} is the boolean ${value}; write the string "${meant}" (Microsoft's validator reads the boolean as "${meant}", other tools refuse it).`,
          fix: (fc) => replaceValueFix(fc, meant),
        });
        return true;
      },
    };
  },
};

/** The enum of the schema whose `type` or `enum` keyword failed. */
function allowedStrings(e: StructureError): unknown[] {
  if (e.keyword === 'enum') return Array.isArray(e.params.allowedValues) ? e.params.allowedValues : [];
  if (e.params.type !== 'string' || !e.schemaPath.startsWith('#/') || !e.schemaPath.endsWith('/type')) return [];
  const schema = e.file === 'definition' ? apiDefinitionSchema : apiPropertiesSchema;
  const node = valueAt(schema, e.schemaPath.slice(1, -'/type'.length)) as { enum?: unknown } | undefined;
  return Array.isArray(node?.enum) ? node.enum : [];
}
