// Parameter views: path-item parameters merged with the operation's own (the operation's win, by
// name and location, as in Swagger 2.0), `$ref`s followed to `#/parameters`.
import { asObject, asString, isTrue } from './json-access';
import { resolveIfRef, resolveRef } from './resolve-ref';
import { schemaView } from './schemas';
import type { ParameterView, Visibility } from './types';

export function visibilityOf(v: unknown): Visibility {
  return v === 'advanced' || v === 'internal' || v === 'important' ? v : 'none';
}

export function parameterView(root: unknown, raw: unknown, pointer: string, fromPathItem: boolean): ParameterView {
  const node = asObject(raw);
  const resolved = resolveIfRef(root, node);
  const p = resolved ? resolved.target : node;
  const ref = resolved?.ref;
  const resolvedPointer = resolved?.resolvedPointer;
  const basePointer = resolvedPointer ?? pointer;
  const schema = p?.schema !== undefined ? schemaView(root, p.schema, `${basePointer}/schema`) : undefined;
  const type = p?.type;
  const format = p?.format;
  const description = p?.description;
  const summary = p?.['x-ms-summary'];
  const dynamicValues = p?.['x-ms-dynamic-values'];
  const dynamicList = p?.['x-ms-dynamic-list'];
  // The common shapes as whole literals (see operations.ts); the others by conditional spreads.
  if (
    p !== undefined &&
    typeof format !== 'string' &&
    !('default' in p) &&
    !Array.isArray(p.enum) &&
    dynamicValues === undefined &&
    dynamicList === undefined
  ) {
    const name = asString(p.name) ?? '';
    const location = asString(p.in) ?? '';
    const required = p.required === true;
    const visibility = visibilityOf(p['x-ms-visibility']);
    if (schema === undefined && typeof type === 'string' && typeof description === 'string' && typeof summary === 'string') {
      if (ref === undefined) {
        return { pointer, resolved: true, name, in: location, required, type, description, summary, visibility, fromPathItem };
      }
      if (resolvedPointer !== undefined) {
        return {
          pointer,
          ref,
          resolvedPointer,
          resolved: true,
          name,
          in: location,
          required,
          type,
          description,
          summary,
          visibility,
          fromPathItem,
        };
      }
    }
    // Body parameters.
    if (schema !== undefined && ref === undefined && typeof type !== 'string' && typeof summary !== 'string') {
      return typeof description === 'string'
        ? { pointer, resolved: true, name, in: location, required, description, visibility, schema, fromPathItem }
        : { pointer, resolved: true, name, in: location, required, visibility, schema, fromPathItem };
    }
  }
  return {
    pointer,
    ...(ref !== undefined ? { ref } : undefined),
    ...(resolvedPointer !== undefined ? { resolvedPointer } : undefined),
    resolved: p !== undefined,
    name: asString(p?.name) ?? '',
    in: asString(p?.in) ?? '',
    required: p?.required === true,
    ...(typeof type === 'string' ? { type } : undefined),
    ...(typeof format === 'string' ? { format } : undefined),
    ...(typeof description === 'string' ? { description } : undefined),
    ...(typeof summary === 'string' ? { summary } : undefined),
    visibility: visibilityOf(p?.['x-ms-visibility']),
    ...(p && 'default' in p ? { default: p.default } : undefined),
    ...(Array.isArray(p?.enum) ? { enum: p.enum as unknown[] } : undefined),
    ...(schema ? { schema } : undefined),
    fromPathItem,
    ...(dynamicValues !== undefined ? { dynamicValues } : undefined),
    ...(dynamicList !== undefined ? { dynamicList } : undefined),
  };
}

export function operationParameters(
  root: unknown,
  pathItem: Record<string, unknown>,
  pathItemPointer: string,
  op: Record<string, unknown>,
  opPointer: string,
): ParameterView[] {
  const ownList = op.parameters;
  const own: ParameterView[] = [];
  if (Array.isArray(ownList)) {
    for (let i = 0; i < ownList.length; i++) own.push(parameterView(root, ownList[i], `${opPointer}/parameters/${i}`, false));
  }
  const itemList = pathItem.parameters;
  if (!Array.isArray(itemList) || !itemList.length) return own;
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
