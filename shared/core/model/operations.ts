// Operation views over `paths`: actions, webhook triggers (a notification URL or notification
// content) and polling triggers (any other `x-ms-trigger`, usually paired with a pollingtrigger
// policy or `x-ms-trigger-metadata`).
//
// Views are object literals with the keys in the interface's order, absent ones left out. The
// common shapes are written out whole: V8 builds such a literal from a template, where conditional
// spreads (or keys added one by one) cost several times more, and a definition holds thousands.
// (Keys added one by one also cost more than spreads on a freshly parsed definition: measured.)
import { appendPointer, escapeSegment } from '../text';
import { asObject, asString, asStringArray } from './json-access';
import { hasNotificationUrl, operationParameters, visibilityOf } from './parameters';
import { resolveIfRef } from './resolve-ref';
import { schemaView } from './schemas';
import { HTTP_METHODS, type OperationView, type PolicyInstanceView, type ResponseView } from './types';

function responses(root: unknown, op: Record<string, unknown>, opPointer: string): ResponseView[] {
  const out: ResponseView[] = [];
  const all = asObject(op.responses);
  for (const status in all) {
    if (status.startsWith('x-')) continue;
    const pointer = `${opPointer}/responses/${escapeSegment(status)}`;
    const node = asObject(all[status]);
    const resolved = resolveIfRef(root, node);
    const target = resolved ? resolved.target : node;
    const ref = resolved?.ref;
    const resolvedPointer = resolved?.resolvedPointer;
    const description = target?.description;
    const schema = target?.schema;
    if (typeof description === 'string' && ref === undefined) {
      out.push(
        schema === undefined
          ? { pointer, status, description }
          : { pointer, status, description, schema: schemaView(root, schema, `${pointer}/schema`) },
      );
      continue;
    }
    out.push({
      pointer,
      status,
      ...(typeof description === 'string' ? { description } : undefined),
      ...(ref !== undefined ? { ref } : undefined),
      ...(resolvedPointer !== undefined ? { resolvedPointer } : undefined),
      ...(schema !== undefined ? { schema: schemaView(root, schema, `${resolvedPointer ?? pointer}/schema`) } : undefined),
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
      const opPolicies = policies.length
        ? policies
            .filter((p) => p.operations.length === 0 || (operationId !== undefined && p.operations.includes(operationId)))
            .map((p) => p.templateId)
        : [];
      // No list, or an empty one, means the script runs for every operation.
      const usesScript = hasScript && (!scriptOperations?.length || (operationId !== undefined && scriptOperations.includes(operationId)));
      if (operationId !== undefined && typeof summary === 'string' && typeof description === 'string' && trigger === undefined) {
        out.push({
          pointer: opPointer,
          path,
          method,
          operationId,
          summary,
          description,
          visibility,
          kind: 'action',
          deprecated,
          tags,
          parameters,
          responses: opResponses,
          policies: opPolicies,
          usesScript,
        });
        continue;
      }
      out.push({
        pointer: opPointer,
        path,
        method,
        ...(operationId !== undefined ? { operationId } : undefined),
        ...(typeof summary === 'string' ? { summary } : undefined),
        ...(typeof description === 'string' ? { description } : undefined),
        visibility,
        kind: trigger === undefined ? 'action' : isWebhook ? 'webhook-trigger' : 'polling-trigger',
        ...(trigger !== undefined ? { trigger } : undefined),
        deprecated,
        tags,
        parameters,
        responses: opResponses,
        ...(isWebhook && notificationSchema !== undefined
          ? {
              notificationContent: schemaView(
                definition,
                notificationSchema,
                appendPointer(itemPointer, 'x-ms-notification-content', 'schema'),
              ),
            }
          : undefined),
        policies: opPolicies,
        usesScript,
      });
    }
  }
  return out;
}
