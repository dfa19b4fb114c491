// A pointer inside a schema, as the property tree of the form lists it (schema-tree.ts): the row
// (the root, or a property reached through `properties/<name>` and array `items`) and the field of
// that row's form for the key below it (an `enum` value's line of Values). A place the tree does not
// list has no row; a key no field of the row's form edits opens that form and says the key is edited
// in the text.
import { unescapeSegment } from '../../../shared/core/text';
import { valueLine } from '../../../shared/editing/definition-edits';
import type { TargetContext } from './target-types';

/** A schema property's key: the property form's label for it (schema-tree-view.tsx). */
const PROPERTY_FIELDS: Record<string, string> = {
  'x-ms-summary': 'Title',
  description: 'Description',
  type: 'Type',
  format: 'Format',
  'x-ms-visibility': 'Visibility',
  default: 'Default value',
  enum: 'Values',
};

/** The label's end for a key no field edits: the form shown is its place's, the key is in the text. */
export function textOnly(key: string): string {
  return ` ("${unescapeSegment(key)}" is edited in the text only)`;
}

export interface SchemaPlace {
  /** Where the row is written (its form opens; a `$ref`'d row's fields edit the definition named). */
  item: string;
  /** Its label in the tree's words: the property's name, or "(schema)" for the root. */
  property: string;
  field: string;
  /** The line of the field to select: an `enum` value's, in Values. */
  line?: number;
  /** The label's end: " › Title", or where a key the form does not edit goes. */
  words: string;
}

/**
 * The row of the schema written at `segments[0..start)` that holds the rest of the pointer, or
 * undefined when the form's tree of that schema does not list it (items under a schema that is no
 * array, a tree cut short).
 */
export function schemaPlace(segments: readonly string[], start: number, ctx: TargetContext): SchemaPlace | undefined {
  let at = start;
  let name: string | undefined;
  for (;;) {
    if (segments[at] === 'properties' && segments[at + 1] !== undefined) {
      name = segments[at + 1];
      at += 2;
    } else if (segments[at] === 'items' && segments[at + 1] === 'properties' && segments[at + 2] !== undefined) {
      name = segments[at + 2];
      at += 3;
    } else break;
  }
  const item = segments.slice(0, at).join('/');
  if (!ctx.schemaRows(segments.slice(0, start).join('/')).has(item)) return undefined;
  const key = segments[at];
  const field = key === undefined || key === '$ref' ? 'Title' : PROPERTY_FIELDS[key];
  const property = name === undefined ? '(schema)' : unescapeSegment(name);
  const line = key === 'enum' ? enumValueLine(segments, at, ctx) : undefined;
  if (line !== undefined) return { item, property, field: 'Values', line, words: ` › Values › line ${line + 1}` };
  return { item, property, field: field ?? 'Title', words: field ? ` › ${field}` : textOnly(key!) };
}

/** For `enum/<i>` below the row written at `segments[0..at)`, the line of Values that value starts on. */
function enumValueLine(segments: readonly string[], at: number, ctx: TargetContext): number | undefined {
  const index = segments[at + 1];
  if (index === undefined || !/^\d+$/.test(index)) return undefined;
  const values = ctx.value(segments.slice(0, at + 1).join('/'));
  return Array.isArray(values) && Number(index) < values.length ? valueLine(values, Number(index)) : undefined;
}

/** x-ms-dynamic-schema and x-ms-dynamic-properties keys: the label of the field editing each (dynamic-schema-fields.tsx). */
const DYNAMIC_SCHEMA_FIELDS: Record<string, Record<string, string>> = {
  'x-ms-dynamic-schema': { operationId: 'Schema from operation', 'value-path': 'Schema location' },
  'x-ms-dynamic-properties': { operationId: 'Properties from operation', itemValuePath: 'Properties location' },
};

/**
 * A pointer into the dynamic schema of a body or response schema written at `segments[0..start)`:
 * the field of the parameter's or response's "Dynamic schema" fields for it (its operation, for
 * what has no field of its own), or undefined for any other place.
 */
export function dynamicSchemaField(segments: readonly string[], start: number): string | undefined {
  const fields = DYNAMIC_SCHEMA_FIELDS[segments[start] ?? ''];
  if (!fields) return undefined;
  return fields[segments[start + 1] ?? ''] ?? fields.operationId;
}
