// What the window asks the main side for as it starts, sent as this module is evaluated (the entry
// imports it first, before React and the app's modules have run): the app's facts and, when the app
// was started on a folder, that connector and the studio's code. Those round trips (reading and
// sending a 1 MB definition, evaluating Monaco) then overlap the page's own start instead of
// following its first render.
import type { OpenedConnector, ResponseOf } from '../../shared/contracts/ipc';
import { getStudioApi } from '../api/studio-api';
import { loadStudioCode } from './studio-code';

export interface StartRequests {
  info: Promise<ResponseOf<'appInfo'>>;
  /** The connector in the folder the app was started on; undefined when it was started on none. */
  initialConnector: Promise<OpenedConnector | undefined>;
}

let sent: StartRequests | undefined;

/** The requests sent at start (sent now if not yet); every caller gets the same answers. */
export function startRequests(): StartRequests {
  if (sent) return sent;
  const api = getStudioApi();
  const info = api.appInfo({});
  const initialConnector = info.then((appInfo) => {
    if (!appInfo.initialDir) return undefined;
    loadStudioCode();
    return api.openConnector({ dir: appInfo.initialDir });
  });
  // The app reports failures where it uses the answers; these only keep them from being unhandled
  // while nobody has asked yet.
  info.catch(() => undefined);
  initialConnector.catch(() => undefined);
  sent = { info, initialConnector };
  return sent;
}

startRequests();
