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
  const own: ParameterView[] = [];
  const ownList = op.parameters;
  if (Array.isArray(ownList)) addViews(root, ownList, `${opPointer}/parameters/`, false, undefined, own);
  const itemList = pathItem.parameters;
  if (!Array.isArray(itemList)) return own;
  // Loops into one array made here, no map/filter/spread: each of those made arrays of its own
  // elements kind (an empty one another still), and the readers of `parameters` (the checker's
  // operation nodes) were deoptimized on a "wrong map" whenever a rare one came.
  const out: ParameterView[] = [];
  addViews(root, itemList, `${pathItemPointer}/parameters/`, true, own, out);
  for (let i = 0; i < own.length; i++) out.push(own[i]!);
  return out;
}

/**
 * Views of a parsed `parameters` list pushed to `out`, but for those `own` overrides. Both lists
 * go through here: the list's length is read at one place, which sees arrays of every elements
 * kind early (`[]` parses to another kind than a list of objects); one place per list deoptimized
 * the model each time a rare path item with `"parameters": []` came.
 */
function addViews(
  root: unknown,
  list: unknown[],
  base: string,
  fromPathItem: boolean,
  own: ParameterView[] | undefined,
  out: ParameterView[],
): void {
  for (let i = 0; i < list.length; i++) {
    const p = parameterView(root, list[i], base + i, fromPathItem);
    if (own === undefined || !overridden(p, own)) out.push(p);
  }
}

/** True when the operation declares a parameter of the same name and location (it wins). */
function overridden(p: ParameterView, own: ParameterView[]): boolean {
  for (let i = 0; i < own.length; i++) if (own[i]!.name === p.name && own[i]!.in === p.in) return true;
  return false;
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
