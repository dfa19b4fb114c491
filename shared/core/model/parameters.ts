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
  // The fields in one pass over the keys, not by name. Parsed parameters come in thousands of
  // shapes, new ones at every parse; a lookup by name (mostly of absent names: thirteen per
  // parameter) misses the engine's lookup cache once per shape and name, where a pass over the
  // keys uses the key list the engine keeps per shape (built once, by the duplicate-key count).
  // Inherited keys do not matter: Object.prototype has none of these names.
  let schemaRaw: unknown;
  let type: unknown;
  let format: unknown;
  let description: unknown;
  let summary: unknown;
  let dynamicValues: unknown;
  let dynamicList: unknown;
  let name: unknown;
  let location: unknown;
  let requiredRaw: unknown;
  let visibilityRaw: unknown;
  let defaultValue: unknown;
  let enumRaw: unknown;
  for (const key in p) {
    // One load for every key: a load per case would lack feedback until its case comes.
    const value = p[key];
    switch (key) {
      case 'name':
        name = value;
        break;
      case 'in':
        location = value;
        break;
      case 'required':
        requiredRaw = value;
        break;
      case 'type':
        type = value;
        break;
      case 'format':
        format = value;
        break;
      case 'description':
        description = value;
        break;
      case 'x-ms-summary':
        summary = value;
        break;
      case 'x-ms-visibility':
        visibilityRaw = value;
        break;
      case 'schema':
        schemaRaw = value;
        break;
      case 'default':
        defaultValue = value;
        break;
      case 'enum':
        enumRaw = value;
        break;
      case 'x-ms-dynamic-values':
        dynamicValues = value;
        break;
      case 'x-ms-dynamic-list':
        dynamicList = value;
        break;
    }
  }
  const basePointer = resolvedPointer ?? pointer;
  const schema = schemaRaw !== undefined ? schemaView(root, schemaRaw, `${basePointer}/schema`) : undefined;
  // One literal listing every key (undefined when absent), so that every parameter view has the
  // same shape: shapes that differ by their optional keys were dozens per round, dropped at each
  // full GC, and the rule hooks reading views were deoptimized and compiled again.
  return {
    pointer,
    ref,
    resolvedPointer,
    resolved: p !== undefined,
    name: asString(name) ?? '',
    in: asString(location) ?? '',
    required: requiredRaw === true,
    type: typeof type === 'string' ? type : undefined,
    format: typeof format === 'string' ? format : undefined,
    description: typeof description === 'string' ? description : undefined,
    summary: typeof summary === 'string' ? summary : undefined,
    visibility: visibilityOf(visibilityRaw),
    default: defaultValue,
    enum: Array.isArray(enumRaw) ? (enumRaw as unknown[]) : undefined,
    schema,
    fromPathItem,
    dynamicValues,
    dynamicList,
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
