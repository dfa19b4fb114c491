// The connector schemas compiled once into plain objects (Maps, RegExps): the tree the
// validator's closures are built from, with the keywords it supports (schema-validator.ts).
import { escapeSegment, unescapeSegment } from '../../../core/text';

export interface SchemaError {
  instancePath: string;
  /** JSON pointer of the failing keyword in the schema. */
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
}

export const TYPE_BITS: Record<string, number> = { null: 1, boolean: 2, object: 4, array: 8, number: 16, string: 32, integer: 64 };

export interface Node {
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

export const ANNOTATIONS = new Set([
  '$schema',
  '$id',
  'id',
  'title',
  'description',
  'default',
  'examples',
  'defaultSnippets',
  'format',
  'definitions',
  '$comment',
  'readOnly',
]);

export function compileSchema(root: Record<string, unknown>): Node {
  const byPath = new Map<string, Node>();
  const lookup = (pointer: string): unknown => {
    let cur: unknown = root;
    for (const raw of pointer.split('/').slice(1)) {
      const seg = unescapeSegment(decodeURIComponent(raw));
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
          node.patternProps = Object.entries(v as object).map(([re, p]) => ({
            re: new RegExp(re),
            prefix: literalPrefix(re),
            node: sub(p, `patternProperties/${escapeSegment(re)}`),
          }));
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

export const KEYWORD_FIELDS = [
  'types',
  'enum',
  'hasConst',
  'required',
  'props',
  'patternProps',
  'additional',
  'items',
  'tupleItems',
  'allOf',
  'anyOf',
  'not',
  'if',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'minProperties',
  'maxProperties',
  'uniqueItems',
  'pattern',
] as const;

export function has(node: Node, field: (typeof KEYWORD_FIELDS)[number]): boolean {
  const v = node[field];
  return v !== undefined && v !== false;
}

/** A node that is only a `$ref` stands for its target. */
export function alias(node: Node): Node {
  let n = node;
  for (let i = 0; i < 32 && n.ref && !KEYWORD_FIELDS.some((f) => has(n, f)); i++) n = n.ref;
  return n;
}

/** `if: {required: [k], properties: {k: {const|enum}}}, then: X` -> [k, values, X]. */
export function discriminated(branch: Node): [string, unknown[], Node] | undefined {
  const test = branch.if;
  if (!test || !branch.then || branch.else || KEYWORD_FIELDS.some((f) => f !== 'if' && has(branch, f)) || branch.ref) return undefined;
  if (
    test.required?.length !== 1 ||
    test.props?.size !== 1 ||
    KEYWORD_FIELDS.some((f) => f !== 'required' && f !== 'props' && has(test, f))
  )
    return undefined;
  const key = test.required[0]!;
  const cond = test.props.get(key);
  if (!cond || KEYWORD_FIELDS.some((f) => f !== 'enum' && f !== 'hasConst' && has(cond, f)) || cond.ref) return undefined;
  const values = cond.hasConst ? [cond.const] : cond.enum;
  if (!values || values.some((v) => v !== null && typeof v === 'object')) return undefined;
  return [key, values, branch.then];
}

/** Compile-time shortcuts: follow aliases, mark type-only leaves, turn discriminating allOf into a lookup. */
export function optimize(node: Node): void {
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
      if (e === undefined || !/[./-]/.test(e)) break;
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
