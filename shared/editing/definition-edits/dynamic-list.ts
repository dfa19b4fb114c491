// x-ms-dynamic-list: the newer form of a dynamic dropdown (x-ms-dynamic-values), which the designer
// reads first and which can also take a parameter's value from inside a body (`body/x`). The same
// dropdown written from its x-ms-dynamic-values, so authors get both without retyping.
import type { TextEdit, JsonDocument } from '../../core/text';
import { setValueEdits, appendPointer, valueAt } from '../../core/text';
import { asObject, asString } from '../../core/model';

export const DYNAMIC_VALUES = 'x-ms-dynamic-values';
export const DYNAMIC_LIST = 'x-ms-dynamic-list';

/**
 * The `parameters` of x-ms-dynamic-values or -schema in the newer forms' shape: `{"parameter": name}`
 * becomes `{"parameterReference": name}`, a fixed value `{"value": …}`. Undefined when there are none.
 */
export function referenceParameters(raw: unknown): Record<string, unknown> | undefined {
  const parameters = asObject(raw);
  if (!parameters || !Object.keys(parameters).length) return undefined;
  const mapped: Record<string, unknown> = {};
  for (const [name, v] of Object.entries(parameters)) {
    const o = asObject(v);
    const reference = asString(o?.parameter);
    mapped[name] = reference !== undefined ? { parameterReference: reference } : o && 'value' in o ? { value: o.value } : { value: v };
  }
  return mapped;
}

/**
 * The x-ms-dynamic-list equal to an x-ms-dynamic-values object: its operation; each parameter as a
 * `parameterReference` (from `{"parameter": name}`) or a fixed `value`; value-collection, value-path
 * and value-title as itemsPath, itemValuePath and itemTitlePath. Keys it does not have are left out.
 */
export function dynamicListFromValues(values: Record<string, unknown>): Record<string, unknown> {
  const list: Record<string, unknown> = {};
  const operationId = asString(values.operationId);
  if (operationId !== undefined) list.operationId = operationId;
  const parameters = referenceParameters(values.parameters);
  if (parameters) list.parameters = parameters;
  const paths: [string, string][] = [
    ['value-collection', 'itemsPath'],
    ['value-path', 'itemValuePath'],
    ['value-title', 'itemTitlePath'],
  ];
  for (const [from, to] of paths) {
    const v = asString(values[from]);
    if (v) list[to] = v;
  }
  return list;
}

/** Writes the x-ms-dynamic-list of the parameter (or property) at `pointer` from its x-ms-dynamic-values. */
export function addDynamicListEdits(doc: JsonDocument, pointer: string): TextEdit[] {
  const target = asObject(valueAt(doc.value, pointer));
  if (!target) throw new Error('That parameter is no longer in the definition.');
  const values = asObject(target[DYNAMIC_VALUES]);
  if (!values || asString(values.operationId) === undefined) throw new Error('Choose the operation that lists the values first.');
  if (target[DYNAMIC_LIST] !== undefined) throw new Error('The parameter already has an x-ms-dynamic-list.');
  return setValueEdits(doc, appendPointer(pointer, DYNAMIC_LIST), dynamicListFromValues(values));
}
