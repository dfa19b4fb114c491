// oneOf / anyOf, which Swagger 2.0 lacks. A null choice only makes the schema nullable. One real
// choice is used as is. Choices that are all objects become one object with every property (a
// property is required only when every choice requires it, and a property several choices share
// is widened all the way down: nested properties joined, lists of values joined, a nested
// requirement kept only where all require it); choices of one simple type become that type;
// anything else takes the first choice. Each approximation is reported, and what a merge could
// not widen (a property of different types, or described by different references) is named.
import { asObject, type JsonObject } from '../../../core/model';
import { appendPointer } from '../../../core/text';
import { plural } from '../openapi2';
import { type ConvertContext, resolveSource } from './convert-context';

export type SchemaConverter = (schema: unknown, pointer: string, ctx: ConvertContext, depth: number) => JsonObject;

/** Merges the union into `out`; returns true when one of the choices is null. */
export function mergeUnion(
  out: JsonObject,
  alternatives: unknown[],
  keyword: 'oneOf' | 'anyOf',
  pointer: string,
  ctx: ConvertContext,
  depth: number,
  convert: SchemaConverter,
): boolean {
  const choices = alternatives.map((value, i) => ({ value, pointer: appendPointer(pointer, i) }));
  const real = choices.filter((c) => !isNullSchema(ctx, c.value, c.pointer));
  const nullable = real.length < choices.length;
  if (real.length === 0) return nullable;
  if (real.length === 1) {
    mergeInto(out, convert(real[0]!.value, real[0]!.pointer, ctx, depth + 1));
    return nullable;
  }

  const shapes = real.map((c) => shapeOf(ctx, c.value, c.pointer));
  const labels = real.map((c, i) => labelOf(c.value, shapes[i]!));
  if (shapes.every((s) => s === 'object')) {
    const lost: string[] = [];
    mergeObjects(out, real, ctx, depth, convert, lost);
    ctx.notes.tally(
      'loss',
      'UnionMergedToObject',
      pointer,
      (n) =>
        `${plural(n, keyword)} of objects (e.g. ${labels.join(', ')}) became one object with the properties of all choices: Swagger 2.0 cannot say "one of". Check which properties belong together.`,
    );
    if (lost.length > 0) {
      const shown = lost.slice(0, 6).join('; ');
      ctx.notes.add(
        'loss',
        'UnionNestedChoiceLost',
        `Merging this ${keyword} kept the first choice's description where the choices differ below the top level (${shown}${lost.length > 6 ? `; and ${lost.length - 6} more` : ''}): a value only another choice allows there may be refused.`,
        pointer,
      );
    }
    return nullable;
  }
  if (shapes.every((s) => s === shapes[0]) && shapes[0] !== 'array' && shapes[0] !== 'any') {
    const converted = real.map((c) => convert(c.value, c.pointer, ctx, depth + 1));
    const resolved = converted.map((c) => flatTarget(ctx, c));
    if (out.type === undefined) out.type = shapes[0];
    const formats = new Set(resolved.map((r) => r.format));
    if (formats.size === 1 && resolved[0]!.format !== undefined && out.format === undefined) out.format = resolved[0]!.format;
    const enums = resolved.map((r) => (Array.isArray(r.enum) ? r.enum : undefined));
    if (enums.every((e) => e !== undefined) && out.enum === undefined) out.enum = [...new Set(enums.flat())];
    const lossy = formats.size > 1 || (enums.some((e) => e !== undefined) && enums.some((e) => e === undefined));
    if (lossy) {
      ctx.notes.tally(
        'loss',
        'UnionSimplified',
        pointer,
        (n) =>
          `${plural(n, keyword)} of ${shapes[0]} choices became one ${shapes[0]}; some choices' lists of allowed values or formats no longer show.`,
      );
    }
    return nullable;
  }
  mergeInto(out, convert(real[0]!.value, real[0]!.pointer, ctx, depth + 1));
  ctx.notes.tally(
    'loss',
    'UnionFirstChoice',
    pointer,
    (n) =>
      `${plural(n, keyword)} with choices of different kinds (e.g. ${labels.join(' or ')}) now take${n === 1 ? 's' : ''} the first choice only: Swagger 2.0 cannot say "one of".`,
  );
  return nullable;
}

type Shape = 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'any';

function shapeOf(ctx: ConvertContext, value: unknown, pointer: string, level = 0): Shape {
  const located = resolveSource(ctx, value, pointer);
  const s = asObject(located?.value);
  if (!s || !located || level > 6) return 'any';
  const types = (Array.isArray(s.type) ? s.type : [s.type]).filter((t) => t !== 'null' && t !== undefined);
  if (types.length === 1)
    return (['object', 'array', 'string', 'number', 'integer', 'boolean'].includes(types[0] as string) ? types[0] : 'any') as Shape;
  if (types.length > 1) return 'any';
  if (s.properties !== undefined || s.additionalProperties !== undefined) return 'object';
  // A union of unions, or an allOf, has the shape its members agree on.
  for (const keyword of ['oneOf', 'anyOf', 'allOf'] as const) {
    if (!Array.isArray(s[keyword])) continue;
    const members = (s[keyword] as unknown[])
      .map((m, i) => ({ m, p: appendPointer(located.pointer, keyword, i) }))
      .filter(({ m, p }) => !isNullSchema(ctx, m, p))
      .map(({ m, p }) => shapeOf(ctx, m, p, level + 1));
    const known = keyword === 'allOf' ? members.filter((m) => m !== 'any') : members;
    if (known.length > 0 && known.every((m) => m === known[0])) return known[0]!;
    if (keyword === 'allOf' && known.length === 0 && members.length > 0) return 'object';
    return 'any';
  }
  // Values alone tell the type: enum: [a, b] or const: a.
  const values = Array.isArray(s.enum) ? s.enum : 'const' in s ? [s.const] : [];
  const kinds = new Set(
    values.filter((v) => v !== null).map((v) => (typeof v === 'number' ? (Number.isInteger(v) ? 'integer' : 'number') : typeof v)),
  );
  if (kinds.size === 1) {
    const k = [...kinds][0];
    if (k === 'string' || k === 'integer' || k === 'number' || k === 'boolean') return k;
  }
  return 'any';
}

function isNullSchema(ctx: ConvertContext, value: unknown, pointer: string): boolean {
  const s = asObject(resolveSource(ctx, value, pointer)?.value);
  if (!s) return false;
  if (s.type === 'null' || (Array.isArray(s.type) && s.type.length === 1 && s.type[0] === 'null')) return true;
  if ('const' in s && s.const === null) return true;
  return Array.isArray(s.enum) && s.enum.length === 1 && s.enum[0] === null;
}

function labelOf(value: unknown, shape: Shape): string {
  const ref = asObject(value)?.$ref;
  return typeof ref === 'string' ? ref.slice(ref.lastIndexOf('/') + 1) : shape;
}

/** Follows a rewritten reference back to its converted source, to read a choice's type details. */
function flatTarget(ctx: ConvertContext, converted: JsonObject): JsonObject {
  if (typeof converted.$ref !== 'string') return converted;
  const source = ctx.names.sourceOf(converted.$ref);
  const target = source === undefined ? undefined : asObject(resolveSource(ctx, { $ref: `#${source}` }, source)?.value);
  return target ?? {};
}

/** Properties of all choices (following references and allOf), converted once each. */
function mergeObjects(
  out: JsonObject,
  choices: { value: unknown; pointer: string }[],
  ctx: ConvertContext,
  depth: number,
  convert: SchemaConverter,
  lost: string[],
): void {
  const props: JsonObject = { ...(asObject(out.properties) ?? {}) };
  let requiredByAll: Set<string> | undefined;
  for (const c of choices) {
    const collected = collectProperties(ctx, c.value, c.pointer, new Set(), 0);
    for (const [name, p] of collected.properties) {
      const converted = convert(p.value, p.pointer, ctx, depth + 1);
      props[name] = props[name] === undefined ? converted : widen(asObject(props[name])!, converted, name, lost);
    }
    const req = new Set(collected.required);
    requiredByAll = requiredByAll === undefined ? req : new Set([...requiredByAll].filter((n) => req.has(n)));
  }
  if (out.type === undefined) out.type = 'object';
  out.properties = props;
  const required = [...new Set([...((out.required as string[] | undefined) ?? []), ...(requiredByAll ?? [])])].filter((n) => n in props);
  if (required.length > 0) out.required = required;
}

/**
 * A property several choices share takes every value any of them allows, all the way down: lists
 * of values are joined ("role": "user" in one, "assistant" in another), a list one choice does not
 * have no longer applies, nested properties are joined and a nested property stays required only
 * where both require it. What cannot be widened (different types, different references) keeps the
 * first choice's description and is named in `lost` by its path.
 */
function widen(kept: JsonObject, other: JsonObject, path: string, lost: string[], level = 0): JsonObject {
  if (level > 8 || JSON.stringify(kept) === JSON.stringify(other)) return kept;
  if (kept.$ref !== undefined || other.$ref !== undefined) {
    if (kept.$ref !== other.$ref) lost.push(`${path} (${describe(kept)} or ${describe(other)})`);
    return kept;
  }
  if (kept.type !== undefined && other.type !== undefined && kept.type !== other.type) {
    lost.push(`${path} (${describe(kept)} or ${describe(other)})`);
    return kept;
  }
  const out: JsonObject = { ...kept };
  if (other['x-nullable'] === true) out['x-nullable'] = true;
  if (Array.isArray(kept.enum)) {
    if (Array.isArray(other.enum)) {
      const seen = new Set(kept.enum.map((v) => JSON.stringify(v)));
      out.enum = [...kept.enum, ...other.enum.filter((v) => !seen.has(JSON.stringify(v)))];
    } else delete out.enum;
  }
  if (out.format !== undefined && out.format !== other.format) delete out.format;
  const keptProps = asObject(kept.properties);
  const otherProps = asObject(other.properties);
  if (keptProps || otherProps) {
    const props: JsonObject = { ...(keptProps ?? {}) };
    for (const [name, p] of Object.entries(otherProps ?? {})) {
      const q = asObject(p) ?? {};
      props[name] = props[name] === undefined ? q : widen(asObject(props[name])!, q, `${path}.${name}`, lost, level + 1);
    }
    out.properties = props;
    const both =
      Array.isArray(kept.required) && Array.isArray(other.required)
        ? kept.required.filter((n) => (other.required as unknown[]).includes(n))
        : [];
    if (both.length > 0) out.required = both;
    else delete out.required;
  }
  const keptItems = asObject(kept.items);
  const otherItems = asObject(other.items);
  if (keptItems && otherItems) out.items = widen(keptItems, otherItems, `${path}[]`, lost, level + 1);
  return out;
}

function describe(s: JsonObject): string {
  if (typeof s.$ref === 'string') return s.$ref.slice(s.$ref.lastIndexOf('/') + 1);
  return typeof s.type === 'string' ? s.type : 'any value';
}

interface Collected {
  properties: Map<string, { value: unknown; pointer: string }>;
  required: string[];
}

function collectProperties(ctx: ConvertContext, value: unknown, pointer: string, seen: Set<string>, level: number): Collected {
  const out: Collected = { properties: new Map(), required: [] };
  const target = resolveSource(ctx, value, pointer);
  const s = asObject(target?.value);
  if (!s || !target || seen.has(target.pointer) || level > 8) return out;
  seen.add(target.pointer);
  for (const [name, p] of Object.entries(asObject(s.properties) ?? {})) {
    out.properties.set(name, { value: p, pointer: appendPointer(target.pointer, 'properties', name) });
  }
  if (Array.isArray(s.required)) out.required.push(...s.required.filter((n): n is string => typeof n === 'string'));
  // allOf members add to the object; the choices of a nested union add their properties, but
  // none of them is required by all.
  for (const keyword of ['allOf', 'oneOf', 'anyOf'] as const) {
    if (!Array.isArray(s[keyword])) continue;
    (s[keyword] as unknown[]).forEach((m, i) => {
      const inner = collectProperties(ctx, m, appendPointer(target.pointer, keyword, i), seen, level + 1);
      for (const [k, v] of inner.properties) if (!out.properties.has(k)) out.properties.set(k, v);
      if (keyword === 'allOf') out.required.push(...inner.required);
    });
  }
  return out;
}

/**
 * Adds a converted choice to the schema around it. A reference with nothing around it stays a
 * reference; with other keywords around it, it joins them through allOf.
 */
function mergeInto(out: JsonObject, converted: JsonObject): void {
  if (typeof converted.$ref === 'string') {
    const annotations = Object.keys(out).every((k) => ANNOTATIONS.has(k));
    if (annotations) {
      const description = out.description;
      for (const k of Object.keys(out)) delete out[k];
      out.$ref = converted.$ref;
      if (typeof description === 'string') out.description = description;
    } else {
      out.allOf = [...((out.allOf as unknown[] | undefined) ?? []), converted];
    }
    return;
  }
  for (const [k, v] of Object.entries(converted)) {
    if (out[k] === undefined) out[k] = v;
    else if (k === 'properties') out[k] = { ...(asObject(v) ?? {}), ...(asObject(out[k]) ?? {}) };
    else if (k === 'required' && Array.isArray(v)) out[k] = [...new Set([...(out[k] as string[]), ...(v as string[])])];
  }
}

const ANNOTATIONS = new Set(['description', 'title', 'example', 'default', 'readOnly', 'x-nullable', 'externalDocs']);
