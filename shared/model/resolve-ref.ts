// Local `$ref` resolution for the model: `#/parameters/x`, `#/responses/y`, `#/definitions/z`.
import { refToPointer, valueAt } from '../text/json-pointer';
import { asObject, asString } from './json-access';

export interface Resolved {
  ref?: string;
  resolvedPointer?: string;
  /** The object after following references (a few hops at most; a cycle resolves to nothing). */
  target: Record<string, unknown> | undefined;
}

interface Hop {
  pointer: string | undefined;
  target: Record<string, unknown> | undefined;
}

// One lookup per distinct reference and document: connectors point at the same definition
// hundreds of times.
const cache = new WeakMap<object, Map<string, Hop>>();

function hop(root: unknown, ref: string): Hop {
  const resolve = (): Hop => {
    const pointer = refToPointer(ref);
    return { pointer, target: pointer === undefined ? undefined : asObject(valueAt(root, pointer)) };
  };
  if (root === null || typeof root !== 'object') return resolve();
  let byRef = cache.get(root);
  if (!byRef) cache.set(root, (byRef = new Map()));
  let known = byRef.get(ref);
  if (!known) byRef.set(ref, (known = resolve()));
  return known;
}

export function resolveRef(root: unknown, node: unknown, maxHops = 8): Resolved {
  let cur = asObject(node);
  const ref = asString(cur?.$ref);
  if (ref === undefined) return { target: cur };
  let pointer: string | undefined;
  const seen = new Set<string>();
  for (let n = 0; n < maxHops; n++) {
    const r = asString(cur?.$ref);
    if (r === undefined) break;
    const next = hop(root, r);
    pointer = next.pointer;
    if (pointer === undefined || seen.has(pointer) || !next.target) return { ref, target: undefined };
    seen.add(pointer);
    cur = next.target;
  }
  // Still a reference after the last hop: a chain too long to follow counts as unresolved.
  if (asString(cur?.$ref) !== undefined) return { ref, target: undefined };
  return { ref, ...(pointer !== undefined ? { resolvedPointer: pointer } : {}), target: cur };
}
