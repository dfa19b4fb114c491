// Turns a table of service handlers into one function that validates a raw request against the
// contract, runs the handler and wraps the outcome in an envelope. The Electron shell and the
// browser host both serve through this, so validation cannot differ between them.
import type { z } from 'zod';
import { contract, type Channel, type Contract, type Envelope, type ResponseOf } from './contract';
import { StudioError } from './studio-error';
import { errorMessage } from '../../core/error-message';

/** Handlers receive requests as parsed by their schema (defaults applied). */
export type Handlers = { [C in Channel]: (request: z.output<Contract[C]['request']>) => Promise<ResponseOf<C>> };
/** The handlers of one channel group (a service's share of the contract). Requests arrive parsed. */
export type GroupHandlers<G extends Record<string, { request: z.ZodType; response: z.ZodType }>> = {
  [C in keyof G]: (request: z.output<G[C]['request']>) => Promise<z.output<G[C]['response']>>;
};

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

export function createDispatcher(handlers: Handlers) {
  return async function dispatch(channel: unknown, payload: unknown): Promise<Envelope<unknown>> {
    if (!isChannel(channel)) {
      return { ok: false, error: { code: 'unknown-channel', message: `There is no operation named "${String(channel)}".` } };
    }
    const parsed = contract[channel].request.safeParse(payload ?? {});
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const where = first?.path.length ? ` (at ${first.path.join('.')})` : '';
      return {
        ok: false,
        error: { code: 'invalid-request', message: `The request to ${channel} was refused: ${first?.message ?? 'invalid'}${where}.` },
      };
    }
    try {
      const handler = handlers[channel] as (r: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data) };
    } catch (err) {
      if (err instanceof StudioError) return { ok: false, error: { code: err.code, message: err.message } };
      // Unexpected failures keep their message but never a stack (it may hold paths or data).
      const message = errorMessage(err);
      return { ok: false, error: { code: 'internal', message: `${channel} failed: ${message}` } };
    }
  };
}

/** The renderer side: unwraps an envelope, throwing the user-facing sentence on failure. */
export function unwrap<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.value;
  throw new StudioError(envelope.error.code, envelope.error.message);
}
