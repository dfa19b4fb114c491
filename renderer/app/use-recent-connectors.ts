// The connectors opened lately, as the host remembers them (newest first): the File menu's Recent
// list and the start screen's. A failed refresh keeps the list shown; a failed Forget is reported by
// the caller.
import { useCallback, useState } from 'react';
import type { RecentConnector, StudioApi } from '../../shared/contracts/ipc';

export type RecentConnectors = ReturnType<typeof useRecentConnectors>;

export function useRecentConnectors(api: StudioApi) {
  const [entries, setEntries] = useState<RecentConnector[]>();
  /** The folder the last connector was created or imported into (where new ones go by default). */
  const [home, setHome] = useState<string>();

  const refresh = useCallback(() => {
    api.recentConnectors({}).then(
      (r) => {
        setEntries(r.entries);
        setHome(r.connectorsHome);
      },
      () => undefined,
    );
  }, [api]);

  /** Removes a folder from the list; rejects with the host's error. */
  const forget = useCallback((dir: string) => api.forgetRecentConnector({ dir }).then((r) => setEntries(r.entries)), [api]);

  return { entries, home, refresh, forget };
}
