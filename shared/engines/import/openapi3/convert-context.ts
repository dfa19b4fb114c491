// State shared by the OpenAPI 3 converters: the source, the report, where each output object came
// from (so notes made later, while finishing the connector, still point into the source), and how
// component names map to Swagger 2.0 names.
import { asObject, type JsonObject } from '../../../core/model';
import { appendPointer, refToPointer, valueAt } from '../../../core/text';
import type { ImportNotes } from '../openapi2';
import { plural } from '../openapi2';
import type { ComponentNames } from './component-names';

export interface ConvertContext {
  root: JsonObject;
  /** OpenAPI 3.1 (JSON Schema 2020-12 schemas) rather than 3.0. */
  is31: boolean;
  notes: ImportNotes;
  /** Output object -> source pointer. */
  origin: WeakMap<object, string>;
  names: ComponentNames;
  keepExtensions: boolean;
  /** Source pointers of schemas being inlined right now, to stop at cycles. */
  inlining: Set<string>;
}

export interface Located {
  value: unknown;
  pointer: string;
}

/**
 * Follows `$ref` chains inside the source document. Undefined for a reference that points
 * nowhere, out of the document, or round in a circle.
 */
export function resolveSource(ctx: ConvertContext, value: unknown, pointer: string): Located | undefined {
  let current: Located = { value, pointer };
  let seen: Set<string> | undefined;
  for (;;) {
    const ref = asObject(current.value)?.$ref;
    if (typeof ref !== 'string') return current;
    const target = lookUp(ctx, ref);
    if (!target) return undefined;
    seen ??= new Set();
    if (seen.has(target.pointer)) return undefined;
    seen.add(target.pointer);
    current = target;
  }
}

// Large specs name the same component thousands of times: one lookup per reference string.
const lookups = new WeakMap<object, Map<string, Located | null>>();

function lookUp(ctx: ConvertContext, ref: string): Located | undefined {
  let cache = lookups.get(ctx.root);
  if (!cache) lookups.set(ctx.root, (cache = new Map()));
  let hit = cache.get(ref);
  if (hit === undefined) {
    const target = refToPointer(ref);
    const found = target === undefined ? undefined : valueAt(ctx.root, target);
    hit = found === undefined || target === undefined ? null : { value: found, pointer: target };
    cache.set(ref, hit);
  }
  return hit ?? undefined;
}

/** Why a reference could not be followed, in words. */
export function describeBrokenRef(ref: unknown): string {
  if (typeof ref !== 'string') return 'a reference without a target';
  if (!ref.startsWith('#')) return `"${ref}" is in another file that was not included`;
  return `"${ref}" points nowhere in the document`;
}

/** Vendor extensions other than Microsoft's mean nothing to Power Platform and cost size; drop them unless asked. */
export function keepExtension(key: string, pointer: string, ctx: ConvertContext): boolean {
  if (key.startsWith('x-ms-') || key === 'x-nullable' || ctx.keepExtensions) return true;
  ctx.notes.tally(
    'decision',
    'VendorExtensionDropped',
    () => appendPointer(pointer, key),
    (n) =>
      `The extension "${key}" (${plural(n, 'place')}) was left out: it means nothing to Power Platform and counts toward the definition's 1 MB limit.`,
    key,
  );
  return false;
}

export function copyExtensions(from: JsonObject, to: JsonObject, pointer: string, ctx: ConvertContext): void {
  for (const [k, v] of Object.entries(from)) {
    if (k.startsWith('x-') && keepExtension(k, pointer, ctx)) to[k] = v;
  }
}
