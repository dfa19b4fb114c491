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
      segments = pointer === undefined ? undefined : sameKind(parsePointer(pointer));
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

/**
 * A copy made by pushes from one place: parsePointer's arrays come in several elements kinds (from
 * map() optimized or not, an empty literal), and as they are kept from round to round, follow met
 * a rare one late and was deoptimized, then compiled again (a 100 ms compile, inlining included).
 */
function sameKind(segments: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < segments.length; i++) out.push(segments[i]!);
  return out;
}

function unresolved(ref: string): Resolved {
  return { ref, resolvedPointer: undefined, target: undefined };
}

function follow(root: unknown, node: Record<string, unknown>, ref: string, maxHops: number): Resolved {
  let cur: Record<string, unknown> = node;
  let pointer: string | undefined;
  // The pointers passed before the last, for cycles: no list (nor Set) for the usual single hop.
  let seen: string[] | undefined;
  for (let n = 0; n < maxHops; n++) {
    const r = asString(cur.$ref);
    if (r === undefined) break;
    const p = pointerOf(r);
    const target = p ? asObject(valueAtSegments(root, p.segments)) : undefined;
    if (!p || !target) return unresolved(ref);
    if (pointer !== undefined) {
      if (seen === undefined) seen = [pointer];
      if (seen.includes(p.pointer)) return unresolved(ref);
      seen.push(p.pointer);
    }
    pointer = p.pointer;
    cur = target;
  }
  // Still a reference after the last hop: a chain too long to follow counts as unresolved.
  if (asString(cur.$ref) !== undefined) return unresolved(ref);
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
  if (node === undefined) return undefined;
  const ref = node.$ref;
  return typeof ref === 'string' ? cachedResolution(root, node, ref) : undefined;
}

export function resolveRef(root: unknown, node: unknown, maxHops = MAX_HOPS): Resolved {
  const cur = asObject(node);
  const ref = asString(cur?.$ref);
  if (ref === undefined) return { ref: undefined, resolvedPointer: undefined, target: cur };
  if (maxHops !== MAX_HOPS) return follow(root, cur!, ref, maxHops);
  return cachedResolution(root, cur!, ref);
}

/** The resolution of `node`, whose `$ref` is `ref`, cached per document. */
function cachedResolution(root: unknown, node: Record<string, unknown>, ref: string): Resolved {
  if (root === null || typeof root !== 'object') return follow(root, node, ref, MAX_HOPS);
  let byRef = resolved.get(root);
  if (!byRef) resolved.set(root, (byRef = new Map()));
  let result = byRef.get(ref);
  if (!result) byRef.set(ref, (result = follow(root, node, ref, MAX_HOPS)));
  return result;
}
