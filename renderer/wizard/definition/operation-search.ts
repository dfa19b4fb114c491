// Finding actions and triggers by what a person remembers of them: every word typed must appear in
// the operation ID, the summary, the method or the path (case-insensitive).
import type { OperationRow } from '../../../shared/editing/form-state';

export function searchOperations(operations: readonly OperationRow[], query: string): OperationRow[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [...operations];
  return operations.filter((op) => {
    const haystack = `${op.operationId} ${op.summary} ${op.method} ${op.path}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}
