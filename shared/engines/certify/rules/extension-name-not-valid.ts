import { closestMatch } from '../edit-distance';
import { renameKeyFix } from '../fixes';
import { everywhere } from '../profiles';
import { isKnownExtension, looksLikeMsExtension, POWER_PLATFORM_EXTENSIONS } from '../known-extensions';
import { memberPointer, placeOfError } from '../structure-errors';
import type { CertifyRule } from '../types';

/** The extension a misspelt key was meant to be: same letters without spaces, a near miss, or a known name followed by junk. */
export function intendedExtension(key: string): string | undefined {
  const squeezed = key.replace(/\s+/g, '').toLowerCase();
  const exact = POWER_PLATFORM_EXTENSIONS.find((x) => x.toLowerCase() === squeezed);
  if (exact) return exact;
  const near = closestMatch(squeezed, POWER_PLATFORM_EXTENSIONS);
  if (near) return near;
  const prefix = POWER_PLATFORM_EXTENSIONS.filter((x) => key.toLowerCase().startsWith(`${x.toLowerCase()} `)).sort(
    (a, b) => b.length - a.length,
  )[0];
  return prefix;
}

/**
 * A warning in every profile. Microsoft's validator reports under this name a key that is not an
 * extension at all ("The property 'scriptOperations' is not valid. If this property is an extension,
 * its name must begin with "x-"", PowerPlatformConnectors#3810, 2025); a misspelt `x-ms-…` key does
 * begin with "x-" and passes it. The published JSON Schema refuses unknown `x-ms-*` keys, but
 * Microsoft accepted 6 of 477 certified connectors (Cyberday, Dokobit Portal, ISOPlanner, monday,
 * RiskIQPassiveTotal, Survey123) and 2 of 296 independent-publisher ones (Brave Search, ITGlue) with
 * such typos. The connector still saves and runs; only the misspelt setting is lost, which is worth
 * fixing, not a refusal.
 */
export const extensionNameNotValid: CertifyRule = {
  id: 'ExtensionNameNotValid',
  microsoft: true,
  category: 'extension',
  severity: everywhere('warning'),
  description: 'An x-ms-* key is a misspelling of a Power Platform extension (the platform ignores it, so the setting has no effect).',
  check(_ctx, report) {
    // A misspelt key often recurs in every operation: each is worked out once per run.
    const intended = new Map<string, string | undefined>();
    return {
      onSchemaError(e) {
        const key = e.params.additionalProperty;
        if (e.keyword !== 'additionalProperties' || typeof key !== 'string' || !looksLikeMsExtension(key) || isKnownExtension(key))
          return false;
        if (!intended.has(key)) intended.set(key, intendedExtension(key));
        const meant = intended.get(key);
        if (!meant) return false;
        report({
          file: e.file,
          pointer: memberPointer(e),
          at: 'key',
          message: `"${key}" is not a Power Platform extension, so it is ignored in ${placeOfError(e).label}; did you mean "${meant}"?`,
          fix: (fc) => renameKeyFix(fc, meant),
        });
        return true;
      },
    };
  },
};
