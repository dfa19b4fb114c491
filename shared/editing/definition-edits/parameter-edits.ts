// Parameter edits beyond setting one value: adding and removing a parameter, changing its type or
// location (which brings `items`, `format` and `required` along), switching its dropdown between
// none, static (`enum`) and dynamic (`x-ms-dynamic-values`), and a schema property's `required`.
import { asArray, asObject, asString } from '../../core/model';
import type { TextEdit, JsonDocument } from '../../core/text';
import { insertArrayItemEdits, removeValueEdits, setValueEdits, appendPointer, valueAt } from '../../core/text';
import { composeEdits, type EditStep } from './compose-edits';
import { pathTemplateNames } from './path-template';

export type ParameterLocation = 'path' | 'query' | 'header' | 'body' | 'formData';
export const PARAMETER_LOCATIONS: readonly ParameterLocation[] = ['path', 'query', 'header', 'body', 'formData'];

export const PARAMETER_TYPES = ['string', 'integer', 'number', 'boolean', 'array', 'file'] as const;

/** Swagger 2.0's formats per type (and the ones the platform reads); any other format is kept as written. */
export const FORMATS: Record<string, readonly string[]> = {
  string: ['byte', 'binary', 'date', 'date-time', 'password', 'email', 'uri', 'uuid'],
  integer: ['int32', 'int64'],
  number: ['float', 'double'],
};

export interface NewParameter {
  name: string;
  in: ParameterLocation;
}

const NAME = /^[^\s{}]+$/;

interface Declared {
  name: string;
  in: string;
}

function declaredParameters(definition: unknown, operationPointer: string): Declared[] {
  const itemPointer = operationPointer.slice(0, operationPointer.lastIndexOf('/'));
  const out: Declared[] = [];
  for (const list of [
    valueAt(definition, appendPointer(operationPointer, 'parameters')),
    valueAt(definition, appendPointer(itemPointer, 'parameters')),
  ]) {
    for (const raw of asArray(list)) {
      let p = asObject(raw);
      const ref = asString(p?.$ref);
      if (ref?.startsWith('#/')) p = asObject(valueAt(definition, ref.slice(1)));
      if (p) out.push({ name: asString(p.name) ?? '', in: asString(p.in) ?? '' });
    }
  }
  return out;
}

/** Why this parameter cannot be added to the operation, or undefined when it can. */
export function newParameterProblem(definition: unknown, operationPointer: string, p: NewParameter, path: string): string | undefined {
  if (!PARAMETER_LOCATIONS.includes(p.in)) return `"${p.in}" is not a parameter location.`;
  if (!NAME.test(p.name)) return 'A parameter needs a name without spaces or braces.';
  const declared = declaredParameters(definition, operationPointer);
  if (p.in === 'body' && declared.some((d) => d.in === 'body')) return 'An operation has at most one body parameter.';
  if (declared.some((d) => d.name === p.name && d.in === p.in)) return `The operation already has the ${p.in} parameter "${p.name}".`;
  if ((p.in === 'body' && declared.some((d) => d.in === 'formData')) || (p.in === 'formData' && declared.some((d) => d.in === 'body'))) {
    return 'An operation takes either a body or form data parameters, not both.';
  }
  if (p.in === 'path' && !pathTemplateNames(path).includes(p.name))
    return `Add {${p.name}} to the path first: a path parameter fills a placeholder of the path.`;
  return undefined;
}

export function newParameterValue(p: NewParameter): Record<string, unknown> {
  if (p.in === 'body') return { name: p.name, in: 'body', required: true, schema: { type: 'object', properties: {} } };
  return { name: p.name, in: p.in, required: p.in === 'path', type: 'string' };
}

export function addParameterEdits(doc: JsonDocument, operationPointer: string, p: NewParameter, path: string): TextEdit[] {
  if (!asObject(valueAt(doc.value, operationPointer))) throw new Error('That operation is no longer in the definition.');
  const problem = newParameterProblem(doc.value, operationPointer, p, path);
  if (problem) throw new Error(problem);
  const listPointer = appendPointer(operationPointer, 'parameters');
  const value = newParameterValue(p);
  return Array.isArray(valueAt(doc.value, listPointer))
    ? insertArrayItemEdits(doc, listPointer, value)
    : setValueEdits(doc, listPointer, [value]);
}

/** Removes the parameter item at `pointer` (a `$ref` item leaves the referenced entry in place). */
export function removeParameterEdits(doc: JsonDocument, pointer: string): TextEdit[] {
  const listPointer = pointer.slice(0, pointer.lastIndexOf('/'));
  const list = valueAt(doc.value, listPointer);
  if (!Array.isArray(list) || valueAt(doc.value, pointer) === undefined) throw new Error('That parameter is no longer in the definition.');
  // The last parameter takes the empty list with it.
  return list.length === 1 ? removeValueEdits(doc, listPointer) : removeValueEdits(doc, pointer);
}

/** Sets a parameter's (or a schema's) type: an array gets `items`, other types lose them, and a format that does not fit goes. */
export function setTypeEdits(doc: JsonDocument, pointer: string, type: string): TextEdit[] {
  const target = asObject(valueAt(doc.value, pointer));
  if (!target) throw new Error('That parameter is no longer in the definition.');
  const format = asString(target.format);
  // The same type again changes nothing (a custom format stays).
  if (type === (asString(target.type) ?? '')) return [];
  const steps: EditStep[] = [
    (d) => (type === '' ? removeValueEdits(d, appendPointer(pointer, 'type')) : setValueEdits(d, appendPointer(pointer, 'type'), type)),
  ];
  if (format !== undefined && FORMATS[type] && !FORMATS[type]!.includes(format))
    steps.push((d) => removeValueEdits(d, appendPointer(pointer, 'format')));
  if (format !== undefined && !FORMATS[type]) steps.push((d) => removeValueEdits(d, appendPointer(pointer, 'format')));
  if (type === 'array' && target.items === undefined)
    steps.push((d) => setValueEdits(d, appendPointer(pointer, 'items'), { type: 'string' }));
  if (type !== 'array' && target.items !== undefined) steps.push((d) => removeValueEdits(d, appendPointer(pointer, 'items')));
  return composeEdits(doc, steps);
}

/** Moves a parameter between path, query, header and formData; a path parameter becomes required. */
export function setLocationEdits(doc: JsonDocument, pointer: string, location: ParameterLocation): TextEdit[] {
  const target = asObject(valueAt(doc.value, pointer));
  if (!target) throw new Error('That parameter is no longer in the definition.');
  if (location === 'body' || target.in === 'body')
    throw new Error('A body parameter has a schema instead of a type: add a new parameter instead.');
  if (target.in === location && (location !== 'path' || target.required === true)) return [];
  const steps: EditStep[] = [(d) => setValueEdits(d, appendPointer(pointer, 'in'), location)];
  if (location === 'path' && target.required !== true) steps.push((d) => setValueEdits(d, appendPointer(pointer, 'required'), true));
  return composeEdits(doc, steps);
}

export type DropdownKind = 'none' | 'static' | 'dynamic';

/** Leaves only what the chosen dropdown kind uses: `enum` for static, `x-ms-dynamic-values` and `-list` for dynamic. */
export function setDropdownEdits(
  doc: JsonDocument,
  pointer: string,
  kind: DropdownKind,
  first?: { enum?: unknown[]; operationId?: string },
): TextEdit[] {
  const target = asObject(valueAt(doc.value, pointer));
  if (!target) throw new Error('That parameter is no longer in the definition.');
  const steps: EditStep[] = [];
  if (kind !== 'static' && target.enum !== undefined) steps.push((d) => removeValueEdits(d, appendPointer(pointer, 'enum')));
  if (kind !== 'dynamic' && target['x-ms-dynamic-values'] !== undefined)
    steps.push((d) => removeValueEdits(d, appendPointer(pointer, 'x-ms-dynamic-values')));
  if (kind !== 'dynamic' && target['x-ms-dynamic-list'] !== undefined)
    steps.push((d) => removeValueEdits(d, appendPointer(pointer, 'x-ms-dynamic-list')));
  if (kind === 'static' && target.enum === undefined && first?.enum?.length)
    steps.push((d) => setValueEdits(d, appendPointer(pointer, 'enum'), first.enum));
  if (kind === 'dynamic' && target['x-ms-dynamic-values'] === undefined && first?.operationId) {
    steps.push((d) => setValueEdits(d, appendPointer(pointer, 'x-ms-dynamic-values'), { operationId: first.operationId }));
  }
  return composeEdits(doc, steps);
}

/** Adds `name` to, or removes it from, the `required` list of the object schema at `schemaPointer`. */
export function setSchemaRequiredEdits(doc: JsonDocument, schemaPointer: string, name: string, required: boolean): TextEdit[] {
  const schema = asObject(valueAt(doc.value, schemaPointer));
  if (!schema) throw new Error('That schema is no longer in the definition.');
  const listPointer = appendPointer(schemaPointer, 'required');
  const list = schema.required;
  if (!Array.isArray(list)) return required ? setValueEdits(doc, listPointer, [name]) : [];
  const index = list.indexOf(name);
  if (required) return index >= 0 ? [] : insertArrayItemEdits(doc, listPointer, name);
  if (index < 0) return [];
  // An empty `required` list is not valid Swagger: the last name takes the key with it.
  return list.length === 1 ? removeValueEdits(doc, listPointer) : removeValueEdits(doc, appendPointer(listPointer, index));
}
