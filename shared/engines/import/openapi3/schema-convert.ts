// OpenAPI 3.0 / 3.1 schemas to Swagger 2.0 schemas. Swagger 2.0 takes a subset of JSON Schema
// draft 4 and rejects every other keyword, so each keyword is either carried over, rewritten to
// its 2.0 spelling (nullable -> x-nullable, const -> enum, examples -> example, numeric
// exclusiveMinimum -> minimum + true), approximated (oneOf/anyOf), or dropped with a note.
// Never mutates the source; every call builds new objects.
import { asObject, type JsonObject } from '../../../core/model';
import { appendPointer } from '../../../core/text';
import { plural } from '../openapi2';
import { type ConvertContext, describeBrokenRef, keepExtension, resolveSource } from './convert-context';
import { mergeUnion } from './schema-union';

/** Deeper schemas are cut (and reported): real specs stay far below, generated ones sometimes do not. */
export const MAX_SCHEMA_DEPTH = 48;

const CARRIED = new Set([
  'title',
  'description',
  'default',
  'multipleOf',
  'maximum',
  'minimum',
  'maxLength',
  'minLength',
  'pattern',
  'maxItems',
  'minItems',
  'uniqueItems',
  'maxProperties',
  'minProperties',
  'format',
  'readOnly',
  'example',
  'xml',
  'externalDocs',
]);
const TYPES = new Set(['string', 'number', 'integer', 'boolean', 'array', 'object']);
// Keywords with no meaning a connector could use; dropped without a note.
const SILENT = new Set(['$schema', '$id', '$comment', '$anchor', '$dynamicAnchor', '$vocabulary', 'contentSchema']);

export function convertSchema(schema: unknown, pointer: string, ctx: ConvertContext, depth = 0): JsonObject {
  if (schema === true || schema === undefined || schema === null) return {};
  if (schema === false) {
    ctx.notes.tally(
      'loss',
      'FalseSchemaDropped',
      pointer,
      (n) => `${plural(n, 'schema')} "false" (no value allowed) became "any value": Swagger 2.0 cannot say that.`,
    );
    return {};
  }
  const s = asObject(schema);
  if (!s) return {};
  if (depth > MAX_SCHEMA_DEPTH) {
    ctx.notes.add('loss', 'SchemaTooDeep', `This schema nests more than ${MAX_SCHEMA_DEPTH} levels deep; what is below was cut.`, pointer);
    return {};
  }
  if (typeof s.$ref === 'string') return convertRef(s, pointer, ctx, depth);

  const out: JsonObject = {};
  let nullable = s.nullable === true;
  let unions: { keyword: 'oneOf' | 'anyOf'; alternatives: unknown[] }[] = [];
  for (const [key, value] of Object.entries(s)) {
    // Built only when needed: most keys never need their pointer.
    const at = () => appendPointer(pointer, key);
    if (CARRIED.has(key)) {
      out[key] = value;
      continue;
    }
    switch (key) {
      case 'type': {
        const types = (Array.isArray(value) ? value : [value]).filter((t): t is string => typeof t === 'string');
        const real = types.filter((t) => t !== 'null');
        if (real.length < types.length) nullable = true;
        if (real.length === 1 && !TYPES.has(real[0]!)) {
          ctx.notes.tally(
            'loss',
            'TypeUnknown',
            at,
            (n) =>
              `${plural(n, 'schema')} named a type JSON Schema does not have (e.g. "${real[0]}"); ${n === 1 ? 'it takes' : 'they take'} any value.`,
          );
        } else if (real.length === 1) out.type = real[0];
        else if (real.length > 1) {
          ctx.notes.tally(
            'loss',
            'TypeUnionDropped',
            at,
            (n) =>
              `${plural(n, 'schema')} allowed several types (e.g. ${real.join(' or ')}); Swagger 2.0 allows one, so ${n === 1 ? 'it takes' : 'they take'} any value.`,
          );
        }
        break;
      }
      case 'nullable':
        break;
      case 'enum':
        if (Array.isArray(value)) {
          const unique = dedupe(value);
          if (unique.length > 0) out.enum = unique;
        }
        break;
      case 'const':
        if (s.enum === undefined) out.enum = [value];
        if (value === null) nullable = true;
        break;
      case 'examples':
        if (s.example === undefined) {
          // 3.1 schemas list examples; a map of Example objects (a common slip) gives its first value.
          const first = Array.isArray(value) ? value[0] : asObject(Object.values(asObject(value) ?? {})[0])?.value;
          if (first !== undefined) out.example = first;
        }
        break;
      case 'required':
        if (Array.isArray(value)) {
          const names = dedupe(value.filter((n): n is string => typeof n === 'string')) as string[];
          if (names.length > 0) out.required = names;
        }
        break;
      case 'properties': {
        const props: JsonObject = {};
        for (const [name, prop] of Object.entries(asObject(value) ?? {})) {
          props[name] = convertSchema(prop, appendPointer(at(), name), ctx, depth + 1);
        }
        out.properties = props;
        break;
      }
      case 'items':
        if (Array.isArray(value)) {
          out.items = convertSchema(value[0], appendPointer(at(), 0), ctx, depth + 1);
          if (value.length > 1) tallyKeyword(ctx, 'items (a list of item schemas)', at);
        } else {
          out.items = convertSchema(value, at(), ctx, depth + 1);
        }
        break;
      case 'prefixItems':
        if (s.items === undefined && Array.isArray(value)) out.items = convertSchema(value[0], appendPointer(at(), 0), ctx, depth + 1);
        tallyKeyword(ctx, key, at);
        break;
      case 'additionalProperties':
        out.additionalProperties = typeof value === 'boolean' ? value : convertSchema(value, at(), ctx, depth + 1);
        break;
      case 'allOf':
        if (Array.isArray(value)) out.allOf = value.map((m, i) => convertSchema(m, appendPointer(at(), i), ctx, depth + 1));
        break;
      case 'oneOf':
      case 'anyOf':
        if (Array.isArray(value)) unions = [...unions, { keyword: key, alternatives: value }];
        break;
      case 'exclusiveMinimum':
      case 'exclusiveMaximum':
        break; // after the loop, once minimum/maximum are known
      case 'discriminator':
        ctx.notes.tally(
          'loss',
          'DiscriminatorDropped',
          at,
          (n) =>
            `${plural(n, 'discriminator')} (which property tells the variants apart) ${n === 1 ? 'was' : 'were'} left out: the variants are merged into one schema.`,
        );
        break;
      case 'writeOnly':
        if (value === true) {
          ctx.notes.tally(
            'loss',
            'WriteOnlyDropped',
            at,
            (n) =>
              `${plural(n, 'property', 'properties')} marked writeOnly (sent, never returned) lost that mark: Swagger 2.0 has no writeOnly, so they also show among the outputs.`,
          );
        }
        break;
      case 'deprecated':
        if (value === true) {
          ctx.notes.tally(
            'loss',
            'DeprecatedPropertyMarkDropped',
            at,
            (n) =>
              `${plural(n, 'property', 'properties')} marked deprecated lost that mark: Swagger 2.0 schemas cannot say it (mention it in the description).`,
          );
        }
        break;
      case 'contentEncoding':
        if (value === 'base64' && s.format === undefined) out.format = 'byte';
        break;
      case 'contentMediaType':
        if (
          s.format === undefined &&
          s.contentEncoding === undefined &&
          typeof value === 'string' &&
          !/^(text\/|application\/(.+\+)?json)/.test(value)
        )
          out.format = 'binary';
        break;
      default:
        if (key.startsWith('x-')) {
          if (keepExtension(key, pointer, ctx)) out[key] = value;
        } else if (!SILENT.has(key)) {
          tallyKeyword(ctx, key, at);
        }
    }
  }

  convertExclusiveBounds(s, out);
  for (const u of unions) {
    if (mergeUnion(out, u.alternatives, u.keyword, appendPointer(pointer, u.keyword), ctx, depth, convertSchema)) nullable = true;
  }
  if (out.type === undefined && out.$ref === undefined && (out.properties !== undefined || out.additionalProperties !== undefined)) {
    out.type = 'object';
    // Properties without a type constrain objects only: the original also takes null, text, numbers.
    // Swagger 2.0 needs the type for the designer to show the properties; null stays allowed.
    if (isUntypedObject(s, pointer)) {
      nullable = true;
      ctx.notes.tally(
        'loss',
        'UntypedObjectTyped',
        pointer,
        (n) =>
          `${plural(n, 'schema')} with properties but no type (e.g. ${schemaLabel(pointer)}) became ${n === 1 ? 'an object' : 'objects'} that may also be null: the original takes any value there, and Swagger 2.0 needs the type to show the properties, so text, numbers and lists are now refused.`,
      );
    }
  }
  if (out.type === 'array' && out.items === undefined) {
    out.items = {};
    ctx.notes.tally(
      'decision',
      'ArrayItemsMissing',
      pointer,
      (n) =>
        `${plural(n, 'list')} did not say what ${n === 1 ? 'it holds' : 'they hold'}; ${n === 1 ? 'it holds' : 'they hold'} any value.`,
    );
  }
  if (nullable && out.$ref === undefined) out['x-nullable'] = true;
  return out;
}

/** A schema that said nothing of its type: no type, no union or allOf to decide it, not a member of an allOf. */
function isUntypedObject(s: JsonObject, pointer: string): boolean {
  return (
    s.type === undefined &&
    s.allOf === undefined &&
    s.oneOf === undefined &&
    s.anyOf === undefined &&
    s.enum === undefined &&
    s.const === undefined &&
    !/\/allOf\/\d+$/.test(pointer)
  );
}

/** "Pagination" for /components/schemas/Pagination, else the pointer. */
function schemaLabel(pointer: string): string {
  const m = /^\/components\/schemas\/([^/]+)$/.exec(pointer);
  return m ? m[1]!.replace(/~1/g, '/').replace(/~0/g, '~') : pointer;
}

function convertRef(s: JsonObject, pointer: string, ctx: ConvertContext, depth: number): JsonObject {
  const ref = s.$ref as string;
  const mapped = ctx.names.mapRef(ref, 'schemas');
  if (mapped !== undefined) {
    // Swagger 2.0 ignores a reference's siblings; a description is the one worth keeping (and
    // Microsoft's own connectors do keep it).
    return ctx.is31 && typeof s.description === 'string' ? { $ref: mapped, description: s.description } : { $ref: mapped };
  }
  const target = resolveSource(ctx, s, pointer);
  if (!target) {
    ctx.notes.add(
      'loss',
      'SchemaRefBroken',
      `A schema reference could not be followed (${describeBrokenRef(ref)}); it takes any value.`,
      pointer,
    );
    return {};
  }
  if (ctx.inlining.has(target.pointer)) {
    ctx.notes.add(
      'loss',
      'SchemaCycleCut',
      `This schema contains itself (through ${ref}) outside the components; the inner copy takes any value.`,
      pointer,
    );
    return {};
  }
  ctx.inlining.add(target.pointer);
  try {
    return convertSchema(target.value, target.pointer, ctx, depth + 1);
  } finally {
    ctx.inlining.delete(target.pointer);
  }
}

/** 3.1 writes exclusive bounds as numbers; 2.0 as a flag on minimum/maximum. */
function convertExclusiveBounds(s: JsonObject, out: JsonObject): void {
  for (const [exclusive, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    const v = s[exclusive];
    if (typeof v === 'number') {
      const other = s[bound];
      const stricter = typeof other !== 'number' || (bound === 'minimum' ? v >= other : v <= other);
      if (stricter) {
        out[bound] = v;
        out[exclusive] = true;
      }
    } else if (v === true && typeof s[bound] === 'number') {
      out[exclusive] = true;
    }
  }
}

function tallyKeyword(ctx: ConvertContext, keyword: string, pointer: () => string): void {
  ctx.notes.tally(
    'loss',
    'SchemaKeywordDropped',
    pointer,
    (n) => `The schema keyword "${keyword}" (${plural(n, 'place')}) was left out: Swagger 2.0 does not have it.`,
    keyword,
  );
}

function dedupe(values: unknown[]): unknown[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = JSON.stringify(v);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
