// The one pass: visits the definition (operations, their parameters and responses, every schema
// object at its own location), then apiProperties.json (connection parameters, policies), then the
// JSON Schema violations, and calls each rule's hooks as it goes. `$ref`s are resolved through the
// model's per-document cache; a referenced schema is visited once, where it is written.
import { asArray, asObject, entries, type JsonObject } from '../../core/model';
import type { JsonDocument } from '../../core/text';
import { escapeSegment } from '../../core/text';
import type { SchemaError } from './schema-validator';
import { keyBits } from './schema-keys';
import { structureValidators } from './structure-validators';
import {
  SchemaKey,
  type ConnectionParameterNode,
  type OperationNode,
  type PolicyNode,
  type RuleContext,
  type RuleVisitor,
  type SchemaEdge,
  type SchemaNode,
  type StructureError,
} from './types';

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
const Edge = {
  Definition: 0,
  Parameter: 1,
  Response: 2,
  Notification: 3,
  Property: 4,
  Items: 5,
  AdditionalProperties: 6,
  AllOf: 7,
} as const;
type EdgeCode = (typeof Edge)[keyof typeof Edge];

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

/** The visitors of one run (their hooks are grouped per hook, so a hook nobody uses costs nothing). */
export interface VisitorSet {
  all: RuleVisitor[];
  /** Every rule, including those off in the profile: ownership of schema errors must not depend on it. */
  schemaErrorOwners: RuleVisitor[];
  /** Told when an owner starts and stops looking at a schema error (its reports are about it). */
  claiming?: (on: boolean) => void;
}

type Hook = Exclude<keyof RuleVisitor, 'onSchemaError' | 'schemaKeys'>;
type Hooks = { [K in Hook]: NonNullable<RuleVisitor[K]>[] };

/** Each hook's functions, collected in one look at each visitor's own keys. */
function collectHooks(visitors: RuleVisitor[]): Hooks & { schemaKeys: number[] } {
  const out: Hooks & { schemaKeys: number[] } = {
    onDocument: [],
    onPathItem: [],
    onOperation: [],
    onParameter: [],
    onResponse: [],
    onSchema: [],
    onApiProperties: [],
    onConnectionParameter: [],
    onPolicy: [],
    onEnd: [],
    schemaKeys: [],
  };
  for (const v of visitors) {
    for (const key in v) {
      const list = out[key as Hook] as ((...args: never[]) => unknown)[] | undefined;
      const fn = v[key as Hook];
      // Called as plain functions (see RuleVisitor): no bound wrappers on the hot path.
      if (list && typeof fn === 'function') list.push(fn as (...args: never[]) => unknown);
    }
    // -1 (every key) for a hook that wants every schema: the masks stay numbers.
    if (typeof v.onSchema === 'function') out.schemaKeys.push(v.schemaKeys ?? -1);
  }
  return out;
}

const MAX_SCHEMA_DEPTH = 200;

export function walkConnector(ctx: RuleContext, set: VisitorSet): void {
  const {
    onDocument,
    onPathItem,
    onOperation,
    onParameter,
    onResponse,
    onSchema,
    schemaKeys,
    onApiProperties,
    onConnectionParameter,
    onPolicy,
    onEnd,
  } = collectHooks(set.all);
  const root = ctx.root;

  /** `root` is the pointer of a root schema; children are placed by edge, name and index. */
  const visitSchema = (
    value: unknown,
    root: string | undefined,
    edge: EdgeCode,
    parent: WalkedSchema | undefined,
    name?: string,
    required = false,
    index = -1,
  ) => {
    const obj = asObject(value);
    if (!obj) return;
    const depth = parent ? parent.depth + 1 : 0;
    if (depth > MAX_SCHEMA_DEPTH) return;
    const keys = keyBits(obj);
    const step = name !== undefined ? name : edge === Edge.Items || edge === Edge.AllOf ? index : undefined;
    const node = new WalkedSchema(root, obj, keys, parent, step, edge | (required ? 8 : 0) | (depth << 4));
    // Only the rules interested in one of the schema's keys, in registry order. A test per hook
    // rather than a list per combination of keys: those lists were made again for each connector.
    for (let i = 0; i < onSchema.length; i++) {
      const mask = schemaKeys[i]!;
      if (mask === -1 || (mask & keys) !== 0) onSchema[i]!(node);
    }
    if (keys & SchemaKey.Ref && typeof obj.$ref === 'string') return;
    const props = asObject(obj.properties);
    if (props) {
      const req = keys & SchemaKey.Required && Array.isArray(obj.required) ? obj.required : undefined;
      for (const key in props) visitSchema(props[key], undefined, Edge.Property, node, key, req?.includes(key));
    }
    const items = obj.items;
    if (Array.isArray(items))
      for (let i = 0; i < items.length; i++) visitSchema(items[i], undefined, Edge.Items, node, undefined, false, i);
    else if (items !== undefined) visitSchema(items, undefined, Edge.Items, node);
    if (asObject(obj.additionalProperties)) visitSchema(obj.additionalProperties, undefined, Edge.AdditionalProperties, node);
    const allOf = obj.allOf;
    if (Array.isArray(allOf))
      for (let i = 0; i < allOf.length; i++) visitSchema(allOf[i], undefined, Edge.AllOf, node, undefined, false, i);
  };

  /**
   * Inline body schemas of the parameter list under `owner` (a `$ref` parameter's schema is visited
   * under #/parameters). The list's pointer is built only for a schema: most parameters have none.
   */
  const visitParameterSchemas = (list: unknown, owner: string) => {
    if (!Array.isArray(list)) return;
    for (let i = 0; i < list.length; i++) {
      const param = asObject(list[i]);
      if (param && typeof param.$ref !== 'string' && param.schema !== undefined)
        visitSchema(param.schema, `${owner}/parameters/${i}/schema`, Edge.Parameter, undefined);
    }
  };

  for (let i = 0; i < onDocument.length; i++) onDocument[i]!(root);

  // Operations, grouped by path item so that a path item's own parameters are walked once.
  let lastItem: string | undefined;
  const operations = ctx.operations;
  for (let o = 0; o < operations.length; o++) {
    const op = operations[o]!;
    if (op.pathItemPointer !== lastItem) {
      lastItem = op.pathItemPointer;
      visitPathItemSchemas(op);
      for (let i = 0; i < onPathItem.length; i++) onPathItem[i]!(op);
    }
    for (let i = 0; i < onOperation.length; i++) onOperation[i]!(op);
    for (let j = 0; j < op.parameters.length; j++) for (let i = 0; i < onParameter.length; i++) onParameter[i]!(op.parameters[j]!);
    for (let j = 0; j < op.responses.length; j++) for (let i = 0; i < onResponse.length; i++) onResponse[i]!(op.responses[j]!);
    visitParameterSchemas(op.value.parameters, op.pointer);
    const opResponses = asObject(op.value.responses);
    for (const status in opResponses) {
      const res = asObject(opResponses[status]);
      if (res && typeof res.$ref !== 'string' && res.schema !== undefined)
        visitSchema(res.schema, `${op.pointer}/responses/${escapeSegment(status)}/schema`, Edge.Response, undefined);
    }
  }

  function visitPathItemSchemas(op: OperationNode) {
    visitParameterSchemas(op.pathItem.parameters, op.pathItemPointer);
    const notification = asObject(op.pathItem['x-ms-notification-content']);
    if (notification?.schema !== undefined)
      visitSchema(notification.schema, `${op.pathItemPointer}/x-ms-notification-content/schema`, Edge.Notification, undefined);
  }

  // Reusable components (for-in rather than entries(): no pair arrays for thousands of names).
  const definitions = asObject(root.definitions);
  for (const name in definitions) visitSchema(definitions[name], `/definitions/${escapeSegment(name)}`, Edge.Definition, undefined);
  const parameters = asObject(root.parameters);
  for (const name in parameters) {
    const p = asObject(parameters[name]);
    if (p?.schema !== undefined) visitSchema(p.schema, `/parameters/${escapeSegment(name)}/schema`, Edge.Parameter, undefined);
  }
  const responses = asObject(root.responses);
  for (const name in responses) {
    const r = asObject(responses[name]);
    if (r?.schema !== undefined) visitSchema(r.schema, `/responses/${escapeSegment(name)}/schema`, Edge.Response, undefined);
  }

  // apiProperties.json
  const present = ctx.properties !== undefined;
  const props = ctx.apiProperties;
  for (let i = 0; i < onApiProperties.length; i++) onApiProperties[i]!(props, present);
  if (onConnectionParameter.length) {
    const params: ConnectionParameterNode[] = [];
    for (const [name, raw] of entries(props.connectionParameters)) {
      const value = asObject(raw);
      if (value) params.push({ pointer: `/properties/connectionParameters/${escapeSegment(name)}`, name, value });
    }
    asArray(asObject(props.connectionParameterSets)?.values).forEach((rawSet, i) => {
      const set = asObject(rawSet);
      const setName = typeof set?.name === 'string' ? set.name : String(i);
      for (const [name, raw] of entries(set?.parameters)) {
        const value = asObject(raw);
        if (value)
          params.push({
            pointer: `/properties/connectionParameterSets/values/${i}/parameters/${escapeSegment(name)}`,
            name,
            value,
            set: setName,
          });
      }
    });
    for (const p of params) for (const h of onConnectionParameter) h(p);
  }
  if (onPolicy.length) {
    asArray(props.policyTemplateInstances).forEach((raw, i) => {
      const value = asObject(raw);
      if (!value) return;
      const parameters = asObject(value.parameters) ?? {};
      const ops = parameters['x-ms-apimTemplate-operationName'];
      const node: PolicyNode = {
        pointer: `/properties/policyTemplateInstances/${i}`,
        value,
        templateId: typeof value.templateId === 'string' ? value.templateId.toLowerCase() : '',
        parameters,
        operations: Array.isArray(ops) ? ops.filter((o): o is string => typeof o === 'string') : typeof ops === 'string' ? [ops] : [],
      };
      for (const h of onPolicy) h(node);
    });
  }

  // JSON Schema structure: each document validated once by the compiled connector schemas.
  const owners = set.schemaErrorOwners;
  const claiming = set.claiming;
  const dispatch = (errors: SchemaError[], file: StructureError['file']) => {
    for (let i = 0; i < errors.length; i++) {
      const e = errors[i] as StructureError;
      e.file = file;
      for (let j = 0; j < owners.length; j++) {
        claiming?.(true);
        try {
          if (owners[j]!.onSchemaError!(e)) break;
        } finally {
          claiming?.(false);
        }
      }
    }
  };
  // A document edited inside strings shares most of its objects with the previous parse: the
  // validators remember their outcome for the next keystroke.
  const validators = structureValidators();
  const edited = (doc: JsonDocument) => doc.source !== doc;
  if (ctx.definition && ctx.definition.value !== undefined)
    dispatch(validators.definition.validate(ctx.definition.value, edited(ctx.definition)), 'definition');
  if (ctx.properties && ctx.properties.value !== undefined)
    dispatch(validators.properties.validate(ctx.properties.value, edited(ctx.properties)), 'properties');

  for (let i = 0; i < onEnd.length; i++) onEnd[i]!();
}
