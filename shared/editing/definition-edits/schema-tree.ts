// A schema as the rows of a property tree (the portal's "Schema Property" list): one row per
// property, depth-first, each with the pointer where it is written, so a row's fields are edited at
// that place. A property written as a `$ref` is shown with its reference and edited at the
// definition it points to (every other user of that definition sees the change too).
import { resolveRef, asArray, asObject, asString, visibilityOf } from '../../core/model';
import type { Visibility } from '../../core/model';
import { appendPointer } from '../../core/text';

export interface SchemaRow {
  /** Where this schema's own fields are written (the referenced definition for a `$ref`). */
  pointer: string;
  /** Where the property is written in this schema (its `$ref`, for a reference). */
  at: string;
  /** The object schema that lists this property (its `required` array is there); '' for the root. */
  parentPointer: string;
  /** Property name; '' for the root. */
  name: string;
  /** Dotted path from the root, `[]` for array items: `documents[].id`. */
  label: string;
  depth: number;
  /** The type as written ('' when the schema names none). */
  type: string;
  /** The type the schema has: as written, or `object` / `array` from its properties or items. */
  shownType: string;
  /** The item type of an array (`string`, `object`, ...). */
  itemType: string;
  format: string;
  required: boolean;
  summary: string;
  description: string;
  visibility: Visibility;
  /** Its `enum`, as written ([] when none). */
  enum: unknown[];
  /** Its `default`, as written (absent when none). */
  default?: unknown;
  /** `#/definitions/X` when written as a reference. */
  ref?: string;
  /** The reference points nowhere: nothing below it can be shown or edited. */
  unresolved?: boolean;
  /** The tree stops here: the schema repeats one of its ancestors, or the tree is too large to show. */
  cut?: 'cycle' | 'limit';
}

export interface SchemaTree {
  rows: SchemaRow[];
  /** True when rows were left out to keep the tree a readable size. */
  truncated: boolean;
}

/** A schema of hundreds of properties is read in the text; the form shows its first part. */
export const MAX_SCHEMA_ROWS = 400;
const MAX_DEPTH = 12;

const typeOf = (s: Record<string, unknown> | undefined): string =>
  asString(s?.type) ?? (asObject(s?.properties) ? 'object' : s?.items !== undefined ? 'array' : '');

export function schemaTree(root: unknown, schema: unknown, pointer: string, maxRows = MAX_SCHEMA_ROWS): SchemaTree {
  const rows: SchemaRow[] = [];
  let truncated = false;

  const visit = (
    raw: unknown,
    at: string,
    parentPointer: string,
    name: string,
    label: string,
    depth: number,
    required: boolean,
    ancestors: Set<string>,
  ) => {
    if (rows.length >= maxRows) {
      truncated = true;
      return;
    }
    const { ref, resolvedPointer, target } = resolveRef(root, raw);
    const where = resolvedPointer ?? at;
    // Items of arrays are listed with their array: an array of objects shows the objects' properties.
    let items = target ? resolveRef(root, target.items) : undefined;
    const itemsPointer = items?.resolvedPointer ?? appendPointer(where, 'items');
    const row: SchemaRow = {
      pointer: where,
      at,
      parentPointer,
      name,
      label,
      depth,
      type: asString(target?.type) ?? '',
      shownType: typeOf(target),
      itemType: items?.target ? typeOf(items.target) : '',
      format: asString(target?.format) ?? '',
      required,
      summary: asString(target?.['x-ms-summary']) ?? '',
      description: asString(target?.description) ?? '',
      visibility: visibilityOf(target?.['x-ms-visibility']),
      enum: asArray(target?.enum),
      ...(target?.default !== undefined ? { default: target.default } : {}),
      ...(ref !== undefined ? { ref } : {}),
      ...(ref !== undefined && !target ? { unresolved: true } : {}),
    };
    rows.push(row);
    if (!target) return;
    if (ancestors.has(where)) {
      row.cut = 'cycle';
      return;
    }
    let container = target;
    let containerPointer = where;
    let prefix = label;
    if (items?.target && typeOf(target) === 'array') {
      if (ancestors.has(itemsPointer)) {
        row.cut = 'cycle';
        return;
      }
      container = items.target;
      containerPointer = itemsPointer;
      prefix = `${label}[]`;
    } else {
      items = undefined;
    }
    const props = asObject(container.properties);
    if (!props) return;
    if (depth >= MAX_DEPTH) {
      row.cut = 'limit';
      truncated = true;
      return;
    }
    const req = new Set(asArray(container.required).filter((r): r is string => typeof r === 'string'));
    const next = new Set(ancestors).add(where);
    if (items) next.add(itemsPointer);
    for (const [key, value] of Object.entries(props)) {
      visit(
        value,
        appendPointer(containerPointer, 'properties', key),
        containerPointer,
        key,
        prefix ? `${prefix}.${key}` : key,
        depth + 1,
        req.has(key),
        next,
      );
    }
  };

  visit(schema, pointer, '', '', '', 0, false, new Set());
  return { rows, truncated };
}
