import { asObject, asString } from './json-access';
import { resolveIfRef } from './resolve-ref';
import type { SchemaView } from './types';

export function schemaView(root: unknown, raw: unknown, pointer: string): SchemaView {
  const node = asObject(raw);
  const resolved = resolveIfRef(root, node);
  const target = resolved ? resolved.target : node;
  const type = asString(target?.type) ?? (asObject(target?.properties) ? 'object' : undefined);
  // One literal listing every key, undefined when absent: one shape for every schema view (see
  // operations.ts). Shapes left to spreads died at each full GC, and the code reading them too.
  return {
    pointer,
    ref: resolved?.ref,
    resolvedPointer: resolved?.resolvedPointer,
    type,
    value: raw,
  };
}
