// One poll of a polling trigger, and whether the platform would fire on it:
// - 202 Accepted (or 204): no new items, nothing fires; a Location header is the next address to
//   poll and Retry-After the wait.
// - 200 with items: fires. The items are the collection the pollingtrigger policy's triggerDataPath
//   names (e.g. @triggerBody().value); without the policy, an array body, a batch trigger's `value`
//   array, or else the body itself as one item.
// - With a pollingtrigger policy, the next poll's query values come from its triggerConfig
//   expressions over the last items (e.g. "$filter": "Id gt @{triggerBody().value[0].Id}").
// The state between polls is this module's own small JSON text; it comes back from the renderer,
// so it is checked like any other input.
import { StudioError } from '../../shared/contracts/ipc';
import { asObject, asString } from '../../shared/core/model';
import type { OperationView, PolicyInstanceView } from '../../shared/core/model';
import { policyAppliesTo, operationName } from '../../shared/engines/operation-runs';
import { locationTarget, operationAt, withQueryParameters } from './location-match';
import type { OperationTestResult } from './operation-run';
import type { ServiceContext } from './service-context';
import { evaluateBodyExpression, evaluateTemplateText, hasExpression } from './trigger-body-expression';
import { createTriggerRunner, type TriggerRunRequest } from './trigger-run';

export interface PollRequest extends TriggerRunRequest {
  state?: string;
}

export interface PollOutcome {
  result: OperationTestResult;
  wouldFire: boolean;
  itemCount: number;
  nextState?: string;
  retryAfterSeconds?: number;
  notes: string[];
}

type PollState = { query: Record<string, string> } | { location: string };

const NEXT_LINK_KEY = 'x-ms-triggerConfig-nextLink';
const MAX_RETRY_AFTER = 7 * 24 * 3600;

function parseState(state: string | undefined): PollState | undefined {
  if (state === undefined || state === '') return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(state);
  } catch {
    raw = undefined;
  }
  const o = asObject(raw);
  const location = asString(o?.location);
  if (o && location !== undefined && Object.keys(o).length === 1) return { location };
  const query = asObject(o?.query);
  if (o && query && Object.keys(o).length === 1 && Object.values(query).every((v) => typeof v === 'string')) {
    return { query: Object.fromEntries(Object.entries(query)) as Record<string, string> };
  }
  throw new StudioError('invalid-trigger-state', 'The trigger state is not one this studio gave; start polling again without it.');
}

/** Seconds from a Retry-After header: a number of seconds or an HTTP date. */
export function retryAfterSeconds(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Math.min(Number(v), MAX_RETRY_AFTER);
  const at = Date.parse(v);
  if (Number.isNaN(at)) return undefined;
  return Math.min(Math.max(0, Math.ceil((at - now) / 1000)), MAX_RETRY_AFTER);
}

function pollingPolicy(policies: PolicyInstanceView[], op: OperationView): PolicyInstanceView | undefined {
  return policies.find((p) => p.templateId.toLowerCase() === 'pollingtrigger' && policyAppliesTo(p, op));
}

function parseBody(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

export async function pollTrigger(ctx: ServiceContext, request: PollRequest): Promise<PollOutcome> {
  const state = parseState(request.state);
  const { state: _state, ...runRequest } = request;
  const runner = await createTriggerRunner(ctx, runRequest);
  const trigger = runner.operation;
  const name = operationName(trigger);
  if (trigger.kind === 'action') throw new StudioError('not-a-trigger', `${name} is an action, not a polling trigger.`);
  if (trigger.kind === 'webhook-trigger')
    throw new StudioError('not-a-trigger', `${name} is a webhook trigger; test it with a webhook receiver instead of polling.`);

  const notes: string[] = [];
  const policy = pollingPolicy(runner.connector.model.policies, trigger);
  const config = asObject(policy?.parameters['x-ms-apimTemplateParameter.triggerConfig']) ?? {};
  const dataPath = asString(policy?.parameters['x-ms-apimTemplateParameter.triggerDataPath']);

  // What to call: the trigger with the user's inputs, changed by the state of the previous poll.
  let operation = trigger;
  let inputs: Record<string, string> = { ...request.inputs };
  if (state && 'location' in state) {
    const base = runner.urlOf(trigger, inputs);
    const target = base
      ? locationTarget(state.location, base, runner.connector.model.basePath)
      : { error: `The request of ${name} cannot be built, so the Location cannot be checked.` };
    if ('error' in target) throw new StudioError('invalid-trigger-state', target.error);
    const at = operationAt(trigger, target);
    operation = at.operation;
    inputs = {
      ...Object.fromEntries(
        Object.entries(request.inputs).filter(([k]) => operation.parameters.some((p) => p.name === k && p.in !== 'query')),
      ),
      ...at.inputs,
    };
    notes.push(`Polled the address of the previous response's Location header.`);
  } else {
    const query: Record<string, string> = {};
    for (const [key, raw] of Object.entries(config)) {
      if (key === NEXT_LINK_KEY) continue;
      if (typeof raw !== 'string' && typeof raw !== 'number' && typeof raw !== 'boolean') continue;
      const text = String(raw);
      if (state && 'query' in state && key in state.query) query[key] = state.query[key]!;
      else if (!hasExpression(text)) query[key] = text.replace(/@@/g, '@');
      else
        notes.push(
          `The query parameter ${key} is computed from the items of a previous poll; this poll sends the value given for it, if any.`,
        );
    }
    if (Object.keys(query).length) {
      operation = withQueryParameters(trigger, Object.keys(query));
      inputs = { ...inputs, ...query };
    }
  }

  const result = await runner.run(operation, inputs);
  const response = result.response;
  const outcome: PollOutcome = { result, wouldFire: false, itemCount: 0, notes };
  if (state) outcome.nextState = request.state!;
  if (!response) {
    notes.push('No response came back, so nothing would fire.');
    return outcome;
  }
  const retry = retryAfterSeconds(response.headers['retry-after']);
  if (retry !== undefined) outcome.retryAfterSeconds = retry;

  const status = response.status;
  if (status === 202 || status === 204) {
    notes.push(`${status} ${status === 202 ? 'Accepted' : 'No Content'}: no new items, so the trigger would not fire.`);
  } else if (status >= 200 && status < 300) {
    const body = response.body.trim() === '' ? { ok: true as const, value: undefined } : parseBody(response.body);
    let items: unknown;
    if (!body.ok) {
      notes.push('The response is not JSON; its body would be the one item.');
      outcome.itemCount = response.body.length ? 1 : 0;
    } else if (dataPath !== undefined) {
      const found = evaluateBodyExpression(dataPath, body.value);
      if (!found.ok) notes.push(found.error);
      else if (!Array.isArray(found.value))
        notes.push(`The policy's triggerDataPath ${dataPath} is not an array in the response, so no item would fire.`);
      else items = found.value;
    } else if (Array.isArray(body.value)) items = body.value;
    else if (trigger.trigger === 'batch' && Array.isArray(asObject(body.value)?.value)) items = asObject(body.value)!.value;
    else if (body.value !== undefined && body.value !== null) outcome.itemCount = 1;
    if (Array.isArray(items)) outcome.itemCount = items.length;
    outcome.wouldFire = outcome.itemCount > 0;
    notes.push(
      outcome.wouldFire
        ? `The trigger would fire${trigger.trigger === 'batch' || outcome.itemCount === 1 ? ' once' : ` ${outcome.itemCount} times (once per item)`}, with ${outcome.itemCount} item${outcome.itemCount === 1 ? '' : 's'}.`
        : 'No items came back, so the trigger would not fire.',
    );

    // The next poll's query values, from the triggerConfig expressions over this response.
    if (policy && outcome.wouldFire && body.ok) {
      const query: Record<string, string> = {};
      for (const [key, raw] of Object.entries(config)) {
        if (key === NEXT_LINK_KEY || typeof raw !== 'string' || !hasExpression(raw)) continue;
        const evaluated = evaluateTemplateText(raw, body.value);
        if (evaluated.ok) query[key] = evaluated.text;
        else notes.push(`The next value of ${key} cannot be computed: ${evaluated.error}`);
      }
      if (Object.keys(query).length)
        outcome.nextState = JSON.stringify({ query: { ...(state && 'query' in state ? state.query : {}), ...query } });
    }
  } else {
    notes.push(`The API answered ${status}; the trigger would not fire (the platform polls again later).`);
  }

  // Without the policy, a Location header is the next address to poll.
  const location = response.headers.location;
  if (!policy && location !== undefined && status < 300) {
    const base = result.request?.url;
    const target = base ? locationTarget(location, base, runner.connector.model.basePath) : { error: 'The request is unknown.' };
    if ('error' in target) notes.push(`The next poll cannot follow the Location header: ${target.error}`);
    else {
      outcome.nextState = JSON.stringify({ location: target.href });
      notes.push('The next poll goes to the address in the Location header.');
    }
  }
  return outcome;
}
