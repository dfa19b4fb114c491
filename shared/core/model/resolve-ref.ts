// Local `$ref` resolution for the model: `#/parameters/x`, `#/responses/y`, `#/definitions/z`.
import { parsePointer, refToPointer, valueAtSegments } from '../text';
import { asObject, asString } from './json-access';

/**
 * Every resolution has all three keys (undefined when absent): one shape, which the code reading
 * them keeps. Shapes left to spreads died with each run's resolutions at a full GC, and the model's
 * views and the checker's operation nodes were compiled again each run.
 */
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

const MAX_HOPS = 8;

// Where a reference points depends on its text alone: worked out once per process (references
// recur hundreds of times in a definition, and in every parse of it while it is edited).
const pointers = new Map<string, { pointer: string; segments: string[] } | null>();

function pointerOf(ref: string): { pointer: string; segments: string[] } | null {
  let known = pointers.get(ref);
  if (known === undefined) {
    const pointer = refToPointer(ref);
    let segments: string[] | undefined;
    try {
      segments = pointer === undefined ? undefined : parsePointer(pointer);
    } catch {
      segments = undefined;
    }
    known = pointer !== undefined && segments !== undefined ? { pointer, segments } : null;
    // Bounded: texts typed into a reference are not all kept.
    if (pointers.size >= 20_000) pointers.clear();
    pointers.set(ref, known);
  }
  return known;
}

function hop(root: unknown, ref: string): Hop {
  const p = pointerOf(ref);
  if (!p) return { pointer: refToPointer(ref), target: undefined };
  return { pointer: p.pointer, target: asObject(valueAtSegments(root, p.segments)) };
}

function follow(root: unknown, node: Record<string, unknown>, ref: string, maxHops: number): Resolved {
  let cur: Record<string, unknown> | undefined = node;
  let pointer: string | undefined;
  const seen = new Set<string>();
  for (let n = 0; n < maxHops; n++) {
    const r = asString(cur?.$ref);
    if (r === undefined) break;
    const next = hop(root, r);
    pointer = next.pointer;
    if (pointer === undefined || seen.has(pointer) || !next.target) return { ref, resolvedPointer: undefined, target: undefined };
    seen.add(pointer);
    cur = next.target;
  }
  // Still a reference after the last hop: a chain too long to follow counts as unresolved.
  if (asString(cur?.$ref) !== undefined) return { ref, resolvedPointer: undefined, target: undefined };
  return { ref, resolvedPointer: pointer, target: cur };
}

// One resolution per distinct reference and document: connectors point at the same definition
// hundreds of times. The result depends on the document and the reference's text alone (the
// results are shared: read them, never change them).
const resolved = new WeakMap<object, Map<string, Resolved>>();

/**
 * The resolution of `node` when it is a reference (`$ref` a string), else undefined: the node is
 * then its own target (asObject). For the model's views, which read thousands of nodes that are
 * no references: resolveRef would make an object for each.
 */
export function resolveIfRef(root: unknown, node: Record<string, unknown> | undefined): Resolved | undefined {
  return node !== undefined && typeof node.$ref === 'string' ? resolveRef(root, node) : undefined;
}

export function resolveRef(root: unknown, node: unknown, maxHops = MAX_HOPS): Resolved {
  const cur = asObject(node);
  const ref = asString(cur?.$ref);
  if (ref === undefined) return { ref: undefined, resolvedPointer: undefined, target: cur };
  if (maxHops !== MAX_HOPS || root === null || typeof root !== 'object') return follow(root, cur!, ref, maxHops);
  let byRef = resolved.get(root);
  if (!byRef) resolved.set(root, (byRef = new Map()));
  let known = byRef.get(ref);
  if (!known) byRef.set(ref, (known = follow(root, cur!, ref, maxHops)));
  return known;
}
