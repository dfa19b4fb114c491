// Pairs the old connector's operations with the new one's: by operationId (what flows call), then
// by method and path, which is how a rename shows (same request, another id). What is left over was
// deleted or added.
import type { OperationView } from '../../core/model';

export interface OperationPair {
  old: OperationView;
  new: OperationView;
  /** Paired by method and path, and the old id is gone (another id, or none). */
  renamed: boolean;
}

export interface OperationMatch {
  pairs: OperationPair[];
  removed: OperationView[];
  added: OperationView[];
}

/** Method and path, with path parameters unnamed and case folded (`/Items/{id}` = `/items/{itemId}`). */
function route(op: OperationView): string {
  return `${op.method} ${op.path.toLowerCase().replace(/\{[^}]*\}/g, '{}')}`;
}

function index<K>(ops: readonly OperationView[], key: (op: OperationView) => K | undefined): Map<K, OperationView[]> {
  const out = new Map<K, OperationView[]>();
  for (const op of ops) {
    const k = key(op);
    if (k === undefined) continue;
    const list = out.get(k);
    if (list) list.push(op);
    else out.set(k, [op]);
  }
  return out;
}

export function matchOperations(oldOps: readonly OperationView[], newOps: readonly OperationView[]): OperationMatch {
  const used = new Set<OperationView>();
  const pairs: OperationPair[] = [];
  const unmatched: OperationView[] = [];
  const newById = index(newOps, (op) => op.operationId);
  const take = (list: OperationView[] | undefined, prefer?: (op: OperationView) => boolean) => {
    const free = list?.filter((op) => !used.has(op)) ?? [];
    const pick = (prefer && free.find(prefer)) ?? free[0];
    if (pick) used.add(pick);
    return pick;
  };
  // Duplicate ids (an error of their own) pair in order, preferring the same route.
  for (const op of oldOps) {
    const match = op.operationId !== undefined ? take(newById.get(op.operationId), (n) => route(n) === route(op)) : undefined;
    if (match) pairs.push({ old: op, new: match, renamed: false });
    else unmatched.push(op);
  }
  // A new operation whose id the old connector also has is that operation moved, not a rename.
  const oldIds = new Set(oldOps.map((op) => op.operationId).filter((id) => id !== undefined));
  const newByRoute = index(newOps, (op) => (op.operationId !== undefined && oldIds.has(op.operationId) ? undefined : route(op)));
  const removed: OperationView[] = [];
  for (const op of unmatched) {
    const match = take(newByRoute.get(route(op)));
    if (match) pairs.push({ old: op, new: match, renamed: op.operationId !== undefined && op.operationId !== match.operationId });
    else removed.push(op);
  }
  return { pairs, removed, added: newOps.filter((op) => !used.has(op)) };
}
