// A pointer inside one parameter (an operation's, a path item's or a `#/parameters` entry): the
// parameter form's field for its key, or for a body parameter's schema the property tree's row.
import { schemaPlace } from './schema-place';

/** parameters/N/<key>: the parameter form's label for it (parameter-form.tsx). */
const PARAMETER_FIELDS: Record<string, string> = {
  name: 'Name',
  'x-ms-summary': 'Summary',
  description: 'Description',
  in: 'In',
  type: 'Type',
  items: 'Item type',
  format: 'Format',
  default: 'Default value',
  required: 'Is required',
  'x-ms-visibility': 'Visibility',
  'x-ms-dynamic-values': 'Dropdown type',
};

export interface ParameterPlace {
  /** The parameter's pointer, or its body schema's row. */
  item: string;
  field: string;
  /** " › <property>" for a row of the body schema, '' otherwise. */
  within: string;
}

/** The parameter is written at `segments[0..end)`. */
export function parameterPlace(segments: readonly string[], end: number): ParameterPlace {
  if (segments[end] === 'schema') {
    const row = schemaPlace(segments, end + 1);
    return { item: row.item, field: row.field, within: ` › ${row.property}` };
  }
  const key = segments[end];
  return { item: segments.slice(0, end).join('/'), field: (key !== undefined && PARAMETER_FIELDS[key]) || 'Name', within: '' };
}
