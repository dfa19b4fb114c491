// The compiled tree turned into closures, with what is remembered between checks of documents
// that share objects (a parse edited inside strings).
import type { Node, SchemaError } from './schema-node';
import { ALWAYS, all, record, sequence, type Cell, type RelativeValidate, type Step, type Validate, under } from './schema-runtime';
import { arrayStep, numberStep, objectStep, stringStep } from './schema-steps';
import { deepEqual, someEqual } from './schema-values';

/**
 * Turns the compiled tree into closures, once per process: each schema becomes a function that
 * runs only the keywords it has (an interpreter asks every node about every keyword), in the order
 * and with the reports of the keyword list below, so the violations come out as before.
 */
export function toClosures(top: Node): Validate {
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
export function sectionSchemas(top: Node): Set<Node> {
  return schemaLevels(top)[2]!;
}

/** The schemas that may check the value, its members, their members. */
export function schemaLevels(top: Node): Set<Node>[] {
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
  const levels = [close([top])];
  for (let depth = 0; depth < 2; depth++) levels.push(close([...levels[depth]!].flatMap(below)));
  return levels;
}

export function build(node: Node, cell: (node: Node) => Cell): Validate {
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
export interface Outcome {
  ok: boolean;
  errors: SchemaError[] | undefined;
  at: string | number;
  under: string | number;
}

export const NO_ERRORS: SchemaError[] = [];
/** Whether the value checked now is one to remember (see CompiledSchema.validate). */
let remembering = false;
/** Set by CompiledSchema around one check. */
export function setRemembering(on: boolean): void {
  remembering = on;
}
export function isRemembering(): boolean {
  return remembering;
}
/** The object two levels down being checked now (the schemas it goes through inside need not remember it). */
let checking: object | undefined;

/** Copies of the violations a check added from `start` on, to keep with its outcome. */
function recorded(errors: SchemaError[], start: number): SchemaError[] {
  return errors.length === start ? NO_ERRORS : errors.slice(start).map((e) => ({ ...e }));
}

/** A kept outcome's violations handed out as copies (their holders may change them). */
function replay(kept: readonly SchemaError[], errors: SchemaError[]): void {
  for (const e of kept) errors.push({ ...e });
}

/**
 * Remembers the outcome for each object two levels down (an operation's path item, a definition),
 * by identity, when asked to (a fresh parse has nothing to share: it would only pay). A document
 * edited inside strings since its last parse shares every object the edits did not reach with the
 * previous parse (see string-value-edits.ts), at the same place: each keystroke then checks the one
 * path item or definition it changed. The outcome depends on the
 * object and where it is alone; the place is compared too, and violations are handed out as copies.
 */
export function rememberSections(run: Validate): Validate {
  const known = new WeakMap<object, Outcome>();
  return (data, path, errors) => {
    if (!remembering || path.length !== 2 || data === null || typeof data !== 'object' || data === checking) return run(data, path, errors);
    const had = known.get(data);
    if (had && had.under === path[0] && had.at === path[1] && (errors === null || had.errors)) {
      if (errors !== null) replay(had.errors!, errors);
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
    const found = errors === null ? undefined : recorded(errors, start);
    known.set(data, { ok, errors: found, under: path[0]!, at: path[1]! });
    return ok;
  };
}

/**
 * rememberSections for the generated code, which has no path: its errors are relative to the value
 * (schema-runtime.ts, under), so an outcome holds wherever the object is. The section schemas are
 * the ones applied two levels down and never above (schema-codegen.ts checks it), so the outermost
 * one running is at that level: those inside it run as they are.
 */
export function rememberRelativeSections(run: RelativeValidate): RelativeValidate {
  const known = new WeakMap<object, Pick<Outcome, 'ok' | 'errors'>>();
  return (data, errors, at) => {
    if (!remembering || checking !== undefined || data === null || typeof data !== 'object') return run(data, errors, at);
    const start = errors?.length ?? 0;
    let had = known.get(data);
    if (had && (errors === null || had.errors)) {
      if (errors !== null) replay(had.errors!, errors);
    } else {
      checking = data;
      let ok: boolean;
      try {
        ok = run(data, errors, undefined);
      } finally {
        checking = undefined;
      }
      const found = errors === null ? undefined : recorded(errors, start);
      known.set(data, (had = { ok, errors: found }));
    }
    if (errors !== null && at !== undefined) under(errors, start, at);
    return had.ok;
  };
}

/** Remembered values per schema, and the longest string worth remembering. */
export const MAX_REMEMBERED = 256;
export const MAX_REMEMBERED_LENGTH = 64;

export function rememberValidPrimitives(run: Validate): Validate {
  const valid = new Set<unknown>();
  return (data, path, errors) => {
    if (data !== null && typeof data === 'object') return run(data, path, errors);
    if (valid.has(data)) return true;
    const ok = run(data, path, errors);
    if (ok && valid.size < MAX_REMEMBERED && (typeof data !== 'string' || data.length <= MAX_REMEMBERED_LENGTH)) valid.add(data);
    return ok;
  };
}
