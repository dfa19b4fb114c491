// The trigger store of a connector session: requests built by its test store, sent to the host,
// over the connector's texts as edited for as long as the session is open.
import { getStudioApi } from '../../app/studio-api';
import type { ConnectorSession } from '../../studio/connector-session';
import { currentTexts } from './run-model';
import { testStoreOf } from './run-store';
import { TriggerStore, type Texts } from './trigger-store';

/** The connector's texts as edited, or undefined once its session is closed (its models disposed). */
function liveTexts(session: ConnectorSession): Texts | undefined {
  const model = session.model('definition');
  return !model || model.isDisposed() ? undefined : currentTexts(session);
}

const stores = new WeakMap<ConnectorSession, TriggerStore>();

/** The trigger store of a session, made on first use. */
export function triggerStoreOf(session: ConnectorSession): TriggerStore {
  let store = stores.get(session);
  if (!store) {
    const created = new TriggerStore(testStoreOf(session), getStudioApi(), () => liveTexts(session));
    session.whenClosed(() => created.stopAll());
    stores.set(session, (store = created));
  }
  return store;
}
