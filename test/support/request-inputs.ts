// Input values for an operation, made up from its Swagger 2.0 definition as a person testing it
// would type them: every required parameter (the description's enum, default or example first,
// then a value of its type and format), and a body built from the schema with its required
// properties. Text parameters without a format, pattern or list of values carry reserved
// characters (space / ? & = # % + and a non-ASCII letter; ASCII only in headers), so the encoding
// of every place a value goes is checked too.
import { resolveRef } from '../../shared/core/model';
import type { OperationView } from '../../shared/core/model/types';
import { valueAt } from '../../shared/core/text/json-pointer';

type Json = Record<string, unknown>;

export const RESERVED_TEXT = 'a b/c?d&e=f#g%h+ü';
const RESERVED_ASCII = 'a b/c?d&e=f#g%h+i';

const obj = (v: unknown): Json | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined);

function fitTo(text: string, s: Json): string {
  let t = text;
  if (typeof s.maxLength === 'number' && t.length > s.maxLength) t = t.slice(0, Math.max(0, s.maxLength));
  if (typeof s.minLength === 'number' && t.length < s.minLength) t = t.padEnd(s.minLength, 'x');
  return t;
}

const FORMATS: Record<string, unknown> = {
  'date-time': '2024-05-06T07:08:09Z',
  date: '2024-05-06',
  time: '07:08:09',
  uuid: '123e4567-e89b-42d3-a456-426614174000',
  guid: '123e4567-e89b-42d3-a456-426614174000',
  email: 'ada@example.com',
  uri: 'https://example.com/a?b=c',
  url: 'https://example.com/a?b=c',
  hostname: 'example.com',
  ipv4: '192.0.2.1',
  byte: 'aGVsbG8=',
  binary: 'bytes',
  password: 'p4ss-w0rd',
};

/**
 * The shortest text a simple regular expression matches: literals, escapes (\d \w \s \.), classes
 * with ranges or negated, groups with alternatives (the first), and quantifiers (their least, at
 * least once for + ). Undefined for what it does not know (lookarounds, backreferences).
 */
export function textMatching(pattern: string): string | undefined {
  let i = 0;
  const src = pattern.replace(/^\^/, '').replace(/\$$/, '');
  const atom = (): string | undefined => {
    const c = src[i++];
    if (c === undefined) return '';
    if (c === '\\') {
      const e = src[i++];
      return e === 'd' ? '0' : e === 'w' ? 'a' : e === 's' ? ' ' : e === 'D' || e === 'W' || e === 'S' ? '-' : e;
    }
    if (c === '.') return 'a';
    if (c === '[') {
      const end = src.indexOf(']', i + 1);
      if (end < 0) return undefined;
      const body = src.slice(i, end);
      i = end + 1;
      if (body.startsWith('^')) {
        for (const candidate of ['a', '0', 'x', '-', '_']) if (!body.slice(1).includes(candidate)) return candidate;
        return undefined;
      }
      return body.startsWith('\\') ? (body[1] === 'd' ? '0' : 'a') : body[0];
    }
    if (c === '(') {
      let depth = 1;
      const start = i;
      while (i < src.length && depth > 0) {
        if (src[i] === '\\') i++;
        else if (src[i] === '(') depth++;
        else if (src[i] === ')') depth--;
        i++;
      }
      let inner = src.slice(start, i - 1);
      if (inner.startsWith('?:')) inner = inner.slice(2);
      else if (inner.startsWith('?')) return undefined;
      return textMatching(inner.split('|')[0]!);
    }
    if ('|)*+?{'.includes(c)) return undefined;
    return c;
  };
  let out = '';
  while (i < src.length) {
    if (src[i] === '|') break;
    const a = atom();
    if (a === undefined) return undefined;
    const q = src[i];
    if (q === '*' || q === '?') {
      i++;
      continue;
    }
    if (q === '+') {
      i++;
      out += a;
      continue;
    }
    if (q === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(src.slice(i));
      if (!m) return undefined;
      i += m[0].length;
      out += a.repeat(Number(m[1]));
      continue;
    }
    out += a;
  }
  return out;
}

/** One value for a simple schema (a parameter, or a leaf of a body). */
function simpleValue(s: Json, where: string): unknown {
  if (Array.isArray(s.enum) && s.enum.length) return s.enum.find((v) => v !== null) ?? s.enum[0];
  if (s.default !== undefined) return s.default;
  // A value of the format before the description's example (Xero's "uuid" examples are not UUIDs).
  if ((s.type === 'string' || s.type === undefined) && typeof s.format === 'string' && FORMATS[s.format] !== undefined)
    return FORMATS[s.format];
  const example = s['x-example'] ?? s.example;
  if (example !== undefined && (typeof example !== 'object' || example === null)) return example;
  switch (s.type) {
    case 'integer': {
      const min = typeof s.minimum === 'number' ? s.minimum + (s.exclusiveMinimum === true ? 1 : 0) : 1;
      const max = typeof s.maximum === 'number' ? s.maximum : undefined;
      return Math.ceil(max !== undefined && max < min ? max : min);
    }
    case 'number': {
      const min = typeof s.minimum === 'number' ? s.minimum + (s.exclusiveMinimum === true ? 0.5 : 0) : 1.5;
      return typeof s.maximum === 'number' && s.maximum < min ? s.maximum : min;
    }
    case 'boolean':
      return true;
    default: {
      if (typeof s.format === 'string' && FORMATS[s.format] !== undefined) return FORMATS[s.format];
      if (typeof s.pattern === 'string') {
        const matching = textMatching(s.pattern);
        if (matching !== undefined) return matching;
      }
      return fitTo(where === 'header' ? RESERVED_ASCII : RESERVED_TEXT, s);
    }
  }
}

/** A body value from a schema: its required properties, each made up the same way (cycles cut). */
export function sampleOf(definition: unknown, schema: unknown, seen: Set<string> = new Set(), depth = 0): unknown {
  const ref = obj(schema)?.$ref;
  if (typeof ref === 'string') {
    if (seen.has(ref) || depth > 12) return undefined;
    const target = resolveRef(definition, schema).target;
    return target ? sampleOf(definition, target, new Set([...seen, ref]), depth + 1) : undefined;
  }
  const s = obj(schema);
  if (!s || depth > 12) return undefined;
  if (Array.isArray(s.allOf)) {
    const parts = s.allOf.map((m) => sampleOf(definition, m, seen, depth + 1));
    const own = s.properties || s.required ? sampleOf(definition, { ...s, allOf: undefined }, seen, depth + 1) : undefined;
    return Object.assign({}, ...[...parts, own].filter((p) => obj(p)));
  }
  const type = s.type ?? (s.properties || s.additionalProperties ? 'object' : undefined);
  if (type === 'object') {
    const out: Json = {};
    const props = obj(s.properties) ?? {};
    const required = Array.isArray(s.required) ? s.required.filter((n): n is string => typeof n === 'string') : [];
    for (const name of required) {
      const p = props[name];
      const v = p === undefined ? 'value' : sampleOf(definition, p, seen, depth + 1);
      if (v !== undefined) out[name] = v;
    }
    return out;
  }
  if (type === 'array') {
    const item = sampleOf(definition, s.items, seen, depth + 1);
    return item === undefined ? [] : [item];
  }
  if (type === undefined && s.example !== undefined) return s.example;
  if (type === undefined) return {};
  return simpleValue(s, 'body');
}

/** Values for the operation's required parameters and body, by parameter name. */
export function inputsFor(definition: unknown, operation: OperationView): Record<string, unknown> {
  const inputs: Record<string, unknown> = {};
  for (const p of operation.parameters) {
    if (!p.resolved || !p.required) continue;
    const raw = resolveRef(definition, valueAt(definition, p.pointer)).target ?? {};
    if (p.in === 'body') {
      const body = sampleOf(definition, raw.schema);
      if (body !== undefined) inputs[p.name] = body;
      continue;
    }
    if (raw.type === 'file') {
      inputs[p.name] = { fileName: 'hello.txt', bytes: new TextEncoder().encode('hello'), contentType: 'text/plain' };
      continue;
    }
    if (raw.type === 'array') {
      const item = simpleValue(obj(raw.items) ?? { type: 'string' }, p.in);
      inputs[p.name] = [item];
      continue;
    }
    const v = simpleValue(raw, p.in);
    inputs[p.name] = typeof v === 'string' ? v : String(v);
  }
  return inputs;
}
