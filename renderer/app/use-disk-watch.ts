// Asks the host whether another program changed the open connector's files: when the window gets
// focus and every few seconds while it is visible. The host compares fingerprints of the texts
// (see main/services/folder-watch.ts); answers that crossed one of our own saves are dropped, so a
// save never reports itself.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ConnectorFileName, DiskChange, Fingerprints, StudioApi } from '../../shared/contracts/ipc';

export const DISK_CHECK_MS = 2000;

/** What the renderer knows of the disk for one open folder; the session's save updates it. */
export interface DiskState {
  dir: string;
  known: Fingerprints;
  /** Saves in flight, and a counter bumped by every save start and end. */
  saving: number;
  generation: number;
}

export function useDiskWatch(api: StudioApi, state: DiskState | undefined) {
  const [changes, setChanges] = useState<DiskChange[]>([]);
  const busy = useRef(false);

  const check = useCallback(async () => {
    if (!state || busy.current || state.saving > 0) return;
    busy.current = true;
    const generation = state.generation;
    try {
      const { changes: found } = await api.checkConnectorChanges({ dir: state.dir, known: { ...state.known } });
      if (state.generation !== generation || state.saving > 0) return;
      setChanges((current) => (sameChanges(current, found) ? current : found));
    } catch {
      // The host is gone or the folder unreadable: the next check tries again.
    } finally {
      busy.current = false;
    }
  }, [api, state]);

  useEffect(() => {
    setChanges([]);
    if (!state) return;
    const onFocus = () => void check();
    const onVisible = () => {
      if (document.visibilityState === 'visible') void check();
    };
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onVisible);
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') void check();
    }, DISK_CHECK_MS);
    return () => {
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onVisible);
      window.clearInterval(timer);
    };
  }, [state, check]);

  /** The change is dealt with: the disk's version (`fingerprint`) is now known. */
  const settle = useCallback(
    (name: ConnectorFileName, fingerprint: string | undefined) => {
      if (!state) return;
      if (fingerprint === undefined) delete state.known[name];
      else state.known[name] = fingerprint;
      state.generation++;
      setChanges((current) => current.filter((c) => c.name !== name));
    },
    [state],
  );

  return { changes, settle, check };
}

function sameChanges(a: DiskChange[], b: DiskChange[]): boolean {
  return (
    a.length === b.length && a.every((c, i) => c.name === b[i]!.name && c.state === b[i]!.state && c.fingerprint === b[i]!.fingerprint)
  );
}
