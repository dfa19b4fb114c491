import { forCertification } from '../profiles';
import type { CertifyRule } from '../types';

/** "get-item_by id" -> "GetItemById" */
export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
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
        if (!id || /^[A-Za-z0-9]+$/.test(id)) return;
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
