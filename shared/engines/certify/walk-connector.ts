// The one pass: visits the definition (operations, their parameters and responses, every schema
// object at its own location), then apiProperties.json (connection parameters, policies), then the
// JSON Schema violations, and calls each rule's hooks as it goes. `$ref`s are resolved through the
// model's per-document cache; a referenced schema is visited once, where it is written.
//
// Each part is a small top-level function with its state passed in: one large function with its
// helpers as closures was recompiled whole, at great cost, whenever one of its rarely taken paths
// (a connector with root parameters, a response `$ref`) was first reached after an optimization.
import { asArray, asObject, entries, type JsonObject } from '../../core/model';
import type { JsonDocument } from '../../core/text';
import { escapeSegment } from '../../core/text';
import type { SchemaError } from './schema-validator';
import { structureError } from './structure-errors';
import { structureValidators } from './structure-validators';
import type { ConnectionParameterNode, OperationNode, PolicyNode, ResponseNode, RuleContext, RuleVisitor, StructureError } from './types';
import { member } from './value-checks';
import { collectHooks, type HookPlan, type Hooks } from './walk-hooks';
import { Edge, SchemaHooks, visitRootSchema } from './walk-schemas';

/** The visitors of one run: one per rule, in registry order. */
export interface VisitorSet {
  visitors: RuleVisitor[];
  /** Whether each rule is on in the profile; a rule that is off still owns its schema errors. */
  on: readonly boolean[];
  /** Where the hooks go, learnt once per rule list and profile (without one, grouped anew). */
  plan?: HookPlan;
  /** Told when an owner starts and stops looking at a schema error (its reports are about it). */
  claiming?: (on: boolean) => void;
}

/**
 * The last run's visitors, referenced until the next run. Their hooks are closures made per run;
 * the optimized code they share lives only as long as one of them does, so without this a full
 * garbage collection between two runs threw it away and each run compiled every hook again.
 */
const retained: { run: VisitorSet | undefined } = { run: undefined };

export function walkConnector(ctx: RuleContext, set: VisitorSet): void {
  retained.run = set;
  const plan = set.plan;
  const hooks = plan ? plan.take(set.visitors, set.on) : collectHooks(set.visitors, set.on);
  try {
    walk(ctx, set, hooks);
  } finally {
    plan?.release(hooks);
  }
}

function walk(ctx: RuleContext, set: VisitorSet, hooks: Hooks): void {
  const schemas = new SchemaHooks(hooks.onSchema, hooks.schemaKeys);
  const root = ctx.root;
  const onDocument = hooks.onDocument;
  for (let i = 0; i < onDocument.length; i++) onDocument[i]!(root);
  visitOperations(ctx.operations, hooks, schemas);
  // Reusable components.
  visitDefinitions(schemas, asObject(root.definitions));
  visitComponentSchemas(schemas, asObject(root.parameters), '/parameters/', Edge.Parameter);
  visitComponentSchemas(schemas, asObject(root.responses), '/responses/', Edge.Response);
  visitApiProperties(ctx, hooks);
  visitStructureErrors(ctx, hooks.owners, set.claiming);
  const onEnd = hooks.onEnd;
  for (let i = 0; i < onEnd.length; i++) onEnd[i]!();
}

/** Operations, grouped by path item so that a path item's own parameters are walked once. */
function visitOperations(operations: OperationNode[], hooks: Hooks, schemas: SchemaHooks): void {
  let lastItem: string | undefined;
  // The body is a function of its own: optimized on-stack inside this loop, it was deoptimized
  // ("exit from OSR'd inner loop") and compiled again for one connector after another.
  for (let o = 0; o < operations.length; o++) {
    const op = operations[o]!;
    const first = op.pathItemPointer !== lastItem;
    if (first) lastItem = op.pathItemPointer;
    visitOperation(op, first, hooks, schemas);
  }
}

function visitOperation(op: OperationNode, firstOfItem: boolean, hooks: Hooks, schemas: SchemaHooks): void {
  if (firstOfItem) {
    visitPathItemSchemas(schemas, op);
    const onPathItem = hooks.onPathItem;
    for (let i = 0; i < onPathItem.length; i++) onPathItem[i]!(op);
  }
  const onOperation = hooks.onOperation;
  for (let i = 0; i < onOperation.length; i++) onOperation[i]!(op);
  const onParameter = hooks.onParameter;
  const parameterKeys = hooks.parameterKeys;
  const params = op.parameters;
  for (let j = 0; j < params.length; j++) {
    const param = params[j]!;
    const keys = param.keys;
    for (let i = 0; i < onParameter.length; i++) {
      const mask = parameterKeys[i]!;
      if (mask === -1 || (mask & keys) !== 0) onParameter[i]!(param);
    }
  }
  const onResponse = hooks.onResponse;
  const responses = op.responses;
  for (let j = 0; j < responses.length; j++) for (let i = 0; i < onResponse.length; i++) onResponse[i]!(responses[j]!);
  visitParameterSchemas(schemas, op.value.parameters, op.pointer);
  visitResponseSchemas(schemas, responses);
}

function visitPathItemSchemas(schemas: SchemaHooks, op: OperationNode): void {
  visitParameterSchemas(schemas, op.pathItem.parameters, op.pathItemPointer);
  const notification = asObject(op.pathItem['x-ms-notification-content']);
  if (notification?.schema !== undefined)
    visitRootSchema(schemas, notification.schema, `${op.pathItemPointer}/x-ms-notification-content/schema`, Edge.Notification);
}

/**
 * Inline body schemas of the parameter list under `owner` (a `$ref` parameter's schema is visited
 * under #/parameters). The list's pointer is built only for a schema: most parameters have none.
 */
function visitParameterSchemas(schemas: SchemaHooks, list: unknown, owner: string): void {
  if (!Array.isArray(list)) return;
  for (let i = 0; i < list.length; i++) {
    const param = asObject(list[i]);
    if (param && typeof param.$ref !== 'string' && param.schema !== undefined)
      visitRootSchema(schemas, param.schema, `${owner}/parameters/${i}/schema`, Edge.Parameter);
  }
}

/**
 * Inline schemas of the operation's responses, read from its response nodes: a for-in over the
 * responses object takes V8's slow path (status codes are integer keys, kept as elements) and
 * escaped every status again. The nodes skip `x-` keys, which are extensions, not responses.
 */
function visitResponseSchemas(schemas: SchemaHooks, responses: readonly ResponseNode[]): void {
  for (let i = 0; i < responses.length; i++) {
    const r = responses[i]!;
    const value = r.value;
    if (value !== undefined && r.view.ref === undefined && value.schema !== undefined)
      visitRootSchema(schemas, value.schema, `${r.pointer}/schema`, Edge.Response);
  }
}

// for-in rather than entries(): no pair arrays for thousands of names.
function visitDefinitions(schemas: SchemaHooks, definitions: JsonObject | undefined): void {
  for (const name in definitions) visitRootSchema(schemas, definitions[name], `/definitions/${escapeSegment(name)}`, Edge.Definition);
}

/** The schemas of #/parameters or #/responses (`base` is its pointer and a slash). */
function visitComponentSchemas(
  schemas: SchemaHooks,
  components: JsonObject | undefined,
  base: string,
  edge: typeof Edge.Parameter | typeof Edge.Response,
): void {
  for (const name in components) {
    const c = asObject(components[name]);
    if (c?.schema !== undefined) visitRootSchema(schemas, c.schema, `${base}${escapeSegment(name)}/schema`, edge);
  }
}

/** apiProperties.json: the properties object, its connection parameters and its policies. */
function visitApiProperties(ctx: RuleContext, hooks: Hooks): void {
  const present = ctx.properties !== undefined;
  const props = ctx.apiProperties;
  const onApiProperties = hooks.onApiProperties;
  for (let i = 0; i < onApiProperties.length; i++) onApiProperties[i]!(props, present);
  if (hooks.onConnectionParameter.length) visitConnectionParameters(props, hooks.onConnectionParameter);
  if (hooks.onPolicy.length) visitPolicies(props, hooks.onPolicy);
}

function visitConnectionParameters(props: JsonObject, onConnectionParameter: Hooks['onConnectionParameter']): void {
  // Members read through member(), sets in a loop and nodes from one literal: the few maps of these
  // objects die at each full GC, and code holding them was thrown away ("embedded weak objects
  // cleared") and compiled again.
  const params: ConnectionParameterNode[] = [];
  for (const [name, raw] of entries(member(props, 'connectionParameters'))) {
    const value = asObject(raw);
    if (value) params.push(connectionParameter(`/properties/connectionParameters/${escapeSegment(name)}`, name, value, undefined));
  }
  const sets = asObject(member(props, 'connectionParameterSets'));
  const values = asArray(sets && member(sets, 'values'));
  for (let i = 0; i < values.length; i++) {
    const set = asObject(values[i]);
    const named = set && member(set, 'name');
    const setName = typeof named === 'string' ? named : String(i);
    for (const [name, raw] of entries(set && member(set, 'parameters'))) {
      const value = asObject(raw);
      if (value)
        params.push(
          connectionParameter(`/properties/connectionParameterSets/values/${i}/parameters/${escapeSegment(name)}`, name, value, setName),
        );
    }
  }
  for (const p of params) for (const h of onConnectionParameter) h(p);
}

function connectionParameter(pointer: string, name: string, value: JsonObject, set: string | undefined): ConnectionParameterNode {
  return { pointer, name, value, set };
}

function visitPolicies(props: JsonObject, onPolicy: Hooks['onPolicy']): void {
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

/** JSON Schema structure: each document validated once by the compiled connector schemas. */
function visitStructureErrors(ctx: RuleContext, owners: RuleVisitor[], claiming: VisitorSet['claiming']): void {
  // A document edited inside strings shares most of its objects with the previous parse: the
  // validators remember their outcome for the next keystroke.
  const validators = structureValidators();
  if (ctx.definition && ctx.definition.value !== undefined)
    dispatchErrors(owners, claiming, validators.definition.validate(ctx.definition.value, edited(ctx.definition)), 'definition');
  if (ctx.properties && ctx.properties.value !== undefined)
    dispatchErrors(owners, claiming, validators.properties.validate(ctx.properties.value, edited(ctx.properties)), 'properties');
}

function edited(doc: JsonDocument): boolean {
  return doc.source !== doc;
}

/** Each error to the owners in registry order, until one owns it. */
function dispatchErrors(
  owners: RuleVisitor[],
  claiming: VisitorSet['claiming'],
  errors: SchemaError[],
  file: StructureError['file'],
): void {
  for (let i = 0; i < errors.length; i++) {
    const e = structureError(errors[i]!, file);
    for (let j = 0; j < owners.length; j++) {
      claiming?.(true);
      try {
        if (owners[j]!.onSchemaError!(e)) break;
      } finally {
        claiming?.(false);
      }
    }
  }
}
