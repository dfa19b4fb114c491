// A webhook trigger tested for real: a receiver on 127.0.0.1, its address put into the body property
// the definition marks x-ms-notification-url, the trigger operation called to register it, and the
// subscription's Location header kept. Stopping closes the receiver and, as the platform does when
// a flow is deleted, calls DELETE on that Location through the definition's matching operation.
import { StudioError } from '../../shared/contracts/ipc';
import { errorMessage } from '../../shared/core/error-message';
import { asObject, resolveRef } from '../../shared/core/model';
import type { OperationView } from '../../shared/core/model';
import { operationName, secretMasker } from '../../shared/engines/operation-runs';
import { valueAt } from '../../shared/core/text';
import { locationTarget, matchOperation } from './location-match';
import type { OperationTestResult } from './operation-run';
import type { ServiceContext } from './service-context';
import { createTriggerRunner, type TriggerRunRequest } from './trigger-run';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver';

export interface StartedWebhook {
  receiver: WebhookReceiver;
  registration: OperationTestResult;
  /** What stopping needs to delete the subscription (no secret: the connection is resolved again). */
  subscription: { request: TriggerRunRequest; location?: string; requestUrl?: string };
}

/** The path of property names to the body property marked x-ms-notification-url, looked for a few levels deep. */
export function callbackPropertyPath(definition: unknown, operation: OperationView): { parameter: string; path: string[] } | undefined {
  const body = operation.parameters.find((p) => p.in === 'body');
  if (!body?.schema) return undefined;
  const search = (schema: unknown, depth: number, seen: Set<unknown>): string[] | undefined => {
    const target = resolveRef(definition, schema).target;
    if (!target || depth > 4 || seen.has(target)) return undefined;
    seen.add(target);
    const props = asObject(target.properties) ?? {};
    for (const [name, raw] of Object.entries(props)) {
      const t = resolveRef(definition, raw).target;
      if (t?.['x-ms-notification-url'] === true || t?.['x-ms-notification-url'] === 'true') return [name];
    }
    for (const [name, raw] of Object.entries(props)) {
      const deeper = search(raw, depth + 1, seen);
      if (deeper) return [name, ...deeper];
    }
    return undefined;
  };
  const schema = asObject(valueAt(definition, body.resolvedPointer ?? body.pointer))?.schema;
  const path = search(schema, 0, new Set());
  return path ? { parameter: body.name, path } : undefined;
}

/** The body input with the callback address set at `path` (the user's other values kept). */
function bodyWithCallback(given: string | undefined, path: string[], callbackUrl: string, name: string): string {
  let body: unknown = {};
  if (given !== undefined && given.trim() !== '') {
    try {
      body = JSON.parse(given);
    } catch (err) {
      throw new StudioError('invalid-input', `The body of ${name} is not valid JSON (${(err as Error).message}).`);
    }
  }
  const root = asObject(body);
  if (!root)
    throw new StudioError('invalid-input', `The body of ${name} must be a JSON object, so the callback address can be put into it.`);
  let at = root;
  for (const key of path.slice(0, -1)) {
    const next = asObject(at[key]);
    at = next ?? (at[key] = {});
  }
  at[path[path.length - 1]!] = callbackUrl;
  return JSON.stringify(root);
}

export async function startWebhook(ctx: ServiceContext, request: TriggerRunRequest): Promise<StartedWebhook> {
  const runner = await createTriggerRunner(ctx, request);
  const definition = runner.connector.files.definition?.doc?.value;
  const operation = runner.operation;
  const name = operationName(operation);
  if (operation.kind !== 'webhook-trigger') {
    throw new StudioError(
      'not-a-trigger',
      `${name} is ${operation.kind === 'action' ? 'an action' : 'a polling trigger'}, not a webhook trigger.`,
    );
  }
  const callback = callbackPropertyPath(definition, operation);
  if (!callback) {
    throw new StudioError(
      'no-callback-property',
      `${name} has no body property marked "x-ms-notification-url": true, so there is nowhere to send the callback address.`,
    );
  }

  const receiver = await startWebhookReceiver({ mask: (text) => secretMasker([...runner.secrets])(text) });
  try {
    const inputs: Record<string, string> = { ...request.inputs };
    const given = inputs[callback.parameter] ?? inputs.body;
    delete inputs.body;
    inputs[callback.parameter] = bodyWithCallback(given, callback.path, receiver.callbackUrl, name);
    const registration = await runner.run(operation, inputs);
    const status = registration.response?.status;
    if (status === undefined || status >= 300) {
      await receiver.close();
      registration.notes.push('The subscription was not made, so the receiver was stopped.');
    }
    const location = registration.response?.headers.location;
    return {
      receiver,
      registration,
      subscription: {
        request: { ...request, inputs: {} },
        ...(location !== undefined ? { location } : {}),
        ...(registration.request ? { requestUrl: registration.request.url } : {}),
      },
    };
  } catch (err) {
    await receiver.close();
    throw err;
  }
}

/** Deletes the subscription through the definition's DELETE operation matching its Location; answers what happened. */
export async function deleteSubscription(ctx: ServiceContext, started: StartedWebhook): Promise<string[]> {
  const { location, requestUrl, request } = started.subscription;
  const status = started.registration.response?.status;
  if (status === undefined || status >= 300) return ['No subscription was made, so there is nothing to delete.'];
  if (location === undefined) {
    return [
      'The registration answered no Location header, so the subscription cannot be deleted from here; remove it on the API side if it stays.',
    ];
  }
  const runner = await createTriggerRunner(ctx, request).catch((err: unknown) => errorMessage(err));
  if (typeof runner === 'string') return [`The subscription at the Location was not deleted: ${runner}`];
  const target = requestUrl
    ? locationTarget(location, requestUrl, runner.connector.model.basePath)
    : { error: 'the registration request is unknown.' };
  if ('error' in target) return [`The subscription was not deleted: ${target.error}`];
  const match = matchOperation(runner.connector, 'delete', target);
  if (!match)
    return [`The definition has no DELETE operation whose path matches the Location ${target.path}, so the subscription was not deleted.`];
  const notes: string[] = [];
  for (const [name] of match.undeclared)
    notes.push(`The Location's query parameter ${name} is not declared by ${operationName(match.operation)}; it was not sent.`);
  const result = await runner.run(match.operation, match.inputs);
  const label = `${operationName(match.operation)} (DELETE ${result.request?.url ?? match.operation.path})`;
  if (result.response) {
    const { status: code, statusText } = result.response;
    const outcome =
      code < 300
        ? 'the subscription is deleted'
        : code === 404 || code === 410
          ? 'the subscription was already gone'
          : 'the subscription may still exist';
    notes.unshift(`Called ${label}: ${code}${statusText ? ` ${statusText}` : ''}; ${outcome}.`);
  } else {
    notes.unshift(`Called ${label}: ${result.problems.join(' ')}`);
  }
  return notes;
}
