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
import { escapeSegment, unescapeSegment } from '../../core/text';

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

const ANNOTATIONS = new Set([
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

function compileSchema(root: Record<string, unknown>): Node {
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

const KEYWORD_FIELDS = [
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

const hasOwn = Object.prototype.hasOwnProperty;

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    if (a.length !== bb.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], bb[i])) return false;
    return true;
  }
  // Key by key without listing the keys (uniqueItems compares every pair of parameters): equal when
  // every own key of a is in b with an equal value and b has no more keys.
  let count = 0;
  for (const k in a) {
    if (!hasOwn.call(a, k)) continue;
    if (!hasOwn.call(b, k) || !deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
    count++;
  }
  for (const k in b) if (hasOwn.call(b, k) && --count < 0) return false;
  return count === 0;
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
  private readonly root: Validate;

  constructor(schema: Record<string, unknown>) {
    this.root = toClosures(compileSchema(schema));
  }

  /**
   * `remember`: the value shares objects with values checked before (a parse edited inside
   * strings, see rememberSections), and what is checked now may be shared by the next one.
   */
  validate(data: unknown, remember = false): SchemaError[] {
    const errors: SchemaError[] = [];
    remembering = remember;
    try {
      this.root(data, [], errors);
    } finally {
      remembering = false;
    }
    return errors;
  }

  isValid(data: unknown, remember = false): boolean {
    remembering = remember;
    try {
      return this.root(data, [], null);
    } finally {
      remembering = false;
    }
  }
}

type Path = (string | number)[];
/**
 * Validates `data`. With `errors` null it is a test: it stops at the first failure. `path` is the
 * instance location as a stack (strings are built only for errors).
 */
type Validate = (data: unknown, path: Path, errors: SchemaError[] | null) => boolean;
/** One keyword group of a schema, given the value's type bits (computed once per value). */
type Step = (data: unknown, bits: number, path: Path, errors: SchemaError[] | null) => boolean;
/** Filled once its schema is compiled: schemas are recursive, so callers hold the cell. */
interface Cell {
  fn: Validate;
}

function record(errors: SchemaError[], node: Node, path: Path, keyword: string, params: Record<string, unknown>): false {
  errors.push({ instancePath: pointer(path), schemaPath: `#${node.path}/${keyword}`, keyword, params });
  return false;
}

function pointer(path: Path): string {
  let out = '';
  for (const s of path) out += `/${typeof s === 'number' ? s : escapeSegment(s)}`;
  return out;
}

const ALWAYS: Validate = () => true;

/**
 * Turns the compiled tree into closures, once per process: each schema becomes a function that
 * runs only the keywords it has (an interpreter asks every node about every keyword), in the order
 * and with the reports of the keyword list below, so the violations come out as before.
 */
function toClosures(top: Node): Validate {
  const cells = new Map<Node, Cell>();
  const sections = sectionSchemas(top);
  const cell = (node: Node): Cell => {
    let c = cells.get(node);
    if (!c) {
      c = { fn: ALWAYS };
      cells.set(node, c);
      c.fn = node.trivial ? ALWAYS : sections.has(node) ? rememberSections(build(node, cell)) : build(node, cell);
    }
    return c;
  };
  return cell(top).fn;
}

/** The schemas that may check a value two levels down (a path item, a definition): see rememberSections. */
function sectionSchemas(top: Node): Set<Node> {
  // Applied to the same value, and to its members or items.
  const same = (n: Node): (Node | undefined)[] => [
    n.ref,
    ...(n.allOf ?? []),
    ...(n.anyOf ?? []),
    n.not,
    n.if,
    n.then,
    n.else,
    ...[...(n.switch?.cases.values() ?? [])].flat(),
  ];
  const below = (n: Node): (Node | undefined)[] => [
    ...(n.props?.values() ?? []),
    ...(n.patternProps ?? []).map((p) => p.node),
    n.additional || undefined,
    n.items,
    ...(n.tupleItems ?? []),
  ];
  const close = (start: Iterable<Node | undefined>): Set<Node> => {
    const out = new Set<Node>();
    const stack = [...start];
    while (stack.length) {
      const n = stack.pop();
      if (!n || out.has(n)) continue;
      out.add(n);
      stack.push(...same(n));
    }
    return out;
  };
  let level = close([top]);
  for (let depth = 0; depth < 2; depth++) level = close([...level].flatMap(below));
  return level;
}

function build(node: Node, cell: (node: Node) => Cell): Validate {
  const steps: Step[] = [];
  // The order of the keywords is the order of the reports.
  if (node.ref) {
    const ref = cell(node.ref);
    steps.push((data, _bits, path, errors) => ref.fn(data, path, errors));
  }
  if (node.types !== undefined) {
    const types = node.types;
    steps.push(
      (_data, bits, path, errors) =>
        (types & bits) !== 0 || (errors !== null && record(errors, node, path, 'type', { type: node.typeParam })),
    );
  }
  if (node.enum) {
    const values = node.enum;
    const set = node.enumPrimitives;
    steps.push(
      (data, _bits, path, errors) =>
        (set ? set.has(data) : someEqual(values, data)) ||
        (errors !== null && record(errors, node, path, 'enum', { allowedValues: values })),
    );
  }
  if (node.hasConst) {
    const value = node.const;
    steps.push(
      (data, _bits, path, errors) =>
        deepEqual(value, data) || (errors !== null && record(errors, node, path, 'const', { allowedValue: value })),
    );
  }
  const object = objectStep(node, cell);
  if (object) steps.push(object);
  const array = arrayStep(node, cell);
  if (array) steps.push(array);
  const string = stringStep(node);
  if (string) steps.push(string);
  const number = numberStep(node);
  if (number) steps.push(number);
  if (node.switch) {
    const { key, cases } = node.switch;
    const branches = new Map([...cases].map(([v, nodes]) => [v, nodes.map(cell)]));
    steps.push((data, bits, path, errors) => {
      if (bits !== 4) return true;
      const list = branches.get((data as Record<string, unknown>)[key]);
      return list === undefined || all(list, data, path, errors);
    });
  }
  if (node.allOf) {
    const list = node.allOf.map(cell);
    steps.push((data, _bits, path, errors) => all(list, data, path, errors));
  }
  // anyOf, not and if are tests: their own failures are not reported, only the outcome.
  if (node.anyOf) {
    const list = node.anyOf.map(cell);
    steps.push((data, _bits, path, errors) => {
      for (let i = 0; i < list.length; i++) if (list[i]!.fn(data, path, null)) return true;
      return errors !== null && record(errors, node, path, 'anyOf', {});
    });
  }
  if (node.not) {
    const not = cell(node.not);
    steps.push((data, _bits, path, errors) => !not.fn(data, path, null) || (errors !== null && record(errors, node, path, 'not', {})));
  }
  if (node.if) {
    const test = node.if;
    const testTypes = test.typeOnly ? test.types! : -1;
    const testCell = cell(test);
    const then = node.then ? cell(node.then) : undefined;
    const otherwise = node.else ? cell(node.else) : undefined;
    steps.push((data, bits, path, errors) => {
      const branch = (testTypes >= 0 ? (testTypes & bits) !== 0 : testCell.fn(data, path, null)) ? then : otherwise;
      return branch === undefined || branch.fn(data, path, errors);
    });
  }
  const run = sequence(steps);
  // A value's validity depends on the value alone: a composite schema remembers the primitive values
  // (a "type", "format" or "in" names a handful) it has accepted, and skips their evaluation.
  // Failures are evaluated every time, so every violation is still reported where it is.
  const composite =
    steps.length > 1 ||
    node.ref !== undefined ||
    node.allOf !== undefined ||
    node.anyOf !== undefined ||
    node.not !== undefined ||
    node.if !== undefined ||
    node.switch !== undefined;
  return composite ? rememberValidPrimitives(run) : run;
}

/** What checking one object gave: validity, and (when collected) the violations in the order found. */
interface Outcome {
  ok: boolean;
  errors: SchemaError[] | undefined;
  at: string | number;
  under: string | number;
}

const NO_ERRORS: SchemaError[] = [];
/** Whether the value checked now is one to remember (see CompiledSchema.validate). */
let remembering = false;
/** The object two levels down being checked now (the schemas it goes through inside need not remember it). */
let checking: object | undefined;

/**
 * Remembers the outcome for each object two levels down (an operation's path item, a definition),
 * by identity, when asked to (a fresh parse has nothing to share: it would only pay). A document
 * edited inside strings since its last parse shares every object the edits did not reach with the
 * previous parse (see string-value-edits.ts), at the same place: each keystroke then checks the one
 * path item or definition it changed. The outcome depends on the
 * object and where it is alone; the place is compared too, and violations are handed out as copies.
 */
function rememberSections(run: Validate): Validate {
  const known = new WeakMap<object, Outcome>();
  return (data, path, errors) => {
    if (!remembering || path.length !== 2 || data === null || typeof data !== 'object' || data === checking) return run(data, path, errors);
    const had = known.get(data);
    if (had && had.under === path[0] && had.at === path[1] && (errors === null || had.errors)) {
      if (errors !== null) for (const e of had.errors!) errors.push({ ...e });
      return had.ok;
    }
    const start = errors?.length ?? 0;
    const outer = checking;
    checking = data;
    let ok: boolean;
    try {
      ok = run(data, path, errors);
    } finally {
      checking = outer;
    }
    const found = errors === null ? undefined : errors.length === start ? NO_ERRORS : errors.slice(start).map((e) => ({ ...e }));
    known.set(data, { ok, errors: found, under: path[0]!, at: path[1]! });
    return ok;
  };
}

/** Remembered values per schema, and the longest string worth remembering. */
const MAX_REMEMBERED = 256;
const MAX_REMEMBERED_LENGTH = 64;

function rememberValidPrimitives(run: Validate): Validate {
  const valid = new Set<unknown>();
  return (data, path, errors) => {
    if (data !== null && typeof data === 'object') return run(data, path, errors);
    if (valid.has(data)) return true;
    const ok = run(data, path, errors);
    if (ok && valid.size < MAX_REMEMBERED && (typeof data !== 'string' || data.length <= MAX_REMEMBERED_LENGTH)) valid.add(data);
    return ok;
  };
}

/** Runs the steps in order; a test stops at the first failure, a validation collects them all. */
function sequence(steps: Step[]): Validate {
  if (steps.length === 0) return ALWAYS;
  if (steps.length === 1) {
    const [a] = steps as [Step];
    return (data, path, errors) => a(data, typeBits(data), path, errors);
  }
  if (steps.length === 2) {
    const [a, b] = steps as [Step, Step];
    return (data, path, errors) => {
      const bits = typeBits(data);
      if (!a(data, bits, path, errors)) {
        if (errors === null) return false;
        b(data, bits, path, errors);
        return false;
      }
      return b(data, bits, path, errors);
    };
  }
  return (data, path, errors) => {
    const bits = typeBits(data);
    let ok = true;
    for (let i = 0; i < steps.length; i++) {
      if (!steps[i]!(data, bits, path, errors)) {
        if (errors === null) return false;
        ok = false;
      }
    }
    return ok;
  };
}

function all(list: Cell[], data: unknown, path: Path, errors: SchemaError[] | null): boolean {
  let ok = true;
  for (let i = 0; i < list.length; i++) {
    if (!list[i]!.fn(data, path, errors)) {
      if (errors === null) return false;
      ok = false;
    }
  }
  return ok;
}

function someEqual(values: unknown[], data: unknown): boolean {
  for (let i = 0; i < values.length; i++) if (deepEqual(values[i], data)) return true;
  return false;
}

/**
 * How a name listed in an object schema's `properties` is checked (`additionalProperties` never
 * applies to it): worked out once per name and schema.
 */
interface KeyPlan {
  /** The `properties` entry; with `typeBits` > 0 it is only a type, checked inline. */
  prop: Cell | undefined;
  propNode: Node;
  typeBits: number;
  /** The matching `patternProperties` that check something. */
  patterns: Cell[];
}

function objectStep(node: Node, cell: (node: Node) => Cell): Step | undefined {
  const { required, props, patternProps: patterns, additional, minProperties, maxProperties } = node;
  const keyed = props !== undefined || patterns !== undefined || additional !== undefined;
  if (!required && !keyed && minProperties === undefined && maxProperties === undefined) return undefined;
  const additionalCell = additional ? cell(additional) : undefined;
  const additionalTrivial = additional !== undefined && additional !== false && additional.trivial;
  // Plans for the names `properties` lists (bounded by it); other names are user-chosen (paths,
  // status codes) and go through the patterns each time.
  const plans = new Map<string, KeyPlan>();
  const plan = (key: string, sub: Node): KeyPlan => {
    const p: KeyPlan = { prop: undefined, propNode: sub, typeBits: 0, patterns: [] };
    if (!sub.trivial) {
      if (sub.typeOnly) p.typeBits = sub.types!;
      else p.prop = cell(sub);
    }
    if (patterns) {
      for (let i = 0; i < patterns.length; i++) {
        const pp = patterns[i]!;
        if (key.startsWith(pp.prefix) && pp.re.test(key) && !pp.node.trivial) p.patterns.push(cell(pp.node));
      }
    }
    plans.set(key, p);
    return p;
  };
  const patternCells = patterns?.map((pp) => (pp.node.trivial ? undefined : cell(pp.node)));
  return (data, bits, path, errors) => {
    if (bits !== 4) return true;
    const obj = data as Record<string, unknown>;
    let ok = true;
    if (required) {
      for (let i = 0; i < required.length; i++) {
        const name = required[i]!;
        if (obj[name] !== undefined) continue;
        if (errors === null) return false;
        ok = false;
        record(errors, node, path, 'required', { missingProperty: name });
      }
    }
    if (!keyed && minProperties === undefined && maxProperties === undefined) return ok;
    let count = 0;
    for (const key in obj) {
      count++;
      let p = props === undefined ? undefined : plans.get(key);
      if (p === undefined) {
        const sub = props?.get(key);
        if (sub !== undefined) {
          p = plan(key, sub);
        } else {
          // A name the schema does not list: its patterns, else additionalProperties.
          let matched = false;
          if (patterns) {
            for (let i = 0; i < patterns.length; i++) {
              const pp = patterns[i]!;
              if (!key.startsWith(pp.prefix) || !pp.re.test(key)) continue;
              matched = true;
              const c = patternCells![i];
              if (c === undefined) continue;
              path.push(key);
              const good = c.fn(obj[key], path, errors);
              path.pop();
              if (!good) {
                if (errors === null) return false;
                ok = false;
              }
            }
          }
          if (matched || additional === undefined || additionalTrivial) continue;
          if (additional === false) {
            if (errors === null) return false;
            ok = false;
            record(errors, node, path, 'additionalProperties', { additionalProperty: key });
          } else {
            path.push(key);
            const good = additionalCell!.fn(obj[key], path, errors);
            path.pop();
            if (!good) {
              if (errors === null) return false;
              ok = false;
            }
          }
          continue;
        }
      }
      if (p.typeBits !== 0) {
        if ((p.typeBits & typeBits(obj[key])) === 0) {
          if (errors === null) return false;
          ok = false;
          path.push(key);
          record(errors, p.propNode, path, 'type', { type: p.propNode.typeParam });
          path.pop();
        }
      } else if (p.prop !== undefined) {
        path.push(key);
        const good = p.prop.fn(obj[key], path, errors);
        path.pop();
        if (!good) {
          if (errors === null) return false;
          ok = false;
        }
      }
      const pats = p.patterns;
      for (let i = 0; i < pats.length; i++) {
        path.push(key);
        const good = pats[i]!.fn(obj[key], path, errors);
        path.pop();
        if (!good) {
          if (errors === null) return false;
          ok = false;
        }
      }
    }
    if (minProperties !== undefined && count < minProperties) {
      if (errors === null) return false;
      ok = false;
      record(errors, node, path, 'minProperties', { limit: minProperties });
    }
    if (maxProperties !== undefined && count > maxProperties) {
      if (errors === null) return false;
      ok = false;
      record(errors, node, path, 'maxProperties', { limit: maxProperties });
    }
    return ok;
  };
}

function arrayStep(node: Node, cell: (node: Node) => Cell): Step | undefined {
  const { minItems, maxItems, items, tupleItems, uniqueItems } = node;
  if (minItems === undefined && maxItems === undefined && !items && !tupleItems && !uniqueItems) return undefined;
  const itemsCell = items && !items.trivial ? cell(items) : undefined;
  const tupleCells = !items && tupleItems ? tupleItems.map(cell) : undefined;
  return (data, bits, path, errors) => {
    if (bits !== 8) return true;
    const arr = data as unknown[];
    let ok = true;
    if (minItems !== undefined && arr.length < minItems) {
      if (errors === null) return false;
      ok = false;
      record(errors, node, path, 'minItems', { limit: minItems });
    }
    if (maxItems !== undefined && arr.length > maxItems) {
      if (errors === null) return false;
      ok = false;
      record(errors, node, path, 'maxItems', { limit: maxItems });
    }
    const count = itemsCell ? arr.length : tupleCells ? Math.min(arr.length, tupleCells.length) : 0;
    for (let i = 0; i < count; i++) {
      path.push(i);
      const good = (itemsCell ?? tupleCells![i]!).fn(arr[i], path, errors);
      path.pop();
      if (!good) {
        if (errors === null) return false;
        ok = false;
      }
    }
    if (uniqueItems && arr.length > 1) {
      const dup = firstDuplicate(arr);
      if (dup) {
        if (errors !== null) record(errors, node, path, 'uniqueItems', { i: dup[0], j: dup[1] });
        return false;
      }
    }
    return ok;
  };
}

/** The duplicate pair Ajv reports (the highest i, then the highest j below it), or undefined. */
function firstDuplicate(arr: unknown[]): [number, number] | undefined {
  for (let i = arr.length - 1; i > 0; i--) {
    for (let j = i - 1; j >= 0; j--) if (deepEqual(arr[i], arr[j])) return [i, j];
  }
  return undefined;
}

function stringStep(node: Node): Step | undefined {
  const { minLength, maxLength, pattern, patternSource } = node;
  if (minLength === undefined && maxLength === undefined && !pattern) return undefined;
  return (data, bits, path, errors) => {
    if (bits !== 32) return true;
    const str = data as string;
    let ok = true;
    let bad: [string, Record<string, unknown>] | undefined;
    if (minLength !== undefined && ucs2length(str) < minLength) bad = ['minLength', { limit: minLength }];
    else if (maxLength !== undefined && ucs2length(str) > maxLength) bad = ['maxLength', { limit: maxLength }];
    if (bad) {
      if (errors === null) return false;
      ok = false;
      record(errors, node, path, bad[0], bad[1]);
    }
    if (pattern && !pattern.test(str)) {
      if (errors === null) return false;
      ok = false;
      record(errors, node, path, 'pattern', { pattern: patternSource });
    }
    return ok;
  };
}

function numberStep(node: Node): Step | undefined {
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum } = node;
  if (minimum === undefined && maximum === undefined && exclusiveMinimum === undefined && exclusiveMaximum === undefined) return undefined;
  return (data, bits, path, errors) => {
    if ((bits & 16) === 0) return true;
    const n = data as number;
    let bad: [string, Record<string, unknown>] | undefined;
    if (minimum !== undefined && n < minimum) bad = ['minimum', { comparison: '>=', limit: minimum }];
    else if (maximum !== undefined && n > maximum) bad = ['maximum', { comparison: '<=', limit: maximum }];
    else if (exclusiveMinimum !== undefined && n <= exclusiveMinimum)
      bad = ['exclusiveMinimum', { comparison: '>', limit: exclusiveMinimum }];
    else if (exclusiveMaximum !== undefined && n >= exclusiveMaximum)
      bad = ['exclusiveMaximum', { comparison: '<', limit: exclusiveMaximum }];
    if (!bad) return true;
    if (errors !== null) record(errors, node, path, bad[0], bad[1]);
    return false;
  };
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
