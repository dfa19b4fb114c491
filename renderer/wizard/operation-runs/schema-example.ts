// An example value for a body, built from its Swagger schema: the schema's own example or default
// when it gives one, else a value of the declared type for every property. References are followed;
// a reference met again inside itself, or a structure deeper than a few levels, stops there.
import { resolveRef } from '../../../shared/core/model';

const MAX_DEPTH = 6;
const MAX_PROPERTIES = 60;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

function stringExample(format: unknown): string {
  switch (format) {
    case 'date-time':
      return '2025-01-31T12:00:00Z';
    case 'date':
      return '2025-01-31';
    case 'email':
      return 'name@example.com';
    case 'uri':
    case 'url':
      return 'https://example.com';
    case 'uuid':
      return '00000000-0000-0000-0000-000000000000';
    case 'byte':
      return 'aGVsbG8=';
    default:
      return 'string';
  }
}

function build(definition: unknown, node: unknown, depth: number, refs: readonly string[]): unknown {
  const ref = isObj(node) && typeof node.$ref === 'string' ? node.$ref : undefined;
  if (ref !== undefined && refs.includes(ref)) return undefined;
  const schema = resolveRef(definition, node).target;
  if (!schema || depth > MAX_DEPTH) return undefined;
  const seen = ref !== undefined ? [...refs, ref] : refs;
  if (schema.example !== undefined) return schema.example;
  if (schema['x-ms-example'] !== undefined) return schema['x-ms-example'];
  if (schema.default !== undefined) return schema.default;
  if (Array.isArray(schema.enum) && schema.enum.length) return schema.enum[0];
  const type =
    typeof schema.type === 'string'
      ? schema.type
      : isObj(schema.properties) || Array.isArray(schema.allOf)
        ? 'object'
        : schema.items !== undefined
          ? 'array'
          : undefined;
  switch (type) {
    case 'object': {
      const out: Obj = {};
      for (const part of Array.isArray(schema.allOf) ? schema.allOf : []) {
        const v = build(definition, part, depth + 1, seen);
        if (isObj(v)) Object.assign(out, v);
      }
      const props = isObj(schema.properties) ? Object.entries(schema.properties).slice(0, MAX_PROPERTIES) : [];
      for (const [name, sub] of props) {
        // What the API fills in itself is not sent.
        if (isObj(sub) && (sub.readOnly === true || sub['x-ms-visibility'] === 'internal')) continue;
        const v = build(definition, sub, depth + 1, seen);
        if (v !== undefined) out[name] = v;
      }
      return out;
    }
    case 'array': {
      const item = build(definition, schema.items, depth + 1, seen);
      return item === undefined ? [] : [item];
    }
    case 'string':
      return stringExample(schema.format);
    case 'integer':
    case 'number':
      return 0;
    case 'boolean':
      return false;
    default:
      return undefined;
  }
}

/** The example as indented JSON text, or '' when the schema says too little to build one. */
export function schemaExampleText(definition: unknown, schema: unknown): string {
  const value = build(definition, schema, 0, []);
  return value === undefined ? '' : JSON.stringify(value, null, 2);
}
