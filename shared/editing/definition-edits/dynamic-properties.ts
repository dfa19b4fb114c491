// x-ms-dynamic-properties: the newer form of a dynamic schema (x-ms-dynamic-schema), which the
// designer reads first. Written from the schema's x-ms-dynamic-schema, so authors get both without
// retyping.
import { asObject, asString } from '../../core/model';
import type { TextEdit, JsonDocument } from '../../core/text';
import { setValueEdits, appendPointer, valueAt } from '../../core/text';
import { referenceParameters } from './dynamic-list';

export const DYNAMIC_SCHEMA = 'x-ms-dynamic-schema';
export const DYNAMIC_PROPERTIES = 'x-ms-dynamic-properties';

/** The x-ms-dynamic-properties equal to an x-ms-dynamic-schema object (value-path becomes itemValuePath). */
export function dynamicPropertiesFromSchema(schema: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const operationId = asString(schema.operationId);
  if (operationId !== undefined) out.operationId = operationId;
  const parameters = referenceParameters(schema.parameters);
  if (parameters) out.parameters = parameters;
  const path = asString(schema['value-path']);
  if (path) out.itemValuePath = path;
  return out;
}

/** Writes the x-ms-dynamic-properties of the schema at `schemaPointer` from its x-ms-dynamic-schema. */
export function addDynamicPropertiesEdits(doc: JsonDocument, schemaPointer: string): TextEdit[] {
  const schema = asObject(valueAt(doc.value, schemaPointer));
  if (!schema) throw new Error('That schema is no longer in the definition.');
  const dynamic = asObject(schema[DYNAMIC_SCHEMA]);
  if (!dynamic || asString(dynamic.operationId) === undefined) throw new Error('Choose the operation whose answer is the schema first.');
  if (schema[DYNAMIC_PROPERTIES] !== undefined) throw new Error('The schema already has an x-ms-dynamic-properties.');
  return setValueEdits(doc, appendPointer(schemaPointer, DYNAMIC_PROPERTIES), dynamicPropertiesFromSchema(dynamic));
}
