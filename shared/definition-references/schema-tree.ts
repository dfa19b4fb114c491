// A schema's properties as a tree (object properties, array items' properties, inline allOf parts),
// with what the References view edits on each: type, format, description, x-ms-summary,
// x-ms-visibility and whether the enclosing schema lists it as required. `$ref` properties are not
// expanded (the referenced definition is edited where it is written), which also ends any cycle.
import { asArray, asObject, asString, type JsonObject } from '../model/json-access';
import type { TextEdit } from '../text/diagnostic';
import type { JsonDocument } from '../text/json-document';
import { insertArrayItemEdits, removeValueEdits, setValueEdits } from '../text/json-edit';
import { appendPointer, valueAt } from '../text/json-pointer';
import type { SchemaPropertyNode } from './reference-types';

const MAX_DEPTH = 8;

export function schemaTree(definition: unknown, schemaPointer: string): SchemaPropertyNode[] {
  return propertiesOf(asObject(valueAt(definition, schemaPointer)), schemaPointer, 0);
}

function propertiesOf(schema: JsonObject | undefined, pointer: string, depth: number): SchemaPropertyNode[] {
  if (!schema || depth > MAX_DEPTH) return [];
  const out: SchemaPropertyNode[] = [];
  const required = asArray(schema.required);
  for (const [name, raw] of Object.entries(asObject(schema.properties) ?? {})) {
    const prop = asObject(raw);
    const propPointer = appendPointer(pointer, 'properties', name);
    const ref = asString(prop?.$ref);
    out.push({
      name,
      pointer: propPointer,
      parentPointer: pointer,
      type: asString(prop?.type) ?? '',
      format: asString(prop?.format) ?? '',
      description: asString(prop?.description) ?? '',
      summary: asString(prop?.['x-ms-summary']) ?? '',
      visibility: asString(prop?.['x-ms-visibility']) ?? '',
      required: required.includes(name),
      ...(ref !== undefined ? { ref } : {}),
      children: ref !== undefined ? [] : childrenOf(prop, propPointer, depth + 1),
    });
  }
  asArray(schema.allOf).forEach((part, i) => {
    const p = asObject(part);
    if (p && p.$ref === undefined) out.push(...propertiesOf(p, appendPointer(pointer, 'allOf', i), depth + 1));
  });
  return out;
}

function childrenOf(schema: JsonObject | undefined, pointer: string, depth: number): SchemaPropertyNode[] {
  if (!schema) return [];
  const items = asObject(schema.items);
  if (items && items.$ref === undefined) return propertiesOf(items, appendPointer(pointer, 'items'), depth);
  return propertiesOf(schema, pointer, depth);
}

/** Adds `name` to, or removes it from, the `required` list of the schema at `schemaPointer`. */
export function requiredEdits(doc: JsonDocument, schemaPointer: string, name: string, required: boolean): TextEdit[] {
  const schema = asObject(valueAt(doc.value, schemaPointer));
  if (!schema) throw new Error(`There is no schema at ${schemaPointer}.`);
  const listPointer = appendPointer(schemaPointer, 'required');
  const list = schema.required;
  if (!Array.isArray(list)) return required ? setValueEdits(doc, listPointer, [name]) : [];
  const index = list.indexOf(name);
  if (required) return index >= 0 ? [] : insertArrayItemEdits(doc, listPointer, name);
  if (index < 0) return [];
  // An empty `required` list is not valid Swagger: the last name takes the key with it.
  return list.length === 1 ? removeValueEdits(doc, listPointer) : removeValueEdits(doc, appendPointer(listPointer, index));
}
