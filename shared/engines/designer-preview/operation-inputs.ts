// The card's inputs as the designer lays them out: one field per parameter, a body object expanded
// into one field per property (nested objects into their properties, arrays of objects into item
// fields), each labelled, marked required, given its hint and control, and put in its visibility
// group; internal ones left out.
import { asArray, asObject, asString, operationParameters, resolveRef, visibilityOf, type JsonObject } from '../../core/model';
import { appendPointer } from '../../core/text';
import { dynamicDropdown, dynamicSchema, labelOf, shownValue, type PreviewContext } from './preview-context';
import type { DynamicSource, InputControl, InputGroup, PreviewInput } from './types';

/** A schema of hundreds of properties is read in the text; the card shows its first part. */
export const MAX_INPUTS = 300;
const MAX_DEPTH = 10;

type Placement = InputGroup | 'internal';

export interface OperationInputs {
  inputs: PreviewInput[];
  hidden: number;
  dynamic: DynamicSource[];
  truncated: boolean;
  /** Required internal parameters without a default: nobody can ever give them a value. */
  unfillable: { name: string; pointer: string; parameterPointer: string }[];
  /** A body whose fields all come from another operation: one record argument in Power Apps. */
  dynamicBody?: { name: string; required: boolean; operationId: string };
}

function placementOf(own: unknown, inherited: Placement): Placement {
  const v = visibilityOf(own);
  if (inherited === 'internal' || v === 'internal') return 'internal';
  return v === 'none' ? inherited : v;
}

const typeOf = (s: JsonObject | undefined): string =>
  asString(s?.type) ?? (asObject(s?.properties) ? 'object' : s?.items !== undefined ? 'array' : 'string');

/** The control the designer gives a value of this (resolved) schema or parameter. */
function controlOf(ctx: PreviewContext, v: JsonObject, itemFields: () => PreviewInput[]): InputControl {
  const dynamic = dynamicDropdown(ctx, v);
  if (dynamic) return { kind: 'dynamic', source: dynamic };
  if (Array.isArray(v.enum) && v.enum.length) {
    const names = new Map<string, string>();
    for (const e of asArray(v['x-ms-enum-values'])) {
      const o = asObject(e);
      const name = asString(o?.displayName);
      if (o && 'value' in o && name) names.set(shownValue(o.value), name);
    }
    const options = v.enum.map((e) => {
      const value = shownValue(e);
      return { value, label: names.get(value) ?? value };
    });
    return { kind: 'dropdown', options, displayNames: names.size > 0 };
  }
  const type = typeOf(v);
  const format = asString(v.format);
  if (type === 'boolean') return { kind: 'boolean' };
  if (type === 'file' || format === 'binary') return { kind: 'file' };
  if (type === 'integer' || type === 'number') return { kind: 'number', integer: type === 'integer' };
  if (type === 'string' && (format === 'date-time' || format === 'date')) return { kind: 'date-time', dateOnly: format === 'date' };
  if (type === 'array') {
    const items = resolveRef(ctx.definition, v.items).target ?? {};
    return { kind: 'array', item: controlOf(ctx, items, () => []), itemFields: itemFields() };
  }
  if (type === 'object') return { kind: 'object', dictionary: v['x-ms-editor'] === 'dictionary' };
  return { kind: 'text', ...(format === 'html' ? { multiline: true } : {}) };
}

interface Walk {
  ctx: PreviewContext;
  out: PreviewInput[];
  hidden: number;
  dynamic: DynamicSource[];
  truncated: boolean;
  unfillable: OperationInputs['unfillable'];
  parameterPointer: string;
  location: string;
}

/** The fields of an object schema's properties (recursing into nested objects), appended to `into`. */
function objectFields(
  w: Walk,
  target: JsonObject,
  at: string,
  path: readonly string[],
  parents: string[],
  required: boolean,
  placement: Placement,
  into: PreviewInput[],
  ancestors: ReadonlySet<string>,
): void {
  const props = asObject(target.properties);
  if (!props) return;
  const req = new Set(asStringList(target.required));
  for (const [name, raw] of Object.entries(props)) {
    if (w.out.length + into.length >= MAX_INPUTS || parents.length >= MAX_DEPTH) {
      w.truncated = true;
      return;
    }
    propertyField(
      w,
      raw,
      appendPointer(at, 'properties', name),
      name,
      [...path, name],
      parents,
      required && req.has(name),
      placement,
      into,
      ancestors,
    );
  }
}

function asStringList(v: unknown): string[] {
  return asArray(v).filter((x): x is string => typeof x === 'string');
}

function propertyField(
  w: Walk,
  raw: unknown,
  at: string,
  name: string,
  path: readonly string[],
  parents: string[],
  required: boolean,
  inherited: Placement,
  into: PreviewInput[],
  ancestors: ReadonlySet<string>,
): void {
  const { resolvedPointer, target } = resolveRef(w.ctx.definition, raw);
  const where = resolvedPointer ?? at;
  if (!target) return;
  const placement = placementOf(target['x-ms-visibility'], inherited);
  if (placement === 'internal') {
    w.hidden++;
    return;
  }
  const { label, labelFrom } = labelOf(target, name, true);
  const dyn = dynamicSchema(w.ctx, target);
  if (dyn) w.dynamic.push(dyn);
  // A nested object is not a field of its own: the designer lists its properties under its label.
  if (asObject(target.properties) && typeOf(target) === 'object' && !dynamicDropdown(w.ctx, target)) {
    if (ancestors.has(where)) return;
    objectFields(w, target, where, path, [...parents, label], required, placement, into, new Set(ancestors).add(where));
    return;
  }
  into.push(
    field(w, target, {
      key: `${where}#${path.join('.')}`,
      label,
      labelFrom,
      name: path.join('.'),
      path: [...path],
      required,
      group: placement,
      parents,
      pointer: where,
      property: true,
      itemFields: () => itemFields(w, target, where, placement, ancestors),
    }),
  );
}

/** The fields of an array's object items, shown once per item the maker adds. */
function itemFields(w: Walk, array: JsonObject, at: string, placement: Placement, ancestors: ReadonlySet<string>): PreviewInput[] {
  const items = resolveRef(w.ctx.definition, array.items);
  const itemsAt = items.resolvedPointer ?? appendPointer(at, 'items');
  if (!items.target || !asObject(items.target.properties) || ancestors.has(itemsAt)) return [];
  const fields: PreviewInput[] = [];
  objectFields(w, items.target, itemsAt, [], [], true, placement, fields, new Set(ancestors).add(itemsAt));
  return fields;
}

function field(
  w: Walk,
  v: JsonObject,
  f: Omit<PreviewInput, 'in' | 'type' | 'hint' | 'control' | 'default' | 'parameterPointer'> & { itemFields(): PreviewInput[] },
): PreviewInput {
  const { itemFields: items, group, ...rest } = f;
  const hint = asString(v.description)?.trim();
  return {
    ...rest,
    in: w.location,
    type: typeOf(v),
    group: group as InputGroup,
    ...(hint ? { hint } : {}),
    control: controlOf(w.ctx, v, items),
    ...('default' in v && v.default !== undefined ? { default: shownValue(v.default) } : {}),
    parameterPointer: w.parameterPointer,
  };
}

/** The inputs of the operation at `opPointer` (its path item at `itemPointer`). */
export function operationInputs(
  ctx: PreviewContext,
  pathItem: JsonObject,
  itemPointer: string,
  op: JsonObject,
  opPointer: string,
): OperationInputs {
  const w: Walk = { ctx, out: [], hidden: 0, dynamic: [], truncated: false, unfillable: [], parameterPointer: '', location: '' };
  let dynamicBody: OperationInputs['dynamicBody'];
  for (const p of operationParameters(ctx.definition, pathItem, itemPointer, op, opPointer)) {
    if (!p.resolved) continue;
    if (w.out.length >= MAX_INPUTS) {
      w.truncated = true;
      break;
    }
    w.parameterPointer = p.pointer;
    w.location = p.in;
    const where = p.resolvedPointer ?? p.pointer;
    const raw = resolveRef(ctx.definition, valueOfParameter(op, pathItem, p.pointer, opPointer)).target ?? {};
    const placement = placementOf(raw['x-ms-visibility'], 'none');
    if (placement === 'internal') {
      w.hidden++;
      if (p.required && p.in !== 'body' && raw.default === undefined)
        w.unfillable.push({ name: p.name, pointer: where, parameterPointer: p.pointer });
      continue;
    }
    const { label, labelFrom } = labelOf(raw, p.name, false);
    if (p.in === 'body') {
      const schemaAt = p.schema?.resolvedPointer ?? appendPointer(where, 'schema');
      const schema = resolveRef(ctx.definition, raw.schema).target ?? {};
      const dyn = dynamicSchema(ctx, schema);
      if (dyn) w.dynamic.push(dyn);
      if (dyn && !asObject(schema.properties)) dynamicBody = { name: p.name, required: p.required, operationId: dyn.operationId };
      if (asObject(schema.properties) || (dyn && typeOf(schema) === 'object')) {
        objectFields(w, schema, schemaAt, [], [], p.required, placement, w.out, new Set([schemaAt]));
        continue;
      }
      // A body that is one value (a string, a file, an array) is one field, labelled by the parameter.
      w.out.push(
        field(
          w,
          { ...schema, ...(raw.description !== undefined ? { description: raw.description } : {}) },
          {
            key: where,
            label,
            labelFrom,
            name: p.name,
            path: [p.name],
            required: p.required,
            group: placement,
            parents: [],
            pointer: where,
            property: false,
            itemFields: () => itemFields(w, schema, schemaAt, placement, new Set([schemaAt])),
          },
        ),
      );
      continue;
    }
    w.out.push(
      field(w, raw, {
        key: where,
        label,
        labelFrom,
        name: p.name,
        path: [p.name],
        required: p.required,
        group: placement,
        parents: [],
        pointer: where,
        property: false,
        itemFields: () => [],
      }),
    );
  }
  return {
    inputs: w.out,
    hidden: w.hidden,
    dynamic: w.dynamic,
    truncated: w.truncated,
    unfillable: w.unfillable,
    ...(dynamicBody ? { dynamicBody } : {}),
  };
}

/** The parameter object written at `pointer` (an item of the operation's or the path item's list). */
function valueOfParameter(op: JsonObject, pathItem: JsonObject, pointer: string, opPointer: string): unknown {
  const index = Number(pointer.slice(pointer.lastIndexOf('/') + 1));
  return pointer.startsWith(`${opPointer}/parameters/`) ? asArray(op.parameters)[index] : asArray(pathItem.parameters)[index];
}
