// Operation views over `paths`: actions, webhook triggers (a notification URL or notification
// content) and polling triggers (any other `x-ms-trigger`, usually paired with a pollingtrigger
// policy or `x-ms-trigger-metadata`).
import { appendPointer } from '../text/json-pointer';
import { asObject, asString, asStringArray, entries } from './json-access';
import { hasNotificationUrl, operationParameters, visibilityOf } from './parameters';
import { resolveRef } from './resolve-ref';
import { schemaView } from './schemas';
import { HTTP_METHODS, type HttpMethod, type OperationView, type PolicyInstanceView, type ResponseView } from './types';

function responses(root: unknown, op: Record<string, unknown>, opPointer: string): ResponseView[] {
  return entries(op.responses)
    .filter(([status]) => !status.startsWith('x-'))
    .map(([status, raw]) => {
      const pointer = appendPointer(opPointer, 'responses', status);
      const { ref, resolvedPointer, target } = resolveRef(root, raw);
      const base = resolvedPointer ?? pointer;
      return {
        pointer,
        status,
        ...(asString(target?.description) !== undefined ? { description: asString(target?.description) } : {}),
        ...(ref !== undefined ? { ref } : {}),
        ...(resolvedPointer !== undefined ? { resolvedPointer } : {}),
        ...(target?.schema !== undefined ? { schema: schemaView(root, target.schema, appendPointer(base, 'schema')) } : {}),
      };
    });
}

export function listOperations(
  definition: unknown,
  policies: PolicyInstanceView[],
  scriptOperations: string[] | undefined,
  hasScript: boolean,
): OperationView[] {
  const out: OperationView[] = [];
  const pathsPointer = '/paths';
  for (const [path, rawItem] of entries(asObject(definition)?.paths)) {
    if (path.startsWith('x-')) continue;
    // A path item may itself be a $ref: pointers then lead to where its operations are written.
    const { resolvedPointer, target: pathItem } = resolveRef(definition, rawItem);
    if (!pathItem) continue;
    const itemPointer = resolvedPointer ?? appendPointer(pathsPointer, path);
    const notification = pathItem['x-ms-notification-content'];
    for (const method of HTTP_METHODS) {
      const op = asObject(pathItem[method]);
      if (!op) continue;
      const opPointer = appendPointer(itemPointer, method);
      const parameters = operationParameters(definition, pathItem, itemPointer, op, opPointer);
      const trigger = asString(op['x-ms-trigger']);
      const isWebhook = trigger !== undefined && (notification !== undefined || hasNotificationUrl(definition, parameters));
      const operationId = asString(op.operationId);
      const notificationSchema = asObject(notification)?.schema;
      out.push({
        pointer: opPointer,
        path,
        method: method as HttpMethod,
        ...(operationId !== undefined ? { operationId } : {}),
        ...(asString(op.summary) !== undefined ? { summary: asString(op.summary) } : {}),
        ...(asString(op.description) !== undefined ? { description: asString(op.description) } : {}),
        visibility: visibilityOf(op['x-ms-visibility']),
        kind: trigger === undefined ? 'action' : isWebhook ? 'webhook-trigger' : 'polling-trigger',
        ...(trigger !== undefined ? { trigger } : {}),
        deprecated: op.deprecated === true,
        tags: asStringArray(op.tags),
        parameters,
        responses: responses(definition, op, opPointer),
        ...(isWebhook && notificationSchema !== undefined
          ? { notificationContent: schemaView(definition, notificationSchema, appendPointer(itemPointer, 'x-ms-notification-content', 'schema')) }
          : {}),
        policies: policies
          .filter((p) => p.operations.length === 0 || (operationId !== undefined && p.operations.includes(operationId)))
          .map((p) => p.templateId),
        // No list, or an empty one, means the script runs for every operation.
        usesScript:
          hasScript &&
          (!scriptOperations?.length || (operationId !== undefined && scriptOperations.includes(operationId))),
      });
    }
  }
  return out;
}
