// Compares an old and a new schema as the designer sees them: through `$ref`s, with the fields of
// `properties` and `allOf` merged, then `items`. An input and an output differ in what breaks:
// a new required field breaks an input, a deleted field breaks an output. Results are memoized per
// pair of places and direction, so a definition shared by a hundred operations is compared once;
// a pair met again below itself (a recursive schema) ends that branch, and so does depth.
import { asArray, asObject, asString, asStringArray, entries, type JsonObject, resolveRef } from '../../core/model';
import type { Severity } from '../../core/text';
import { appendPointer } from '../../core/text';
import { sameJson, value, valueList } from './describe';
import { DIFF_RULES } from './rules';
import type { DiffRule, DiffSource } from './types';

export type Direction = 'input' | 'output';

export interface SchemaChange {
  rule: DiffRule;
  /** When it differs from the rule's. */
  severity?: Severity;
  source: DiffSource;
  /** Where the changed thing is written, in the file of `source`. */
  pointer: string;
  /** Locate the property name rather than the value. */
  at?: 'key';
  /** The field's path below the compared schema, as ValuePath segments (names and `items`). */
  rel: string[];
  /** Appended to the ValuePath after the field (`type`, `format`, `enum`, ...). */
  suffix?: string;
  /** What happened, after the field's name: `changed type from string to integer.` */
  detail: string;
}

export interface SchemaNode {
  value: JsonObject;
  /** Where the object is written: the `$ref` target for a reference. */
  pointer: string;
}

interface Fields {
  props: Map<string, { raw: unknown; pointer: string }>;
  required: Set<string>;
}

/** Deeper than any schema a designer shows; also bounds the work on hostile input. */
const MAX_DEPTH = 32;
const MAX_ALLOF_DEPTH = 8;

export function schemaNode(root: unknown, raw: unknown, pointer: string): SchemaNode | undefined {
  const r = resolveRef(root, raw);
  return r.target ? { value: r.target, pointer: r.resolvedPointer ?? pointer } : undefined;
}

const isInternal = (v: JsonObject) => v['x-ms-visibility'] === 'internal';
const isDynamic = (v: JsonObject) => v['x-ms-dynamic-schema'] !== undefined || v['x-ms-dynamic-properties'] !== undefined;

function typeOf(v: JsonObject): string | undefined {
  const t = asString(v.type);
  if (t !== undefined) return t;
  if (asObject(v.properties) || Array.isArray(v.allOf)) return 'object';
  if (v.items !== undefined) return 'array';
  return undefined;
}

/** An input the caller must fill in: no default, not hidden, not read-only. */
export function needsValue(v: JsonObject): boolean {
  return !('default' in v) && !isInternal(v) && v.readOnly !== true;
}

const NO_CHANGES: SchemaChange[] = [];

/** Marks a pair being compared, so meeting it again below itself ends that branch. */
const IN_PROGRESS: SchemaChange[] = [];

export class SchemaDiff {
  // By object identity, not pointer: each JSON object is one place, and identity costs no string
  // building or hashing (a large connector has tens of thousands of schema pairs).
  private readonly memo = {
    input: new Map<JsonObject, Map<JsonObject, SchemaChange[]>>(),
    output: new Map<JsonObject, Map<JsonObject, SchemaChange[]>>(),
  };

  constructor(
    private readonly oldRoot: unknown,
    private readonly newRoot: unknown,
  ) {}

  /** The changes from the old schema (or parameter object) to the new one. */
  compare(direction: Direction, oldRaw: unknown, oldPointer: string, newRaw: unknown, newPointer: string): SchemaChange[] {
    const o = schemaNode(this.oldRoot, oldRaw, oldPointer);
    const n = schemaNode(this.newRoot, newRaw, newPointer);
    return o && n ? this.pair(direction, o, n, 0) : [];
  }

  private pair(direction: Direction, o: SchemaNode, n: SchemaNode, depth: number): SchemaChange[] {
    let byNew = this.memo[direction].get(o.value);
    if (!byNew) this.memo[direction].set(o.value, (byNew = new Map()));
    const known = byNew.get(n.value);
    if (known) return known;
    if (depth > MAX_DEPTH) return IN_PROGRESS;
    byNew.set(n.value, IN_PROGRESS);
    const out: SchemaChange[] = [];
    if (this.common(direction, o, n, out)) {
      if (direction === 'input') this.inputOnly(o, n, out);
      this.fields(direction, o, n, depth, out);
      if (o.value.items !== undefined && n.value.items !== undefined) {
        const oi = schemaNode(this.oldRoot, o.value.items, appendPointer(o.pointer, 'items'));
        const ni = schemaNode(this.newRoot, n.value.items, appendPointer(n.pointer, 'items'));
        if (oi && ni) nest(out, 'items', this.pair(direction, oi, ni, depth + 1));
      }
    }
    const result = dedupe(out);
    byNew.set(n.value, result);
    return result;
  }

  /** Visibility, type and format, for both directions; false when there is nothing more to compare. */
  private common(direction: Direction, o: SchemaNode, n: SchemaNode, out: SchemaChange[]): boolean {
    // A dynamic schema is fetched at design time: there is nothing static to compare.
    if (isDynamic(o.value) || isDynamic(n.value)) return false;
    // Hidden before: no flow shows or sets it.
    if (isInternal(o.value)) return false;
    if (isInternal(n.value)) {
      out.push({
        rule: DIFF_RULES.VisibilityMadeInternal,
        source: 'new',
        pointer: appendPointer(n.pointer, 'x-ms-visibility'),
        rel: [],
        suffix: 'x-ms-visibility',
        detail: 'is now internal (x-ms-visibility): makers no longer see it.',
      });
      return false;
    }
    const ot = typeOf(o.value);
    const nt = typeOf(n.value);
    if (ot !== undefined && nt !== undefined && ot !== nt) {
      const rule = direction === 'input' ? DIFF_RULES.ParameterTypeChanged : DIFF_RULES.ResponsePropertyTypeChanged;
      out.push({
        rule,
        source: 'new',
        pointer: 'type' in n.value ? appendPointer(n.pointer, 'type') : n.pointer,
        rel: [],
        suffix: 'type',
        detail: `changed type from ${ot} to ${nt}.`,
      });
      return false;
    }
    const of = asString(o.value.format);
    const nf = asString(n.value.format);
    if (of !== nf) {
      const rule = direction === 'input' ? DIFF_RULES.ParameterFormatChanged : DIFF_RULES.ResponsePropertyFormatChanged;
      out.push({
        rule,
        source: 'new',
        pointer: nf !== undefined ? appendPointer(n.pointer, 'format') : n.pointer,
        rel: [],
        suffix: 'format',
        detail: `changed format from ${of ?? '(none)'} to ${nf ?? '(none)'}.`,
      });
    }
    return true;
  }

  /** Enum, default and dynamic values: what an input accepts and what it sends when left alone. */
  private inputOnly(o: SchemaNode, n: SchemaNode, out: SchemaChange[]): void {
    const oe = Array.isArray(o.value.enum) ? (o.value.enum as unknown[]) : undefined;
    const ne = Array.isArray(n.value.enum) ? (n.value.enum as unknown[]) : undefined;
    if (ne && !oe) {
      out.push({
        rule: DIFF_RULES.EnumAddedToInput,
        source: 'new',
        pointer: appendPointer(n.pointer, 'enum'),
        rel: [],
        suffix: 'enum',
        detail: `now only accepts ${valueList(ne)}: existing flows may send other values.`,
      });
    } else if (ne && oe) {
      const removed = missingFrom(oe, ne);
      if (removed.length) {
        out.push({
          rule: DIFF_RULES.EnumValueRemoved,
          source: 'new',
          pointer: appendPointer(n.pointer, 'enum'),
          rel: [],
          suffix: 'enum',
          detail: `no longer accepts ${valueList(removed)}.`,
        });
      }
    }
    if ('default' in o.value) {
      if (!('default' in n.value)) {
        out.push({
          rule: DIFF_RULES.DefaultValueChanged,
          source: 'new',
          pointer: n.pointer,
          rel: [],
          suffix: 'default',
          detail: `no longer has a default (it was ${value(o.value.default)}).`,
        });
      } else if (!sameJson(o.value.default, n.value.default)) {
        out.push({
          rule: DIFF_RULES.DefaultValueChanged,
          source: 'new',
          pointer: appendPointer(n.pointer, 'default'),
          rel: [],
          suffix: 'default',
          detail: `changed its default from ${value(o.value.default)} to ${value(n.value.default)}.`,
        });
      }
    }
    for (const k of ['x-ms-dynamic-values', 'x-ms-dynamic-list']) {
      if ((o.value[k] !== undefined || n.value[k] !== undefined) && !sameJson(o.value[k], n.value[k])) {
        const verb = o.value[k] === undefined ? 'gained' : n.value[k] === undefined ? 'lost' : 'changed';
        out.push({
          rule: DIFF_RULES.DynamicValuesChanged,
          source: 'new',
          pointer: n.value[k] !== undefined ? appendPointer(n.pointer, k) : n.pointer,
          rel: [],
          suffix: k,
          detail: `${verb} its ${k}.`,
        });
      }
    }
  }

  /** The object's fields: deleted, added, made required, and each pair compared below. */
  private fields(direction: Direction, o: SchemaNode, n: SchemaNode, depth: number, out: SchemaChange[]): void {
    const of = fieldsOf(this.oldRoot, o);
    const nf = fieldsOf(this.newRoot, n);
    if (!of.props.size && !nf.props.size) return;
    const input = direction === 'input';
    for (const [name, op] of of.props) {
      const oc = schemaNode(this.oldRoot, op.raw, op.pointer);
      const np = nf.props.get(name);
      if (!np) {
        // A hidden or read-only field was never something a flow set or used.
        if (oc && !isInternal(oc.value) && !(input && oc.value.readOnly === true)) {
          out.push(
            input
              ? { rule: DIFF_RULES.ParameterRemoved, source: 'old', pointer: op.pointer, at: 'key', rel: [name], detail: 'was removed.' }
              : {
                  rule: DIFF_RULES.ResponsePropertyRemoved,
                  source: 'old',
                  pointer: op.pointer,
                  at: 'key',
                  rel: [name],
                  detail: 'was deleted.',
                },
          );
        }
        continue;
      }
      const nc = schemaNode(this.newRoot, np.raw, np.pointer);
      if (!oc || !nc) continue;
      if (input && !of.required.has(name) && nf.required.has(name) && needsValue(nc.value) && !isInternal(oc.value)) {
        out.push({
          rule: DIFF_RULES.ParameterMadeRequired,
          source: 'new',
          pointer: np.pointer,
          at: 'key',
          rel: [name],
          suffix: 'required',
          detail: 'is now required, without a default: flows that leave it empty fail.',
        });
      }
      nest(out, name, this.pair(direction, oc, nc, depth + 1));
    }
    for (const [name, np] of nf.props) {
      if (of.props.has(name)) continue;
      const nc = schemaNode(this.newRoot, np.raw, np.pointer);
      if (!nc || isInternal(nc.value)) continue;
      if (input && nf.required.has(name) && needsValue(nc.value)) {
        out.push({
          rule: DIFF_RULES.RequiredParameterAdded,
          source: 'new',
          pointer: np.pointer,
          at: 'key',
          rel: [name],
          detail: 'is new and required, without a default: existing flows do not send it.',
        });
      } else if (!(input && nc.value.readOnly === true)) {
        out.push(
          input
            ? {
                rule: DIFF_RULES.ParameterAdded,
                source: 'new',
                pointer: np.pointer,
                at: 'key',
                rel: [name],
                detail: 'was added (optional).',
              }
            : { rule: DIFF_RULES.ResponsePropertyAdded, source: 'new', pointer: np.pointer, at: 'key', rel: [name], detail: 'was added.' },
        );
      }
    }
  }
}

/** The fields of an object schema: its `properties` over those of its `allOf` members. */
function fieldsOf(root: unknown, node: SchemaNode): Fields {
  const props: Fields['props'] = new Map();
  const required = new Set<string>();
  const seen = new Set<string>();
  const visit = (s: SchemaNode, depth: number) => {
    if (depth > MAX_ALLOF_DEPTH || seen.has(s.pointer)) return;
    seen.add(s.pointer);
    asArray(s.value.allOf).forEach((m, i) => {
      const member = schemaNode(root, m, appendPointer(s.pointer, 'allOf', i));
      if (member) visit(member, depth + 1);
    });
    for (const [k, v] of entries(s.value.properties)) props.set(k, { raw: v, pointer: appendPointer(s.pointer, 'properties', k) });
    for (const r of asStringArray(s.value.required)) required.add(r);
  };
  visit(node, 0);
  return { props, required };
}

/** The values of `before` that `after` lacks; primitives by a Set (enums of time zones run to hundreds). */
function missingFrom(before: readonly unknown[], after: readonly unknown[]): unknown[] {
  const primitives = new Set(after.filter((v) => v === null || typeof v !== 'object'));
  const objects = after.filter((v) => v !== null && typeof v === 'object');
  return before.filter((v) => (v === null || typeof v !== 'object' ? !primitives.has(v) : !objects.some((w) => sameJson(v, w))));
}

function nest(out: SchemaChange[], segment: string, below: readonly SchemaChange[]): void {
  for (const c of below) out.push({ ...c, rel: [segment, ...c.rel] });
}

/** One change per rule and place: the first path that reaches it (a DAG of `$ref`s has many). */
function dedupe(changes: SchemaChange[]): SchemaChange[] {
  if (changes.length === 0) return NO_CHANGES;
  if (changes.length < 2) return changes;
  const seen = new Set<string>();
  return changes.filter((c) => {
    const key = `${c.rule.id}\u0000${c.source}\u0000${c.pointer}\u0000${c.suffix ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
