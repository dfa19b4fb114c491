import { asObject, asString } from './json-access';
import { resolveRef } from './resolve-ref';
import type { SchemaView } from './types';

export function schemaView(root: unknown, raw: unknown, pointer: string): SchemaView {
  const { ref, resolvedPointer, target } = resolveRef(root, raw);
  const type = asString(target?.type) ?? (asObject(target?.properties) ? 'object' : undefined);
  return {
    pointer,
    ...(ref !== undefined ? { ref } : {}),
    ...(resolvedPointer !== undefined ? { resolvedPointer } : {}),
    ...(type !== undefined ? { type } : {}),
    value: raw,
  };
}
