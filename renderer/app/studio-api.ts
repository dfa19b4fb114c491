// The renderer's one way to reach the main-side services. In Electron the preload exposes the typed
// API as `window.studio`; under the browser host the same API is served over HTTP (POST /ipc/<channel>,
// authenticated by the host's HttpOnly cookie). Both answer with the contract's types and throw
// StudioError with the host's sentence on failure.
import { channelNames, unwrap, StudioError, type Channel, type Envelope, type RequestOf, type ResponseOf, type StudioApi } from '../../shared/ipc';

declare global {
  interface Window {
    /** Set by the Electron preload (contextBridge); absent in a plain browser. */
    studio?: StudioApi;
  }
}

let cached: StudioApi | undefined;

export function getStudioApi(): StudioApi {
  return (cached ??= window.studio ?? createHttpStudioApi());
}

/** A StudioApi that calls the browser host. `base` is the host's origin (default: this page's). */
export function createHttpStudioApi(base: string = window.location.origin, fetchImpl: typeof fetch = fetch.bind(window)): StudioApi {
  const call = async <C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> => {
    let response: Response;
    try {
      response = await fetchImpl(new URL(`/ipc/${encodeURIComponent(channel)}`, base), {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(request ?? {}),
      });
    } catch {
      throw new StudioError('host-unreachable', 'The studio host is not reachable; it may have been stopped. Start it again and reload this page.');
    }
    const envelope = await readEnvelope(response);
    if (envelope) return unwrap(envelope as Envelope<ResponseOf<C>>);
    if (response.status === 403) {
      throw new StudioError('forbidden', 'The studio host refused the request; open the address it printed (with its token) again.');
    }
    throw new StudioError('host-error', `The studio host answered ${channel} with HTTP ${response.status}.`);
  };
  return Object.fromEntries(channelNames.map((channel) => [channel, (request: never) => call(channel, request)])) as unknown as StudioApi;
}

async function readEnvelope(response: Response): Promise<Envelope<unknown> | undefined> {
  if (!(response.headers.get('Content-Type') ?? '').startsWith('application/json')) return undefined;
  try {
    const body: unknown = await response.json();
    if (body && typeof body === 'object' && typeof (body as { ok?: unknown }).ok === 'boolean') return body as Envelope<unknown>;
  } catch {
    // Fall through: not an envelope.
  }
  return undefined;
}
