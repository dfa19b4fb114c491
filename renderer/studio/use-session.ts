// Subscribes a view to a ConnectorSession's snapshot.
import { useSyncExternalStore } from 'react';
import type { ConnectorSession } from './connector-session';
import type { SessionSnapshot } from '../session/session-snapshot';

export function useSessionSnapshot(session: ConnectorSession): SessionSnapshot {
  return useSyncExternalStore(session.subscribe, session.getSnapshot);
}
