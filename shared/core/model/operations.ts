// Operation views over `paths`: actions, webhook triggers (a notification URL or notification
// content) and polling triggers (any other `x-ms-trigger`, usually paired with a pollingtrigger
// policy or `x-ms-trigger-metadata`).
//
// Each view kind is one object literal listing every key of its interface, in order, undefined
// when absent: V8 builds it from a template, and every view of a kind has the same shape. Keys
// left out (conditional spreads) made dozens of shapes per round that died at each full GC, and
// the code reading the views (the checker's rule hooks) was deoptimized and compiled again.
import { appendPointer, escapeSegment } from '../text';
import { asObject, asString, asStringArray } from './json-access';
import { hasNotificationUrl, operationParameters, visibilityOf } from './parameters';
import { resolveIfRef } from './resolve-ref';
import { schemaView } from './schemas';
import { HTTP_METHODS, type HttpMethod, type OperationView, type PolicyInstanceView, type ResponseView } from './types';

function responses(root: unknown, op: Record<string, unknown>, opPointer: string): ResponseView[] {
  const out: ResponseView[] = [];
  const all = asObject(op.responses);
  if (all === undefined) return out;
  // Object.keys, not for-in: status codes are integer keys, kept as elements, so a for-in takes
  // the slow path that checks every key again; the order is the same.
  const statuses = Object.keys(all);
  for (let i = 0; i < statuses.length; i++) {
    const status = statuses[i]!;
    if (status.startsWith('x-')) continue;
    const pointer = `${opPointer}/responses/${escapeSegment(status)}`;
    const node = asObject(all[status]);
    const resolved = resolveIfRef(root, node);
    const target = resolved ? resolved.target : node;
    const ref = resolved?.ref;
    const resolvedPointer = resolved?.resolvedPointer;
    const description = target?.description;
    const schema = target?.schema;
    // Every key listed, undefined when absent: one shape for every response view (see the top).
    out.push({
      pointer,
      status,
      description: typeof description === 'string' ? description : undefined,
      ref,
      resolvedPointer,
      schema: schema !== undefined ? schemaView(root, schema, `${resolvedPointer ?? pointer}/schema`) : undefined,
    });
  }
  return out;
}

/** Template ids of the policies applied to an operation: those listing it, and those listing none. */
function policiesOf(policies: PolicyInstanceView[], operationId: string | undefined): string[] {
  const out: string[] = [];
  for (let i = 0; i < policies.length; i++) {
    const p = policies[i]!;
    if (p.operations.length === 0 || (operationId !== undefined && p.operations.includes(operationId))) out.push(p.templateId);
  }
  return out;
}

export function listOperations(
  definition: unknown,
  policies: PolicyInstanceView[],
  scriptOperations: string[] | undefined,
  hasScript: boolean,
): OperationView[] {
  const out: OperationView[] = [];
  const paths = asObject(asObject(definition)?.paths);
  for (const path in paths) {
    if (path.startsWith('x-')) continue;
    // A path item may itself be a $ref: pointers then lead to where its operations are written.
    const node = asObject(paths[path]);
    const resolved = resolveIfRef(definition, node);
    const pathItem = resolved ? resolved.target : node;
    if (!pathItem) continue;
    const itemPointer = resolved?.resolvedPointer ?? `/paths/${escapeSegment(path)}`;
    const notification = pathItem['x-ms-notification-content'];
    // Indexes, not for-of: an iterator per path item is garbage the optimiser does not always remove.
    for (let m = 0; m < HTTP_METHODS.length; m++) {
      const method = HTTP_METHODS[m]!;
      const op = asObject(pathItem[method]);
      if (!op) continue;
      const view = operationView(definition, pathItem, itemPointer, path, method, op, notification, policies, scriptOperations, hasScript);
      out.push(view);
    }
  }
  return out;
}

// Apart from listOperations, so that a deoptimization here does not throw away (and compile again)
// the code of the whole walk over paths, nor the reverse.
function operationView(
  definition: unknown,
  pathItem: Record<string, unknown>,
  itemPointer: string,
  path: string,
  method: HttpMethod,
  op: Record<string, unknown>,
  notification: unknown,
  policies: PolicyInstanceView[],
  scriptOperations: string[] | undefined,
  hasScript: boolean,
): OperationView {
  const opPointer = `${itemPointer}/${method}`;
  const parameters = operationParameters(definition, pathItem, itemPointer, op, opPointer);
  // A pass over the keys, not lookups by name: see parameterView (parameters.ts).
  let triggerRaw: unknown;
  let operationIdRaw: unknown;
  let summary: unknown;
  let description: unknown;
  let visibilityRaw: unknown;
  let deprecatedRaw: unknown;
  let tagsRaw: unknown;
  for (const key in op) {
    // One load for every key: a load per case would lack feedback until its case comes.
    const value = op[key];
    switch (key) {
      case 'x-ms-trigger':
        triggerRaw = value;
        break;
      case 'operationId':
        operationIdRaw = value;
        break;
      case 'summary':
        summary = value;
        break;
      case 'description':
        description = value;
        break;
      case 'x-ms-visibility':
        visibilityRaw = value;
        break;
      case 'deprecated':
        deprecatedRaw = value;
        break;
      case 'tags':
        tagsRaw = value;
        break;
    }
  }
  const trigger = asString(triggerRaw);
  const isWebhook = trigger !== undefined && (notification !== undefined || hasNotificationUrl(definition, parameters));
  const operationId = asString(operationIdRaw);
  const notificationSchema = asObject(notification)?.schema;
  const visibility = visibilityOf(visibilityRaw);
  const deprecated = deprecatedRaw === true;
  const tags = asStringArray(tagsRaw);
  const opResponses = responses(definition, op, opPointer);
  const opPolicies = policiesOf(policies, operationId);
  // No list, or an empty one, means the script runs for every operation.
  const usesScript = hasScript && (!scriptOperations?.length || (operationId !== undefined && scriptOperations.includes(operationId)));
  return {
    pointer: opPointer,
    path,
    method,
    operationId,
    summary: typeof summary === 'string' ? summary : undefined,
    description: typeof description === 'string' ? description : undefined,
    visibility,
    kind: trigger === undefined ? 'action' : isWebhook ? 'webhook-trigger' : 'polling-trigger',
    trigger,
    deprecated,
    tags,
    parameters,
    responses: opResponses,
    notificationContent:
      isWebhook && notificationSchema !== undefined
        ? schemaView(definition, notificationSchema, appendPointer(itemPointer, 'x-ms-notification-content', 'schema'))
        : undefined,
    policies: opPolicies,
    usesScript,
  };
}
