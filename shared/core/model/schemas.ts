import { asObject, asString } from './json-access';
import { resolveIfRef } from './resolve-ref';
import type { SchemaView } from './types';

export function schemaView(root: unknown, raw: unknown, pointer: string): SchemaView {
  const node = asObject(raw);
  const resolved = resolveIfRef(root, node);
  const target = resolved ? resolved.target : node;
  const type = asString(target?.type) ?? (asObject(target?.properties) ? 'object' : undefined);
  // The common shapes as whole literals (see operations.ts).
  if (!resolved) return type !== undefined ? { pointer, type, value: raw } : { pointer, value: raw };
  const { ref, resolvedPointer } = resolved;
  if (resolvedPointer !== undefined && type !== undefined) return { pointer, ref: ref!, resolvedPointer, type, value: raw };
  return {
    pointer,
    ref: ref!,
    ...(resolvedPointer !== undefined ? { resolvedPointer } : undefined),
    ...(type !== undefined ? { type } : undefined),
    value: raw,
  };
}
