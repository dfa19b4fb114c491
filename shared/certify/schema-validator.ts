// A small JSON Schema (draft-07 subset) validator for the connector schemas, with no eval: the
// schema is compiled once into plain objects (Maps, RegExps) and interpreted. It covers exactly the
// keywords of Microsoft's connector schemas (type, enum, const, required, properties,
// patternProperties, additionalProperties, items, allOf, anyOf, not, if/then/else, $ref, the
// numeric, length, count and uniqueness bounds, pattern); anything else is rejected at compile
// time so a schema change cannot be silently ignored. `format` is not asserted (rules check URLs
// and e-mail addresses with their own messages).
//
// Why not Ajv's code: Ajv generates code that probes every declared property of every object
// (about 40 `data.x !== undefined` checks per schema object, on objects of thousands of shapes);
// iterating the object's own few keys instead is several times faster on connector definitions,
// and the checker runs in a worker whose CSP forbids Ajv's runtime compilation anyway. Ajv stays
// the reference: a test compares both on the whole corpus.
import { escapeSegment } from '../text/json-pointer';

export interface SchemaError {
  instancePath: string;
  /** JSON pointer of the failing keyword in the schema. */
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
}

const TYPE_BITS: Record<string, number> = { null: 1, boolean: 2, object: 4, array: 8, number: 16, string: 32, integer: 64 };

interface Node {
  path: string;
  ref?: Node;
  types?: number;
  typeParam?: unknown;
  enum?: unknown[];
  enumPrimitives?: Set<unknown>;
  hasConst: boolean;
  const?: unknown;
  required?: string[];
  props?: Map<string, Node>;
  patternProps?: { re: RegExp; prefix: string; node: Node }[];
  additional?: Node | false;
  items?: Node;
  tupleItems?: Node[];
  allOf?: Node[];
  anyOf?: Node[];
  not?: Node;
  if?: Node;
  then?: Node;
  else?: Node;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minProperties?: number;
  maxProperties?: number;
  uniqueItems: boolean;
  pattern?: RegExp;
  patternSource?: string;
  /** `true` schema (or one with annotations only): always valid. */
  trivial: boolean;
  /** Only a `type` (the most common leaf): checked inline by the parent. */
  typeOnly: boolean;
  /** allOf of `if <key> is <value> then …` branches, as a lookup on the key's value. */
  switch?: { key: string; cases: Map<unknown, Node[]> };
}

const ANNOTATIONS = new Set(['$schema', '$id', 'id', 'title', 'description', 'default', 'examples', 'defaultSnippets', 'format', 'definitions', '$comment', 'readOnly']);

function compileSchema(root: Record<string, unknown>): Node {
  const byPath = new Map<string, Node>();
  const lookup = (pointer: string): unknown => {
    let cur: unknown = root;
    for (const raw of pointer.split('/').slice(1)) {
      const seg = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
      cur = cur !== null && typeof cur === 'object' ? (cur as Record<string, unknown>)[seg] : undefined;
    }
    return cur;
  };
  const compile = (schema: unknown, path: string): Node => {
    const known = byPath.get(path);
    if (known) return known;
    const node: Node = { path, hasConst: false, uniqueItems: false, trivial: true, typeOnly: false };
    byPath.set(path, node);
    if (schema === true || schema === undefined) return node;
    if (schema === false) {
      node.trivial = false;
      node.not = { path: `${path}/(false)`, hasConst: false, uniqueItems: false, trivial: true, typeOnly: false };
      return node;
    }
    const s = schema as Record<string, unknown>;
    const sub = (v: unknown, p: string) => compile(v, `${path}/${p}`);
    for (const [k, v] of Object.entries(s)) {
      if (ANNOTATIONS.has(k)) continue;
      node.trivial = false;
      switch (k) {
        case '$ref': {
          const ref = v as string;
          if (!ref.startsWith('#')) throw new Error(`schema ${path}: only local $ref are supported (${ref})`);
          const target = ref === '#' ? '' : ref.slice(1);
          node.ref = compile(lookup(target), target);
          break;
        }
        case 'type': {
          const list = Array.isArray(v) ? (v as string[]) : [v as string];
          node.types = list.reduce((bits, t) => bits | (TYPE_BITS[t] ?? 0), 0);
          node.typeParam = Array.isArray(v) ? v.join(',') : v;
          break;
        }
        case 'enum':
          node.enum = v as unknown[];
          if (node.enum.every((e) => e === null || typeof e !== 'object')) node.enumPrimitives = new Set(node.enum);
          break;
        case 'const':
          node.hasConst = true;
          node.const = v;
          break;
        case 'required':
          node.required = v as string[];
          break;
        case 'properties':
          node.props = new Map(Object.entries(v as object).map(([name, p]) => [name, sub(p, `properties/${escapeSegment(name)}`)]));
          break;
        case 'patternProperties':
          node.patternProps = Object.entries(v as object).map(([re, p]) => ({ re: new RegExp(re), prefix: literalPrefix(re), node: sub(p, `patternProperties/${escapeSegment(re)}`) }));
          break;
        case 'additionalProperties':
          node.additional = v === false ? false : v === true ? undefined : sub(v, 'additionalProperties');
          break;
        case 'items':
          if (Array.isArray(v)) node.tupleItems = v.map((x, i) => sub(x, `items/${i}`));
          else node.items = sub(v, 'items');
          break;
        case 'additionalItems':
          // Applies only beside a tuple `items`, which the connector schemas never combine with it.
          if (v !== true && Array.isArray(s.items)) throw new Error(`schema ${path}: additionalItems with tuple items is not supported`);
          break;
        case 'allOf':
        case 'anyOf':
          node[k] = (v as unknown[]).map((x, i) => sub(x, `${k}/${i}`));
          break;
        case 'not':
        case 'if':
        case 'then':
        case 'else':
          node[k] = sub(v, k);
          break;
        case 'pattern':
          node.pattern = new RegExp(v as string);
          node.patternSource = v as string;
          break;
        case 'uniqueItems':
          node.uniqueItems = v === true;
          break;
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
        case 'minLength':
        case 'maxLength':
        case 'minItems':
        case 'maxItems':
        case 'minProperties':
        case 'maxProperties':
          node[k] = v as number;
          break;
        default:
          throw new Error(`schema ${path}: keyword "${k}" is not supported by the certify validator`);
      }
    }
    if (node.then === undefined && node.else === undefined) delete node.if;
    return node;
  };
  const top = compile(root, '');
  for (const node of byPath.values()) optimize(node);
  return alias(top);
}

const KEYWORD_FIELDS = ['types', 'enum', 'hasConst', 'required', 'props', 'patternProps', 'additional', 'items', 'tupleItems', 'allOf', 'anyOf', 'not', 'if', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'minItems', 'maxItems', 'minProperties', 'maxProperties', 'uniqueItems', 'pattern'] as const;

function has(node: Node, field: (typeof KEYWORD_FIELDS)[number]): boolean {
  const v = node[field];
  return v !== undefined && v !== false;
}

/** A node that is only a `$ref` stands for its target. */
function alias(node: Node): Node {
  let n = node;
  for (let i = 0; i < 32 && n.ref && !KEYWORD_FIELDS.some((f) => has(n, f)); i++) n = n.ref;
  return n;
}

/** `if: {required: [k], properties: {k: {const|enum}}}, then: X` -> [k, values, X]. */
function discriminated(branch: Node): [string, unknown[], Node] | undefined {
  const test = branch.if;
  if (!test || !branch.then || branch.else || KEYWORD_FIELDS.some((f) => f !== 'if' && has(branch, f)) || branch.ref) return undefined;
  if (test.required?.length !== 1 || test.props?.size !== 1 || KEYWORD_FIELDS.some((f) => f !== 'required' && f !== 'props' && has(test, f))) return undefined;
  const key = test.required[0]!;
  const cond = test.props.get(key);
  if (!cond || KEYWORD_FIELDS.some((f) => f !== 'enum' && f !== 'hasConst' && has(cond, f)) || cond.ref) return undefined;
  const values = cond.hasConst ? [cond.const] : cond.enum;
  if (!values || values.some((v) => v !== null && typeof v === 'object')) return undefined;
  return [key, values, branch.then];
}

/** Compile-time shortcuts: follow aliases, mark type-only leaves, turn discriminating allOf into a lookup. */
function optimize(node: Node): void {
  if (node.ref) node.ref = alias(node.ref);
  if (node.props) for (const [k, v] of node.props) node.props.set(k, alias(v));
  if (node.patternProps) for (const p of node.patternProps) p.node = alias(p.node);
  if (node.additional) node.additional = alias(node.additional);
  if (node.items) node.items = alias(node.items);
  if (node.tupleItems) node.tupleItems = node.tupleItems.map(alias);
  if (node.allOf) node.allOf = node.allOf.map(alias);
  if (node.anyOf) node.anyOf = node.anyOf.map(alias);
  for (const k of ['not', 'if', 'then', 'else'] as const) if (node[k]) node[k] = alias(node[k]!);
  // allOf of one schema is that schema applied like a $ref.
  if (node.allOf?.length === 1 && !node.ref) {
    node.ref = node.allOf[0];
    delete node.allOf;
  }
  node.typeOnly = node.types !== undefined && !node.ref && KEYWORD_FIELDS.every((f) => f === 'types' || !has(node, f));
  if (node.allOf && node.allOf.length > 1) {
    const parts = node.allOf.map(discriminated);
    const key = parts[0]?.[0];
    if (key !== undefined && parts.every((p) => p && p[0] === key)) {
      const cases = new Map<unknown, Node[]>();
      for (const [, values, then] of parts as [string, unknown[], Node][]) {
        for (const v of values) cases.set(v, [...(cases.get(v) ?? []), then]);
      }
      node.switch = { key, cases };
      delete node.allOf;
    }
  }
}

function typeBits(v: unknown): number {
  if (v === null) return 1;
  switch (typeof v) {
    case 'boolean':
      return 2;
    case 'string':
      return 32;
    case 'number':
      return Number.isInteger(v) ? 16 | 64 : 16;
    case 'object':
      return Array.isArray(v) ? 8 : 4;
    default:
      return 0;
  }
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => deepEqual(x, bb[i]));
  }
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function ucs2length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    n++;
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
  }
  return n;
}

/** A compiled schema: `validate` returns the violations (empty when the value conforms). */
export class CompiledSchema {
  private readonly root: Node;

  constructor(schema: Record<string, unknown>) {
    this.root = compileSchema(schema);
  }

  validate(data: unknown): SchemaError[] {
    const errors: SchemaError[] = [];
    const path: (string | number)[] = [];
    check(this.root, data, path, errors);
    return errors;
  }

  isValid(data: unknown): boolean {
    return check(this.root, data, [], null);
  }
}

function record(errors: SchemaError[] | null, node: Node, path: (string | number)[], keyword: string, params: Record<string, unknown>): boolean {
  if (!errors) return false;
  errors.push({ instancePath: pointer(path), schemaPath: `#${node.path}/${keyword}`, keyword, params });
  return true;
}

function pointer(path: (string | number)[]): string {
  let out = '';
  for (const s of path) out += '/' + (typeof s === 'number' ? s : escapeSegment(s));
  return out;
}

/**
 * A literal prefix every match of a pattern starts with ("^x-(?!ms-)" -> "x-"), to skip the regex
 * for most keys. Conservative: none for alternations, and a character a quantifier follows is not
 * part of it.
 */
export function literalPrefix(source: string): string {
  if (!source.startsWith('^') || source.includes('|')) return '';
  let out = '';
  for (let i = 1; i < source.length; i++) {
    let c = source[i]!;
    let next = i + 1;
    if (c === '\\') {
      const e = source[i + 1];
      if (e === undefined || !/[./\-]/.test(e)) break;
      c = e;
      next = i + 2;
    } else if (!/[A-Za-z0-9_\-/:@]/.test(c)) {
      break;
    }
    if (/[?*+{]/.test(source[next] ?? '')) break;
    out += c;
    i = next - 1;
  }
  return out;
}

/**
 * Validates `data` against `node`. With `errors` null it is a test: it stops at the first failure.
 * `path` is the instance location as a stack (strings are built only for errors).
 */
function check(node: Node, data: unknown, path: (string | number)[], errors: SchemaError[] | null): boolean {
  if (node.trivial) return true;
  let ok = true;
  if (node.ref && !check(node.ref, data, path, errors)) {
    if (!errors) return false;
    ok = false;
  }
  const bits = typeBits(data);
  if (node.types !== undefined && (node.types & bits) === 0) {
    if (!errors) return false;
    ok = false;
    record(errors, node, path, 'type', { type: node.typeParam });
  }
  if (node.enum && !(node.enumPrimitives ? node.enumPrimitives.has(data) : someEqual(node.enum, data))) {
    if (!errors) return false;
    ok = false;
    record(errors, node, path, 'enum', { allowedValues: node.enum });
  }
  if (node.hasConst && !deepEqual(node.const, data)) {
    if (!errors) return false;
    ok = false;
    record(errors, node, path, 'const', { allowedValue: node.const });
  }
  if (bits === 4) {
    if (!checkObject(node, data as Record<string, unknown>, path, errors)) {
      if (!errors) return false;
      ok = false;
    }
  } else if (bits === 8) {
    if (!checkArray(node, data as unknown[], path, errors)) {
      if (!errors) return false;
      ok = false;
    }
  } else if (bits === 32) {
    const str = data as string;
    let bad: [string, Record<string, unknown>] | undefined;
    if (node.minLength !== undefined && ucs2length(str) < node.minLength) bad = ['minLength', { limit: node.minLength }];
    else if (node.maxLength !== undefined && ucs2length(str) > node.maxLength) bad = ['maxLength', { limit: node.maxLength }];
    if (bad) {
      if (!errors) return false;
      ok = false;
      record(errors, node, path, bad[0], bad[1]);
    }
    if (node.pattern && !node.pattern.test(str)) {
      if (!errors) return false;
      ok = false;
      record(errors, node, path, 'pattern', { pattern: node.patternSource });
    }
  } else if (bits & 16) {
    const n = data as number;
    let bad: [string, Record<string, unknown>] | undefined;
    if (node.minimum !== undefined && n < node.minimum) bad = ['minimum', { comparison: '>=', limit: node.minimum }];
    else if (node.maximum !== undefined && n > node.maximum) bad = ['maximum', { comparison: '<=', limit: node.maximum }];
    else if (node.exclusiveMinimum !== undefined && n <= node.exclusiveMinimum) bad = ['exclusiveMinimum', { comparison: '>', limit: node.exclusiveMinimum }];
    else if (node.exclusiveMaximum !== undefined && n >= node.exclusiveMaximum) bad = ['exclusiveMaximum', { comparison: '<', limit: node.exclusiveMaximum }];
    if (bad) {
      if (!errors) return false;
      ok = false;
      record(errors, node, path, bad[0], bad[1]);
    }
  }
  if (node.switch && bits === 4) {
    const branches = node.switch.cases.get((data as Record<string, unknown>)[node.switch.key]);
    if (branches) {
      // Index loops throughout: no iterator objects, whatever tier the code runs in.
      for (let i = 0; i < branches.length; i++) {
        if (!check(branches[i]!, data, path, errors)) {
          if (!errors) return false;
          ok = false;
        }
      }
    }
  }
  const allOf = node.allOf;
  if (allOf) {
    for (let i = 0; i < allOf.length; i++) {
      if (!check(allOf[i]!, data, path, errors)) {
        if (!errors) return false;
        ok = false;
      }
    }
  }
  // anyOf, not and if are tests: their own failures are not reported, only the outcome.
  if (node.anyOf && !anyValid(node.anyOf, data, path)) {
    if (!errors) return false;
    ok = false;
    record(errors, node, path, 'anyOf', {});
  }
  if (node.not && check(node.not, data, path, null)) {
    if (!errors) return false;
    ok = false;
    record(errors, node, path, 'not', {});
  }
  if (node.if) {
    const test = node.if;
    const branch = (test.typeOnly ? (test.types! & bits) !== 0 : check(test, data, path, null)) ? node.then : node.else;
    if (branch && !check(branch, data, path, errors)) {
      if (!errors) return false;
      ok = false;
    }
  }
  return ok;
}

function someEqual(values: unknown[], data: unknown): boolean {
  for (let i = 0; i < values.length; i++) if (deepEqual(values[i], data)) return true;
  return false;
}

function anyValid(nodes: Node[], data: unknown, path: (string | number)[]): boolean {
  for (let i = 0; i < nodes.length; i++) if (check(nodes[i]!, data, path, null)) return true;
  return false;
}

function checkObject(node: Node, obj: Record<string, unknown>, path: (string | number)[], errors: SchemaError[] | null): boolean {
  let ok = true;
  const required = node.required;
  if (required) {
    for (let i = 0; i < required.length; i++) {
      const name = required[i]!;
      if (obj[name] !== undefined) continue;
      if (!errors) return false;
      ok = false;
      record(errors, node, path, 'required', { missingProperty: name });
    }
  }
  const props = node.props;
  const patterns = node.patternProps;
  const additional = node.additional;
  if (!props && !patterns && additional === undefined && node.minProperties === undefined && node.maxProperties === undefined) return ok;
  let count = 0;
  for (const key in obj) {
    count++;
    let matched = false;
    let sub = props?.get(key);
    if (sub) {
      matched = true;
      if (sub.typeOnly) {
        if ((sub.types! & typeBits(obj[key])) === 0) {
          if (!errors) return false;
          ok = false;
          path.push(key);
          record(errors, sub, path, 'type', { type: sub.typeParam });
          path.pop();
        }
      } else if (!sub.trivial) {
        path.push(key);
        const good = check(sub, obj[key], path, errors);
        path.pop();
        if (!good) {
          if (!errors) return false;
          ok = false;
        }
      }
    }
    if (patterns) {
      for (let i = 0; i < patterns.length; i++) {
        const p = patterns[i]!;
        if (!key.startsWith(p.prefix) || !p.re.test(key)) continue;
        matched = true;
        if (p.node.trivial) continue;
        path.push(key);
        const good = check(p.node, obj[key], path, errors);
        path.pop();
        if (!good) {
          if (!errors) return false;
          ok = false;
        }
      }
    }
    if (matched || additional === undefined) continue;
    if (additional === false) {
      if (!errors) return false;
      ok = false;
      record(errors, node, path, 'additionalProperties', { additionalProperty: key });
    } else if (!additional.trivial) {
      sub = additional;
      path.push(key);
      const good = check(sub, obj[key], path, errors);
      path.pop();
      if (!good) {
        if (!errors) return false;
        ok = false;
      }
    }
  }
  if (node.minProperties !== undefined && count < node.minProperties) {
    if (!errors) return false;
    ok = false;
    record(errors, node, path, 'minProperties', { limit: node.minProperties });
  }
  if (node.maxProperties !== undefined && count > node.maxProperties) {
    if (!errors) return false;
    ok = false;
    record(errors, node, path, 'maxProperties', { limit: node.maxProperties });
  }
  return ok;
}

function checkArray(node: Node, arr: unknown[], path: (string | number)[], errors: SchemaError[] | null): boolean {
  let ok = true;
  if (node.minItems !== undefined && arr.length < node.minItems) {
    if (!errors) return false;
    ok = false;
    record(errors, node, path, 'minItems', { limit: node.minItems });
  }
  if (node.maxItems !== undefined && arr.length > node.maxItems) {
    if (!errors) return false;
    ok = false;
    record(errors, node, path, 'maxItems', { limit: node.maxItems });
  }
  const items = node.items;
  const count = items ? (items.trivial ? 0 : arr.length) : node.tupleItems ? Math.min(arr.length, node.tupleItems.length) : 0;
  for (let i = 0; i < count; i++) {
    path.push(i);
    const good = check(items ?? node.tupleItems![i]!, arr[i], path, errors);
    path.pop();
    if (!good) {
      if (!errors) return false;
      ok = false;
    }
  }
  if (node.uniqueItems && arr.length > 1) {
    for (let i = arr.length - 1; i > 0; i--) {
      for (let j = i - 1; j >= 0; j--) {
        if (!deepEqual(arr[i], arr[j])) continue;
        if (!errors) return false;
        record(errors, node, path, 'uniqueItems', { i, j });
        return false;
      }
    }
  }
  return ok;
}
