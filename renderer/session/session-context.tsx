// How the tree receives the open connector: the studio provides its session once, and every tab
// and field below reads it here, typed as the narrow interfaces of editing.ts.
import { createContext, useContext, type ReactNode } from 'react';
import type { TabSession } from './editing';
import type { SessionSnapshot } from './session-snapshot';
import { useStore } from './use-store';

const SessionContext = createContext<TabSession | undefined>(undefined);

export function SessionProvider({ session, children }: { session: TabSession; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/** The open connector: edit it, show it in the editor, read its form state and texts. */
export function useTabSession(): TabSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useTabSession is for the views inside a SessionProvider (the studio).');
  return session;
}

/** The open connector when there is one (fields that are also used outside the studio). */
export function useOptionalTabSession(): TabSession | undefined {
  return useContext(SessionContext);
}

/** The form state and the files' status; the component renders again when they change. */
export function useSessionSnapshot(): SessionSnapshot {
  return useStore(useTabSession());
}
