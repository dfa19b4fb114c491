import { forCertification } from '../profiles';
import type { CertifyRule } from '../types';

/**
 * "get-item_by id" -> "GetItemById": each run of ASCII letters and digits, its first letter upper
 * case. One pass over the characters: the arrays split, filter and map made reached join with a map
 * its optimized code had not seen, and the hook was deoptimized and compiled again each run.
 */
export function pascalCase(id: string): string {
  let out = '';
  let first = true;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (c >= 97 && c <= 122) out += first ? String.fromCharCode(c - 32) : id[i];
    else if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) out += id[i];
    else {
      first = true;
      continue;
    }
    first = false;
  }
  return out;
}

/** Only ASCII letters and digits, as /^[A-Za-z0-9]+$/ tests a non-empty id, by a look at its characters. */
function lettersAndDigits(id: string): boolean {
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

export const operationIdSanitized: CertifyRule = {
  id: 'OperationIdSanitized',
  microsoft: true,
  requirement: 'OPID-PASCAL',
  category: 'operation',
  // Thousands of accepted operations use "_" or "-": guidance.
  severity: forCertification('warning'),
  description: 'operationIds are alphanumeric (PascalCase), without "-", "_", "." or spaces.',
  check(ctx, report) {
    return {
      onOperation(op) {
        const id = op.view.operationId;
        if (!id || lettersAndDigits(id)) return;
        const meant = pascalCase(id);
        // Renaming is safe only when nothing else refers to the old id.
        const free = meant !== '' && !ctx.operationsById.has(meant);
        report({
          pointer: `${op.pointer}/operationId`,
          message: `operationId "${id}" has characters other than letters and digits; use PascalCase${free ? ` such as "${meant}"` : ''}. Renaming an operation of a published connector breaks existing flows.`,
        });
      },
    };
  },
};
