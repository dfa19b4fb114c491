// Local `$ref` resolution for the model: `#/parameters/x`, `#/responses/y`, `#/definitions/z`.
import { refToPointer, valueAt } from '../text/json-pointer';
import { asObject, asString } from './json-access';

export interface Resolved {
  ref?: string;
  resolvedPointer?: string;
  /** The object after following references (at most a few hops; cycles stop). */
  target: Record<string, unknown> | undefined;
}

export function resolveRef(root: unknown, node: unknown, maxHops = 8): Resolved {
  let cur = asObject(node);
  const ref = asString(cur?.$ref);
  if (ref === undefined) return { target: cur };
  let pointer: string | undefined;
  const seen = new Set<string>();
  for (let hop = 0; hop < maxHops; hop++) {
    const r = asString(cur?.$ref);
    if (r === undefined) break;
    pointer = refToPointer(r);
    if (pointer === undefined || seen.has(pointer)) return { ref, target: undefined };
    seen.add(pointer);
    cur = asObject(valueAt(root, pointer));
    if (!cur) return { ref, target: undefined };
  }
  return { ref, ...(pointer !== undefined ? { resolvedPointer: pointer } : {}), target: cur };
}
