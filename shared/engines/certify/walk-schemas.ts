// The schema part of the walk: every schema object at its own location, each handed to the rules
// whose keys it has. Top-level functions with their state passed in: a closure made per run inside
// the walk made the whole walk one large function that the optimizing compiler recompiled each time
// a rarely taken branch of it was first reached.
import { asObject, type JsonObject } from '../../core/model';
import { escapeSegment } from '../../core/text';
import { schemaKeyBits, schemaValues } from './schema-keys';
import { SchemaKey, type SchemaEdge, type SchemaNode } from './types';

/** The edges in the order of their codes in WalkedSchema's packed bits. */
const EDGES: readonly SchemaEdge[] = [
  'definition',
  'parameter',
  'response',
  'notification',
  'property',
  'items',
  'additionalProperties',
  'allOf',
];
/** The codes of EDGES (a node's low three bits). */
export const Edge = {
  Definition: 0,
  Parameter: 1,
  Response: 2,
  Notification: 3,
  Property: 4,
  Items: 5,
  AdditionalProperties: 6,
  AllOf: 7,
} as const;
export type EdgeCode = (typeof Edge)[keyof typeof Edge];

/**
 * A schema node whose pointer is built only when asked for (mostly when a rule reports it): the
 * walk passes hundreds of thousands of schema objects over a corpus, few of them reported. A root
 * holds its pointer; a child holds how it hangs from its parent (the edge and the property name
 * or item index). The edge, the required flag and the depth are packed in one number: a node is
 * then six fields instead of nine, which the garbage collector feels over a corpus.
 */
class WalkedSchema implements SchemaNode {
  private at: string | undefined;

  constructor(
    root: string | undefined,
    readonly value: JsonObject,
    readonly keys: number,
    readonly parent: WalkedSchema | undefined,
    /** The property name (edge "property"), the item index (-1 for a single `items` schema) or undefined. */
    private readonly step: string | number | undefined,
    /** edge code | required << 3 | depth << 4 */
    private readonly bits: number,
  ) {
    this.at = root;
  }

  get edge(): SchemaEdge {
    return EDGES[this.bits & 7]!;
  }

  get name(): string | undefined {
    return typeof this.step === 'string' ? this.step : undefined;
  }

  get required(): boolean {
    return (this.bits & 8) !== 0;
  }

  get depth(): number {
    return this.bits >> 4;
  }

  get pointer(): string {
    if (this.at === undefined) {
      const base = this.parent!.pointer;
      const step = this.step;
      switch (this.edge) {
        case 'property':
          this.at = `${base}/properties/${escapeSegment(step as string)}`;
          break;
        case 'items':
          this.at = (step as number) < 0 ? `${base}/items` : `${base}/items/${step}`;
          break;
        case 'allOf':
          this.at = `${base}/allOf/${step}`;
          break;
        default:
          this.at = `${base}/${this.edge}`;
      }
    }
    return this.at;
  }
}

/** The schema hooks of one run, and the SchemaKey mask of each (-1: every schema). */
export class SchemaHooks {
  /** The keys some hook looks at, and the keys that hold subschemas: a schema with none is passed by. */
  readonly wanted: number;

  constructor(
    readonly onSchema: ((schema: SchemaNode) => void)[],
    readonly masks: number[],
  ) {
    let wanted = SUBSCHEMA_KEYS;
    for (let i = 0; i < masks.length; i++) wanted |= masks[i]!;
    this.wanted = wanted;
  }
}

const MAX_SCHEMA_DEPTH = 200;

/**
 * The last root node and hooks, referenced until the next ones: while an instance lives, so does
 * the shape of its class, and the optimized code of the walk and of the schema hooks, which was
 * compiled for those shapes, survives a full garbage collection between two runs instead of being
 * thrown away.
 */
const last: { root: WalkedSchema | undefined; hooks: SchemaHooks | undefined } = { root: undefined, hooks: undefined };

/** A root schema (`at` is its pointer) and everything under it. */
export function visitRootSchema(hooks: SchemaHooks, value: unknown, at: string, edge: EdgeCode): void {
  const obj = asObject(value);
  if (!obj) return;
  const keys = schemaKeyBits(obj);
  if ((keys & hooks.wanted) === 0) return;
  const node = new WalkedSchema(at, obj, keys, undefined, undefined, edge);
  last.root = node;
  last.hooks = hooks;
  visitSchema(hooks, node);
  schemaValues.clear();
}

/** A schema object under `parent`, placed by edge and property name or item index. */
function visitChild(hooks: SchemaHooks, value: unknown, parent: WalkedSchema, step: string | number | undefined, bits: number): void {
  const obj = asObject(value);
  if (!obj) return;
  const depth = parent.depth + 1;
  if (depth > MAX_SCHEMA_DEPTH) return;
  // Half the schemas of a corpus are leaves no rule looks at: no node for them (a rule sees only the
  // nodes it is given and their parents, which hold subschemas and so are always made).
  const keys = schemaKeyBits(obj);
  if ((keys & hooks.wanted) === 0) return;
  visitSchema(hooks, new WalkedSchema(undefined, obj, keys, parent, step, bits | (depth << 4)));
}

function visitSchema(hooks: SchemaHooks, node: WalkedSchema): void {
  const keys = node.keys;
  // Read before the hooks and the children, whose schemaKeyBits calls replace them.
  const values = schemaValues;
  if (keys & SchemaKey.Ref && typeof values.ref === 'string') {
    callHooks(hooks, node, keys);
    return;
  }
  // Most schemas (leaves) have no subschema key: nothing more is read from them.
  if ((keys & SUBSCHEMA_KEYS) === 0) {
    callHooks(hooks, node, keys);
    return;
  }
  const props = keys & SchemaKey.Properties ? asObject(values.properties) : undefined;
  const required = props && keys & SchemaKey.Required && Array.isArray(values.required) ? values.required : undefined;
  const items = keys & SchemaKey.Items ? values.items : undefined;
  const additional = keys & SchemaKey.AdditionalProperties ? values.additionalProperties : undefined;
  const allOf = keys & SchemaKey.AllOf ? values.allOf : undefined;
  callHooks(hooks, node, keys);
  if (props) visitProperties(hooks, props, node, required);
  if (Array.isArray(items)) visitList(hooks, items, node, Edge.Items);
  else if (items !== undefined) visitChild(hooks, items, node, -1, Edge.Items);
  if (additional !== undefined && typeof additional === 'object') visitChild(hooks, additional, node, undefined, Edge.AdditionalProperties);
  if (Array.isArray(allOf)) visitList(hooks, allOf, node, Edge.AllOf);
}

/** Only the rules interested in one of the schema's keys, in registry order. */
function callHooks(hooks: SchemaHooks, node: WalkedSchema, keys: number): void {
  // A test per hook rather than a list per combination of keys: those lists were made again for
  // each connector.
  const onSchema = hooks.onSchema;
  const masks = hooks.masks;
  for (let i = 0; i < onSchema.length; i++) {
    const mask = masks[i]!;
    if (mask === -1 || (mask & keys) !== 0) onSchema[i]!(node);
  }
}

const SUBSCHEMA_KEYS = SchemaKey.Properties | SchemaKey.Items | SchemaKey.AdditionalProperties | SchemaKey.AllOf;

function visitProperties(hooks: SchemaHooks, props: JsonObject, node: WalkedSchema, required: unknown[] | undefined): void {
  for (const key in props) visitChild(hooks, props[key], node, key, required?.includes(key) ? Edge.Property | 8 : Edge.Property);
}

function visitList(hooks: SchemaHooks, list: unknown[], node: WalkedSchema, edge: EdgeCode): void {
  for (let i = 0; i < list.length; i++) visitChild(hooks, list[i], node, i, edge);
}
