// A pointer inside a schema, as the property tree of the form lists it (schema-tree.ts): the row
// (the root, or a property reached through `properties/<name>` and array `items`) and the field of
// that row's form for the key below it.
import { unescapeSegment } from '../../../shared/core/text';

/** A schema property's key: the property form's label for it (schema-tree-view.tsx). */
const PROPERTY_FIELDS: Record<string, string> = {
  'x-ms-summary': 'Title',
  description: 'Description',
  type: 'Type',
  format: 'Format',
  'x-ms-visibility': 'Visibility',
};

export interface SchemaPlace {
  /** The row's pointer (where its form writes). */
  item: string;
  /** Its label in the tree's words: the property's name, or "(schema)" for the root. */
  property: string;
  field: string;
}

/** The row of the schema written at `segments[0..start)` that holds the rest of the pointer. */
export function schemaPlace(segments: readonly string[], start: number): SchemaPlace {
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
  const key = segments[at];
  return {
    item: segments.slice(0, at).join('/'),
    property: name === undefined ? '(schema)' : unescapeSegment(name),
    field: (key !== undefined && PROPERTY_FIELDS[key]) || 'Title',
  };
}
