// A pointer inside one response (an operation's or a `#/responses` entry): its Description, a row
// of its schema's property tree, or a field of its dynamic schema (a 2xx or default response's);
// any other key opens the response's form and says the key is edited in the text.
import { dynamicSchemaField, schemaPlace, textOnly } from './schema-place';
import { fieldPlace, type TargetContext } from './target-types';

export interface ResponsePlace {
  /** The response's pointer, or its schema's row. */
  item: string;
  field: string;
  /** The line of the field to select: an `enum` value's, in a property's Values. */
  line?: number;
  /** The label's end: " › Description", " › <property> › <field>", ... */
  words: string;
}

/**
 * The response, the operation's `status` one, is written at `segments[0..end)`; undefined when its
 * schema's tree does not list the place.
 */
export function responsePlace(segments: readonly string[], end: number, status: string, ctx: TargetContext): ResponsePlace | undefined {
  const item = segments.slice(0, end).join('/');
  const key = segments[end];
  if (key === undefined || key === 'description' || key === '$ref') return { item, field: 'Description', words: ' › Description' };
  if (key !== 'schema') return { item, field: 'Description', words: textOnly(key) };
  const dynamic = /^(2\d\d|default)$/.test(status) ? dynamicSchemaField(segments, end + 1) : undefined;
  if (dynamic) return { item, field: dynamic, words: ` › Dynamic schema › ${dynamic}` };
  const row = schemaPlace(segments, end + 1, ctx);
  return row && { ...fieldPlace(row), words: ` › ${row.property}${row.words}` };
}
