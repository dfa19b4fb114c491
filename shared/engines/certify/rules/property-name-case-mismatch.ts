import { escapeSegment } from '../../../core/text';
import { renameKeyFix } from '../fixes';
import { everywhere } from '../profiles';
import { dataOf, placeOfError } from '../structure-errors';
import type { CertifyRule } from '../types';

/**
 * Microsoft's validator reads the files with .NET's JSON serializer, which matches property names
 * without case: accepted connectors write `PropertyName` / `PropertyValue` in x-ms-connector-metadata.
 * A required property present in another case is therefore read, and worth a warning only (other
 * tools, such as paconn's schema check, do not ignore case). It claims the schema's "required"
 * violation, so one mis-cased key is one finding, not one per key and a missing metadata entry.
 */
export const propertyNameCaseMismatch: CertifyRule = {
  id: 'PropertyNameCaseMismatch',
  microsoft: false,
  requirement: "Microsoft's validator matches property names without case (.NET); the published JSON Schemas do not",
  category: 'structure',
  severity: everywhere('warning'),
  description: 'A property the schema requires is written in another letter case ("PropertyName" for "propertyName").',
  check(ctx, report) {
    return {
      onSchemaError(e) {
        const name = e.params.missingProperty;
        if (e.keyword !== 'required' || typeof name !== 'string') return false;
        const value = dataOf(ctx, e);
        if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
        const lower = name.toLowerCase();
        const written = Object.keys(value).find((k) => k.toLowerCase() === lower);
        if (written === undefined) return false;
        const pointer = `${e.instancePath}/${escapeSegment(written)}`;
        report({
          file: e.file,
          pointer,
          at: 'key',
          message: `"${written}" in ${placeOfError(e).label}: did you mean "${name}"? Microsoft's validator ignores the case of property names, other tools do not.`,
          fix: (fc) => renameKeyFix(fc, name),
        });
        return true;
      },
    };
  },
};
