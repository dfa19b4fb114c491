import { asObject, asString } from './json-access';
import { resolveRef } from './resolve-ref';
import type { SchemaView } from './types';

export function schemaView(root: unknown, raw: unknown, pointer: string): SchemaView {
  const { ref, resolvedPointer, target } = resolveRef(root, raw);
  const type = asString(target?.type) ?? (asObject(target?.properties) ? 'object' : undefined);
  // The common shapes as whole literals (see operations.ts).
  if (ref === undefined) return type !== undefined ? { pointer, type, value: raw } : { pointer, value: raw };
  if (resolvedPointer !== undefined && type !== undefined) return { pointer, ref, resolvedPointer, type, value: raw };
  return {
    pointer,
    ref,
    ...(resolvedPointer !== undefined ? { resolvedPointer } : undefined),
    ...(type !== undefined ? { type } : undefined),
    value: raw,
  };
}
