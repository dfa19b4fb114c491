// Non-body parameters, form fields and response headers carry a simple type in Swagger 2.0 (no
// schema, no references, no objects): this flattens an OpenAPI 3 schema into those fields.
import { asObject, type JsonObject } from '../../../core/model';
import { type ConvertContext, resolveSource } from './convert-context';
import { convertSchema } from './schema-convert';

const FIELDS = [
  'format',
  'default',
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'maxLength',
  'minLength',
  'pattern',
  'maxItems',
  'minItems',
  'uniqueItems',
  'enum',
  'multipleOf',
];
const SIMPLE = new Set(['string', 'number', 'integer', 'boolean', 'array']);

export interface SimpleType {
  /** type, format, items, enum, default and the validation keywords. */
  fields: JsonObject;
  /** The schema was an object (or a list of objects): the fields say text instead. */
  complex: boolean;
  /** The schema said no type; the fields say text. */
  untyped: boolean;
  description?: string;
}

export function simpleTypeOf(schema: unknown, pointer: string, ctx: ConvertContext): SimpleType {
  const located = resolveSource(ctx, schema, pointer) ?? { value: schema, pointer };
  return flatten(convertSchema(located.value, located.pointer, ctx), ctx, 0);
}

function flatten(converted: JsonObject, ctx: ConvertContext, level: number): SimpleType {
  const schema = followOutputRef(converted, ctx, level);
  const description = typeof schema.description === 'string' ? schema.description : undefined;
  const type = schema.type;
  if (type === 'object' || (type === undefined && (schema.properties !== undefined || schema.allOf !== undefined))) {
    return { fields: { type: 'string' }, complex: true, untyped: false, ...(description ? { description } : {}) };
  }
  if (typeof type !== 'string' || !SIMPLE.has(type)) {
    return { fields: { type: 'string' }, complex: false, untyped: true, ...(description ? { description } : {}) };
  }
  const fields: JsonObject = { type };
  for (const k of FIELDS) if (schema[k] !== undefined) fields[k] = schema[k];
  if (schema['x-nullable'] === true) fields['x-nullable'] = true;
  let complex = false;
  if (type === 'array') {
    const items = flatten(asObject(schema.items) ?? {}, ctx, level + 1);
    const { 'x-nullable': _n, ...itemFields } = items.fields;
    fields.items = itemFields;
    complex = items.complex;
  }
  return { fields, complex, untyped: false, ...(description ? { description } : {}) };
}

/** A converted schema that is a reference to a definition: convert the definition's source inline. */
function followOutputRef(converted: JsonObject, ctx: ConvertContext, level: number): JsonObject {
  let current = converted;
  for (let hops = 0; typeof current.$ref === 'string' && hops < 8 && level < 8; hops++) {
    const source = ctx.names.sourceOf(current.$ref);
    if (source === undefined) return {};
    const located = resolveSource(ctx, { $ref: `#${source}` }, source);
    if (!located) return {};
    const description = current.description;
    current = convertSchema(located.value, located.pointer, ctx);
    if (typeof description === 'string') current = { ...current, description };
  }
  if (Array.isArray(current.allOf) && current.type === undefined && current.properties === undefined) {
    // allOf of one simple schema (a common way to add a description to a reference).
    const simple = current.allOf.map((m) => followOutputRef(asObject(m) ?? {}, ctx, level + 1)).find((m) => typeof m.type === 'string');
    if (simple && current.allOf.length === 1) return { ...simple, ...current, allOf: undefined, type: simple.type };
  }
  return current;
}
