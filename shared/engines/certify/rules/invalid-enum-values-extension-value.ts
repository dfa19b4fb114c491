import type { JsonObject } from '../../../core/model';
import { asObject } from '../../../core/model';
import { member, sameValue } from '../value-checks';
import { type Where, SchemaKey, type CertifyRule, type Report } from '../types';

export const invalidEnumValuesExtensionValue: CertifyRule = {
  id: 'InvalidEnumValuesExtensionValue',
  microsoft: true,
  category: 'extension',
  severity: 'error',
  description: 'Each x-ms-enum-values entry names a value of the "enum" beside it.',
  check(_ctx, report) {
    return {
      parameterKeys: SchemaKey.EnumValues,
      onParameter(p) {
        if (p.keys & SchemaKey.EnumValues && p.value && p.view.in !== 'body') checkEntries(p.value, { pointer: p.target }, report);
      },
      schemaKeys: SchemaKey.EnumValues,
      onSchema(s) {
        if (!(s.keys & SchemaKey.EnumValues)) return;
        checkEntries(s.value, s, report);
      },
    };
  },
};

/**
 * One function for every run: made per run inside check(), it died with the run, its optimized code
 * with it at the next full GC, and it was compiled again each run.
 */
function checkEntries(v: JsonObject, at: Where, report: Report): void {
  const list = v['x-ms-enum-values'];
  if (!Array.isArray(list) || !Array.isArray(v.enum)) return;
  const values = v.enum;
  // Loops, not callbacks: a callback made per call dies with it, its optimized code with it at
  // the next full GC, and it was compiled again each run.
  for (let i = 0; i < list.length; i++) {
    const entry = asObject(list[i]);
    if (!entry || !('value' in entry)) continue;
    // Through member(): a read of `entry.value` kept the few maps of x-ms-enum-values entries,
    // which die at each full GC.
    const wanted = member(entry, 'value');
    let listed = false;
    for (let k = 0; k < values.length && !listed; k++) listed = sameValue(values[k], wanted);
    if (!listed) {
      report({
        pointer: `${at.pointer}/x-ms-enum-values/${i}/value`,
        message: `x-ms-enum-values lists ${JSON.stringify(wanted)}, which is not in "enum"; the designer would offer a value the API does not accept.`,
      });
    }
  }
}
