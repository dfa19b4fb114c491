import { escapeSegment } from '../../../core/text';
import { renameKeyFix } from '../fixes';
import { everywhere } from '../profiles';
import { dataOf, memberPointer, placeOfError } from '../structure-errors';
import type { CertifyRule, StructureError } from '../types';

/**
 * Microsoft's validator reads the files with .NET's JSON serializer, which matches property names
 * without case: accepted connectors write `PropertyName` / `PropertyValue` in x-ms-connector-metadata.
 * A required property present in another case is therefore read, and worth a warning only (other
 * tools, such as paconn's schema check, do not ignore case). It claims the schema's "required"
 * violation, so one mis-cased key is one finding, not one per key and a missing metadata entry.
 * Likewise a Swagger key written in another case and not also written correctly ("basepath" with
 * no "basePath") is read, not an unknown key: accepted USB4SAP has only "basepath", and its paths
 * work only under that base path (an API Management suffix). Written both ways, the key stays
 * AdditionalPropertyNotAllowed: which value is read depends on the order.
 */
export const propertyNameCaseMismatch: CertifyRule = {
  id: 'PropertyNameCaseMismatch',
  microsoft: false,
  requirement: "Microsoft's validator matches property names without case (.NET); the published JSON Schemas do not",
  category: 'structure',
  severity: everywhere('warning'),
  description: 'A property is written in another letter case ("PropertyName" for "propertyName", "basepath" for "basePath").',
  check(ctx, report) {
    return {
      onSchemaError(e) {
        if (e.keyword === 'additionalProperties') return claimMisCasedKey(e);
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

    /** A definition key that is a standard key of its place in another case, written only that way. */
    function claimMisCasedKey(e: StructureError): boolean {
      const key = e.params.additionalProperty;
      if (e.file !== 'definition' || typeof key !== 'string') return false;
      const place = placeOfError(e);
      const lower = key.toLowerCase();
      const meant = place.keys?.find((k) => k !== key && k.toLowerCase() === lower);
      const value = dataOf(ctx, e);
      if (meant === undefined || value === null || typeof value !== 'object' || Array.isArray(value)) return false;
      if (Object.keys(value).some((k) => k !== key && k.toLowerCase() === lower)) return false;
      report({
        file: 'definition',
        pointer: memberPointer(e),
        at: 'key',
        message: `"${key}" in ${place.label}: did you mean "${meant}"? Microsoft's validator ignores the case of property names, other tools do not.`,
        fix: (fc) => renameKeyFix(fc, meant),
      });
      return true;
    }
  },
};
