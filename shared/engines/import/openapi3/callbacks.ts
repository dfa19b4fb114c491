// Callbacks and webhooks, which Swagger 2.0 lacks. A callback whose URL comes from a field of the
// request body is a webhook subscription, which Power Platform models as a webhook trigger: the
// operation gets `x-ms-trigger: single`, the body field `x-ms-notification-url: true` (internal:
// the platform fills in the flow's URL), and the path item `x-ms-notification-content` with the
// callback's payload. Other callbacks, links and 3.1 webhooks are reported.
import { asObject, type JsonObject } from '../../../core/model';
import { appendPointer, parsePointer } from '../../../core/text';
import { type ConvertContext, resolveSource } from './convert-context';
import { preferredMedia } from './media-types';
import { convertSchema } from './schema-convert';

const HTTP = ['post', 'put', 'get', 'patch', 'delete'];

export function convertCallbacks(
  op: JsonObject,
  opPointer: string,
  outOp: JsonObject,
  outItem: JsonObject,
  bodyParameter: JsonObject | undefined,
  ctx: ConvertContext,
): void {
  const callbacks = asObject(op.callbacks);
  if (!callbacks) return;
  const operation = typeof op.operationId === 'string' ? `"${op.operationId}"` : 'This operation';
  for (const [name, raw] of Object.entries(callbacks)) {
    const pointer = appendPointer(opPointer, 'callbacks', name);
    const located = resolveSource(ctx, raw, pointer);
    for (const [expression, rawItem] of Object.entries(asObject(located?.value) ?? {})) {
      const at = appendPointer(located?.pointer ?? pointer, expression);
      const field = expression.match(/\{\$request\.body#(\/[^}]*)\}/)?.[1];
      const why = !field
        ? `its URL (${expression}) does not come from a field of the request body, so it cannot be a webhook trigger`
        : outOp['x-ms-trigger'] !== undefined
          ? 'the operation is already a webhook trigger for another callback'
          : outItem['x-ms-notification-content'] !== undefined
            ? 'another operation on the same path is already a webhook trigger'
            : !bodyParameter
              ? 'the operation has no JSON body to carry the callback URL'
              : undefined;
      if (why) {
        ctx.notes.add('loss', 'CallbackDropped', `Callback "${name}" of ${operation} was left out: ${why}.`, at);
        continue;
      }
      const marked = markNotificationUrl(bodyParameter!, parsePointer(field!), ctx);
      if (!marked) {
        ctx.notes.add(
          'loss',
          'CallbackDropped',
          `Callback "${name}" of ${operation} was left out: the body field ${field} it takes its URL from is not described.`,
          at,
        );
        continue;
      }
      outOp['x-ms-trigger'] = 'single';
      outItem['x-ms-notification-content'] = notificationContent(rawItem, at, ctx);
      ctx.notes.add(
        'decision',
        'CallbackAsWebhookTrigger',
        `${operation} subscribes to the callback "${name}", so it is offered as a webhook trigger: the body field "${marked}" receives the flow's URL (hidden from users), and the callback's payload is what the trigger outputs. Power Automate unsubscribes by calling the URL in the Location header of the subscription's response; check that the API returns one.`,
        at,
      );
    }
  }
}

/**
 * Marks the body property at `path` as the notification URL. References along the way are
 * inlined, so the mark stays on this operation and does not change a shared definition.
 */
function markNotificationUrl(body: JsonObject, path: string[], ctx: ConvertContext): string | undefined {
  if (path.length === 0) return undefined;
  let node = inline(asObject(body.schema) ?? {}, ctx);
  body.schema = node;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const props = asObject(node.properties);
    if (!props || props[key] === undefined) return undefined;
    const required = Array.isArray(node.required) ? (node.required as string[]) : [];
    if (!required.includes(key)) node.required = [...required, key];
    const child = inline(asObject(props[key]) ?? {}, ctx);
    node.properties = { ...props, [key]: child };
    if (i === path.length - 1) {
      child.type = 'string';
      child['x-ms-notification-url'] = true;
      child['x-ms-visibility'] = 'internal';
      return path.join('/');
    }
    node = child;
  }
  return undefined;
}

/** A converted schema with its top-level reference replaced by a fresh copy of the definition. */
function inline(schema: JsonObject, ctx: ConvertContext): JsonObject {
  if (typeof schema.$ref !== 'string') return { ...schema };
  const source = ctx.names.sourceOf(schema.$ref);
  const located = source === undefined ? undefined : resolveSource(ctx, { $ref: `#${source}` }, source);
  return located ? convertSchema(located.value, located.pointer, ctx) : { ...schema };
}

function notificationContent(rawItem: unknown, pointer: string, ctx: ConvertContext): JsonObject {
  const item = asObject(resolveSource(ctx, rawItem, pointer)?.value) ?? {};
  const method = HTTP.find((m) => asObject(item[m]));
  const methodPointer = appendPointer(pointer, method ?? 'post');
  const rbLocated = resolveSource(ctx, asObject(item[method ?? ''])?.requestBody, appendPointer(methodPointer, 'requestBody'));
  const rb = asObject(rbLocated?.value) ?? {};
  const choice = preferredMedia(asObject(rb.content) ?? {});
  const schema =
    choice?.media.schema !== undefined
      ? convertSchema(choice.media.schema, appendPointer(rbLocated?.pointer ?? '', 'content', choice.mediaType, 'schema'), ctx)
      : { type: 'object' };
  return { description: typeof rb.description === 'string' ? rb.description : 'The notification the API sends', schema };
}

/** 3.1 top-level webhooks: events without a subscription operation, so nothing a connector can call. */
export function reportWebhooks(root: JsonObject, ctx: ConvertContext): void {
  for (const name of Object.keys(asObject(root.webhooks) ?? {})) {
    ctx.notes.add(
      'loss',
      'WebhookNotImported',
      `Webhook "${name}" (an event the API sends) was not imported: a Power Platform webhook trigger needs an operation that subscribes to it. Add one, mark it as a trigger and use this event's payload as its notification content.`,
      appendPointer('/webhooks', name),
    );
  }
}
