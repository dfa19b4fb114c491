// The connector shown: its session, built when a connector opens and disposed once the studio showing
// it has gone; what is known of its folder on disk (our own saves update it, so a save is never
// reported as a change by another program); and the report of the import that made it, if any.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { OpenedConnector, StudioApi } from '../../shared/contracts/ipc';
import type { ConnectorSession } from '../studio/connector-session';
import { startEarlyParse } from '../studio/early-parse';
import type { ImportOutcome } from './import-report';
import type { DiskState } from './use-disk-watch';

/** The API the session saves through: our own saves update what is known of the disk. */
function trackingApi(api: StudioApi, disk: DiskState): StudioApi {
  return {
    ...api,
    saveConnector: async (request) => {
      disk.saving++;
      disk.generation++;
      try {
        const reply = await api.saveConnector(request);
        Object.assign(disk.known, reply.fingerprints ?? {});
        return reply;
      } finally {
        disk.saving--;
        disk.generation++;
      }
    },
  };
}

export type ConnectorShown = ReturnType<typeof useConnectorSession>;

export function useConnectorSession(api: StudioApi) {
  const [session, setSession] = useState<ConnectorSession>();
  const [disk, setDisk] = useState<DiskState>();
  const [importOutcome, setImportOutcome] = useState<ImportOutcome>();
  const sessionRef = useRef<ConnectorSession>(undefined);
  sessionRef.current = session;
  /** The connector as it was opened: its files' encodings, for export. */
  const openedRef = useRef<OpenedConnector>(undefined);

  /** True when nothing unsaved would be lost, or the person agrees to lose it. */
  const mayReplace = useCallback((action: string) => {
    const current = sessionRef.current?.getSnapshot();
    return !current?.dirty || window.confirm(`${current.title ?? 'This connector'} has unsaved changes. ${action} and lose them?`);
  }, []);

  /** Shows an opened connector in a new session, once the studio's code has loaded. */
  const show = useCallback(
    async (opened: OpenedConnector) => {
      // The parse worker starts on the texts now, while Monaco (in the session's chunk) still loads.
      const early = startEarlyParse(opened);
      const [{ ConnectorSession }] = await Promise.all([import('../studio/connector-session'), import('../studio/studio-view')]);
      const state: DiskState = { dir: opened.dir, known: { ...opened.fingerprints }, saving: 0, generation: 0 };
      openedRef.current = opened;
      setSession(new ConnectorSession(opened, trackingApi(api, state), early));
      setDisk(state);
    },
    [api],
  );

  // A replaced session is disposed once the studio showing it has gone.
  const previous = useRef<ConnectorSession>(undefined);
  useEffect(() => {
    const old = previous.current;
    previous.current = session;
    if (old && old !== session) old.dispose();
  }, [session]);

  return { session, disk, importOutcome, setImportOutcome, sessionRef, openedRef, mayReplace, show };
}

/** A key per session object, so a new session gets a new studio (and a new editor). */
const keys = new WeakMap<ConnectorSession, number>();
let nextKey = 0;
export function sessionKey(session: ConnectorSession): number {
  let key = keys.get(session);
  if (key === undefined) keys.set(session, (key = ++nextKey));
  return key;
}
