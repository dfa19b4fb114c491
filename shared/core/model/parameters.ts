// Parameter views: path-item parameters merged with the operation's own (the operation's win, by
// name and location, as in Swagger 2.0), `$ref`s followed to `#/parameters`.
import { appendPointer } from '../text';
import { asArray, asObject, asString, isTrue } from './json-access';
import { resolveRef } from './resolve-ref';
import { schemaView } from './schemas';
import type { ParameterView, Visibility } from './types';

export function visibilityOf(v: unknown): Visibility {
  return v === 'advanced' || v === 'internal' || v === 'important' ? v : 'none';
}

export function parameterView(root: unknown, raw: unknown, pointer: string, fromPathItem: boolean): ParameterView {
  const { ref, resolvedPointer, target: p } = resolveRef(root, raw);
  const basePointer = resolvedPointer ?? pointer;
  const schema = p?.schema !== undefined ? schemaView(root, p.schema, appendPointer(basePointer, 'schema')) : undefined;
  return {
    pointer,
    ...(ref !== undefined ? { ref } : {}),
    ...(resolvedPointer !== undefined ? { resolvedPointer } : {}),
    resolved: p !== undefined,
    name: asString(p?.name) ?? '',
    in: asString(p?.in) ?? '',
    required: p?.required === true,
    ...(asString(p?.type) !== undefined ? { type: asString(p?.type) } : {}),
    ...(asString(p?.format) !== undefined ? { format: asString(p?.format) } : {}),
    ...(asString(p?.description) !== undefined ? { description: asString(p?.description) } : {}),
    ...(asString(p?.['x-ms-summary']) !== undefined ? { summary: asString(p?.['x-ms-summary']) } : {}),
    visibility: visibilityOf(p?.['x-ms-visibility']),
    ...(p && 'default' in p ? { default: p.default } : {}),
    ...(Array.isArray(p?.enum) ? { enum: p.enum as unknown[] } : {}),
    ...(schema ? { schema } : {}),
    fromPathItem,
    ...(p?.['x-ms-dynamic-values'] !== undefined ? { dynamicValues: p['x-ms-dynamic-values'] } : {}),
    ...(p?.['x-ms-dynamic-list'] !== undefined ? { dynamicList: p['x-ms-dynamic-list'] } : {}),
  };
}

export function operationParameters(
  root: unknown,
  pathItem: Record<string, unknown>,
  pathItemPointer: string,
  op: Record<string, unknown>,
  opPointer: string,
): ParameterView[] {
  const ownList = asArray(op.parameters);
  const itemList = asArray(pathItem.parameters);
  const own = ownList.map((p, i) => parameterView(root, p, `${opPointer}/parameters/${i}`, false));
  if (!itemList.length) return own;
  const key = (p: ParameterView) => `${p.in}\u0000${p.name}`;
  const ownKeys = new Set(own.map(key));
  const inherited = itemList
    .map((p, i) => parameterView(root, p, `${pathItemPointer}/parameters/${i}`, true))
    .filter((p) => !ownKeys.has(key(p)));
  return [...inherited, ...own];
}

/** True when a body parameter's schema has a property marked `x-ms-notification-url`. */
export function hasNotificationUrl(root: unknown, params: ParameterView[]): boolean {
  for (const p of params) {
    if (p.in !== 'body' || !p.schema) continue;
    const target = resolveRef(root, p.schema.value).target;
    const props = asObject(target?.properties);
    for (const v of Object.values(props ?? {})) {
      if (isTrue(resolveRef(root, v).target?.['x-ms-notification-url'])) return true;
    }
  }
  return false;
}
