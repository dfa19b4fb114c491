// Operation views over `paths`: actions, webhook triggers (a notification URL or notification
// content) and polling triggers (any other `x-ms-trigger`, usually paired with a pollingtrigger
// policy or `x-ms-trigger-metadata`).
import { appendPointer, escapeSegment } from '../text';
import { asObject, asString, asStringArray } from './json-access';
import { hasNotificationUrl, operationParameters, visibilityOf } from './parameters';
import { resolveRef } from './resolve-ref';
import { schemaView } from './schemas';
import { HTTP_METHODS, type HttpMethod, type OperationView, type PolicyInstanceView, type ResponseView } from './types';

function responses(root: unknown, op: Record<string, unknown>, opPointer: string): ResponseView[] {
  const out: ResponseView[] = [];
  const all = asObject(op.responses);
  for (const status in all) {
    if (status.startsWith('x-')) continue;
    const pointer = `${opPointer}/responses/${escapeSegment(status)}`;
    const { ref, resolvedPointer, target } = resolveRef(root, all[status]);
    out.push({
      pointer,
      status,
      ...(typeof target?.description === 'string' ? { description: target.description } : {}),
      ...(ref !== undefined ? { ref } : {}),
      ...(resolvedPointer !== undefined ? { resolvedPointer } : {}),
      ...(target?.schema !== undefined ? { schema: schemaView(root, target.schema, `${resolvedPointer ?? pointer}/schema`) } : {}),
    });
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
    const { resolvedPointer, target: pathItem } = resolveRef(definition, paths[path]);
    if (!pathItem) continue;
    const itemPointer = resolvedPointer ?? `/paths/${escapeSegment(path)}`;
    const notification = pathItem['x-ms-notification-content'];
    for (const method of HTTP_METHODS) {
      const op = asObject(pathItem[method]);
      if (!op) continue;
      const opPointer = `${itemPointer}/${method}`;
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
          ? {
              notificationContent: schemaView(
                definition,
                notificationSchema,
                appendPointer(itemPointer, 'x-ms-notification-content', 'schema'),
              ),
            }
          : {}),
        policies: policies.length
          ? policies
              .filter((p) => p.operations.length === 0 || (operationId !== undefined && p.operations.includes(operationId)))
              .map((p) => p.templateId)
          : [],
        // No list, or an empty one, means the script runs for every operation.
        usesScript: hasScript && (!scriptOperations?.length || (operationId !== undefined && scriptOperations.includes(operationId))),
      });
    }
  }
  return out;
}
