// A pointer inside one parameter (an operation's, a path item's or a `#/parameters` entry): the
// parameter form's field for its key, or for a body parameter's schema the property tree's row or
// its dynamic schema's field. The form shows some fields only for some parameters (none of a body
// parameter's In, Type or Default value; Values only for a static dropdown): a key whose field the
// form does not show opens the parameter's form and says the key is edited in the text.
import { asObject } from '../../../shared/core/model';
import { valueLine } from '../../../shared/editing/definition-edits';
import { dynamicSchemaField, schemaPlace, textOnly } from './schema-place';
import { fieldPlace, type TargetContext } from './target-types';

/** parameters/N/<key>: the parameter form's label for it (parameter-form.tsx). */
const PARAMETER_FIELDS: Record<string, string> = {
  name: 'Name',
  'x-ms-summary': 'Summary',
  description: 'Description',
  required: 'Is required',
  'x-ms-visibility': 'Visibility',
};

/** The same, for a parameter that is not in the body. */
const QUERY_FIELDS: Record<string, string> = {
  ...PARAMETER_FIELDS,
  in: 'In',
  type: 'Type',
  format: 'Format',
  default: 'Default value',
};

/** Keys of a dynamic dropdown: the label of the field editing each (dropdown-fields.tsx); the first edits the rest. */
const DROPDOWN_FIELDS: Record<string, Record<string, string>> = {
  'x-ms-dynamic-values': {
    operationId: 'Operation ID',
    'value-path': 'Value',
    'value-title': 'Value display name',
    'value-collection': 'Value collection',
  },
  'x-ms-dynamic-list': {
    operationId: 'List operation ID',
    itemsPath: 'Items path',
    itemValuePath: 'Item value path',
    itemTitlePath: 'Item title path',
  },
};

export interface ParameterPlace {
  /** The parameter's pointer, or its body schema's row. */
  item: string;
  field: string;
  /** The line of the field to select (an enum value's). */
  line?: number;
  /** " › <property>" for a row of the body schema, '' otherwise. */
  within: string;
  /** The label's end: " › <field>", or where a key the form does not edit goes. */
  words: string;
}

function field(item: string, label: string, line?: number): ParameterPlace {
  return { item, field: label, ...(line !== undefined ? { line } : {}), within: '', words: ` › ${label}` };
}

/** The field of a non-body parameter's dropdown for `enum` or a dynamic extension, or undefined. */
function dropdownField(
  segments: readonly string[],
  end: number,
  item: string,
  parameter: Record<string, unknown>,
): ParameterPlace | undefined {
  const key = segments[end]!;
  // The form shows the dynamic fields when either extension is there, Values when only enum is.
  const dynamic = asObject(parameter['x-ms-dynamic-values']) ?? asObject(parameter['x-ms-dynamic-list']);
  const fields = DROPDOWN_FIELDS[key];
  if (fields) {
    if (!asObject(parameter[key])) return undefined;
    const sub = segments[end + 1];
    if (sub === undefined) return field(item, key === 'x-ms-dynamic-values' ? 'Dropdown type' : fields.operationId!);
    return field(item, fields[sub] ?? fields.operationId!);
  }
  if (key !== 'enum') return undefined;
  const values = parameter.enum;
  if (!Array.isArray(values) || !values.length) return undefined;
  // A dynamic dropdown hides Values: choosing Static there shows them.
  if (dynamic) return field(item, 'Dropdown type');
  const index = segments[end + 1];
  if (index === undefined || !/^\d+$/.test(index) || Number(index) >= values.length) return field(item, 'Values');
  const line = valueLine(values, Number(index));
  return { ...field(item, 'Values', line), words: ` › Values › line ${line + 1}` };
}

/** The parameter is written at `segments[0..end)`; undefined when its body schema's tree does not list the place. */
export function parameterPlace(segments: readonly string[], end: number, ctx: TargetContext): ParameterPlace | undefined {
  const item = segments.slice(0, end).join('/');
  const parameter = asObject(ctx.value(item)) ?? {};
  const key = segments[end];
  const body = parameter.in === 'body';
  if (key === 'schema' && body) {
    const dynamic = dynamicSchemaField(segments, end + 1);
    if (dynamic) return { ...field(item, dynamic), words: ` › Dynamic schema › ${dynamic}` };
    const row = schemaPlace(segments, end + 1, ctx);
    return row && { ...fieldPlace(row), within: ` › ${row.property}`, words: row.words };
  }
  if (key === undefined || key === '$ref') return field(item, 'Name');
  const known = (body ? PARAMETER_FIELDS : QUERY_FIELDS)[key];
  if (known) return field(item, known);
  if (key === 'items' && segments[end + 1] === 'type' && !body && parameter.type === 'array') return field(item, 'Item type');
  const dropdown = body ? undefined : dropdownField(segments, end, item, parameter);
  return dropdown ?? { item, field: 'Name', within: '', words: textOnly(key) };
}
