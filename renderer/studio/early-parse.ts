// Starts the parse worker on a connector's texts as soon as they arrive, before Monaco (3.6 MB of
// code) has loaded: the form's first state is computed while the editor is still being set up. The
// session adopts the worker and the answers it already sent.
import type { OpenedConnector } from '../../shared/contracts/ipc';
import { FIRST_MODEL_VERSION, type EarlyParse, type FromWorker, type ToWorker } from '../workers/parse-protocol';
import ParseWorker from '../workers/parse-worker?worker';
import { EDITABLE_FILES, FILE_NAMES } from '../workers/editable-files';

export function startEarlyParse(opened: OpenedConnector): EarlyParse {
  const worker = new ParseWorker();
  const buffered: FromWorker[] = [];
  // A worker's messages are not queued for a handler set later: keep them until the session is ready.
  worker.onmessage = (e: MessageEvent<FromWorker>) => void buffered.push(e.data);
  const texts: EarlyParse['texts'] = {};
  const open: Extract<ToWorker, { type: 'open' }> = { type: 'open', files: {}, hasScript: opened.files['script.csx'] !== undefined };
  for (const key of EDITABLE_FILES) {
    const file = opened.files[FILE_NAMES[key]];
    if (!file) continue;
    texts[key] = file.text;
    open.files[key] = { text: file.text, version: FIRST_MODEL_VERSION };
  }
  worker.postMessage(open);
  return { worker, buffered, texts };
}
