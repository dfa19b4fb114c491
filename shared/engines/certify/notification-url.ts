// Where an operation's body takes the webhook callback URL: the schema property marked
// x-ms-notification-url, possibly nested (callbackParameters.callbackUrl), through `$ref`s.
import { asObject, isTrue, type JsonObject } from '../../core/model';
import { escapeSegment } from '../../core/text';
import type { OperationNode, RuleContext } from './types';

export interface NotificationUrlProperty {
  /** Pointer of the property schema as written (the `$ref` target when it is a reference). */
  pointer: string;
  name: string;
  value: JsonObject;
  /** Whether each enclosing object lists the next property as required, down to this one. */
  requiredChain: boolean;
  /** Pointer of the first object that does not list the next property as required. */
  notRequiredAt?: string;
}

export function findNotificationUrl(ctx: RuleContext, op: OperationNode): NotificationUrlProperty | undefined {
  const body = op.parameters.find((p) => p.view.in === 'body');
  if (!body?.value || body.value.schema === undefined) return undefined;
  const seen = new Set<string>();
  const search = (
    raw: unknown,
    pointer: string,
    chain: boolean,
    notRequiredAt: string | undefined,
    depth: number,
  ): NotificationUrlProperty | undefined => {
    const r = ctx.resolve(raw);
    const schema = r.value;
    const at = r.pointer ?? pointer;
    if (!schema || depth > 8 || seen.has(at)) return undefined;
    seen.add(at);
    const props = asObject(schema.properties);
    if (!props) return undefined;
    const required = Array.isArray(schema.required) ? schema.required : [];
    for (const [name, propRaw] of Object.entries(props)) {
      const pr = ctx.resolve(propRaw);
      const propPointer = pr.pointer ?? `${at}/properties/${escapeSegment(name)}`;
      const isReq = required.includes(name);
      const nextChain = chain && isReq;
      const nextAt = notRequiredAt ?? (isReq ? undefined : propPointer);
      if (pr.value && isTrue(pr.value['x-ms-notification-url'])) {
        return { pointer: propPointer, name, value: pr.value, requiredChain: nextChain, ...(nextAt ? { notRequiredAt: nextAt } : {}) };
      }
    }
    for (const [name, propRaw] of Object.entries(props)) {
      const isReq = required.includes(name);
      const found = search(
        propRaw,
        `${at}/properties/${escapeSegment(name)}`,
        chain && isReq,
        notRequiredAt ?? (isReq ? undefined : `${at}/properties/${escapeSegment(name)}`),
        depth + 1,
      );
      if (found) return found;
    }
    return undefined;
  };
  return search(body.value.schema, `${body.target}/schema`, true, undefined, 0);
}

/** A webhook trigger: x-ms-trigger on an operation whose path item has x-ms-notification-content. */
export function isWebhookTrigger(op: OperationNode): boolean {
  return op.value['x-ms-trigger'] !== undefined && op.pathItem['x-ms-notification-content'] !== undefined;
}
