// The typed API from a host's envelopes, and the browser host's envelopes over HTTP (POST
// /ipc/<channel>, authenticated by the host's HttpOnly cookie). `fromEnvelopes` is the one path
// from an envelope to a value or a StudioError, for both hosts. No DOM globals here (studio-api.ts
// supplies the page's origin and fetch), so the tests run this file in Node against the real hosts.
import {
  channelNames,
  readEnvelope,
  unwrap,
  type Channel,
  type Envelope,
  type RequestOf,
  type ResponseOf,
  type StudioApi,
  type StudioEnvelopeApi,
} from '../../shared/contracts/ipc';

/** The typed API over an envelope API: a value, or a StudioError carrying the envelope's code and sentence. */
export function fromEnvelopes(envelopes: StudioEnvelopeApi): StudioApi {
  const call = async <C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> => {
    const method = envelopes[channel] as (request: RequestOf<C>) => Promise<Envelope<ResponseOf<C>>>;
    return unwrap(await method(request));
  };
  return Object.fromEntries(channelNames.map((channel) => [channel, (request: never) => call(channel, request)])) as unknown as StudioApi;
}

/** A StudioApi that calls the browser host at `base` (its origin). */
export function createHttpStudioApi(base: string, fetchImpl: typeof fetch): StudioApi {
  return fromEnvelopes(createHttpEnvelopeApi(base, fetchImpl));
}

function failed(code: string, message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

/** The browser host's envelopes; a failure of the transport itself becomes an envelope too. */
export function createHttpEnvelopeApi(base: string, fetchImpl: typeof fetch): StudioEnvelopeApi {
  const call = async (channel: Channel, request: unknown): Promise<Envelope<unknown>> => {
    let response: Response;
    try {
      response = await fetchImpl(new URL(`/ipc/${encodeURIComponent(channel)}`, base), {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(request ?? {}),
      });
    } catch {
      return failed('host-unreachable', 'The studio host is not reachable; it may have been stopped. Start it again and reload this page.');
    }
    const envelope = await envelopeIn(response);
    if (envelope) return envelope;
    if (response.status === 403) {
      return failed('forbidden', 'The studio host refused the request; open the address it printed (with its token) again.');
    }
    return failed('host-error', `The studio host answered ${channel} with HTTP ${response.status}.`);
  };
  return Object.fromEntries(
    channelNames.map((channel) => [channel, (request: unknown) => call(channel, request)]),
  ) as unknown as StudioEnvelopeApi;
}

async function envelopeIn(response: Response): Promise<Envelope<unknown> | undefined> {
  if (!(response.headers.get('Content-Type') ?? '').startsWith('application/json')) return undefined;
  try {
    return readEnvelope(await response.json());
  } catch {
    return undefined; // not JSON: not an envelope
  }
}
