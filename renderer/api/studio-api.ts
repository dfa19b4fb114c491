// The renderer's one way to reach the main-side services. Each host hands over envelopes: in Electron
// the preload exposes them as `window.studio`; under the browser host they come over HTTP from this
// page's origin. Both go through `fromEnvelopes`, so a failure always arrives as a StudioError with
// the host's code and sentence, whichever host serves the page.
import type { StudioApi, StudioEnvelopeApi } from '../../shared/contracts/ipc';
import { createHttpEnvelopeApi, fromEnvelopes } from './envelope-api';

declare global {
  interface Window {
    /** Set by the Electron preload (contextBridge); absent in a plain browser. */
    studio?: StudioEnvelopeApi;
  }
}

let cached: StudioApi | undefined;

export function getStudioApi(): StudioApi {
  return (cached ??= fromEnvelopes(window.studio ?? createHttpEnvelopeApi(window.location.origin, fetch.bind(window))));
}
