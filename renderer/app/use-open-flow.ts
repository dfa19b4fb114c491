// Starting and opening: the app's facts and the connector it was started on (asked for before React
// ran, start-requests.ts), the path field, Open (typed, picked in a folder dialog, or from the recent
// list) and the window's one alert. Only the latest open request may update the screen; earlier
// answers are dropped.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { OpenedConnector, ResponseOf, StudioApi } from '../../shared/contracts/ipc';
import { errorMessage } from '../../shared/core/error-message';
import { startRequests } from './start-requests';
import { loadStudioCode } from './studio-code';
import type { ConnectorShown } from './use-connector-session';
import type { PathPicker } from './use-path-picker';
import type { RecentConnectors } from './use-recent-connectors';

type AppInfo = ResponseOf<'appInfo'>;

export interface OpenOptions {
  /** False to open without asking whether unsaved changes may be lost (default true). */
  ask?: boolean;
  /** The open already asked for at start (start-requests.ts), if any. */
  requested?: Promise<OpenedConnector | undefined>;
}

export type OpenFlow = ReturnType<typeof useOpenFlow>;

export function useOpenFlow(api: StudioApi, connector: ConnectorShown, recent: RecentConnectors, picker: PathPicker) {
  const { show, mayReplace, setImportOutcome } = connector;
  const { refresh: refreshRecent, forget } = recent;
  const [info, setInfo] = useState<AppInfo>();
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const pathInput = useRef<HTMLInputElement>(null);
  const latest = useRef(0);

  /** Shows an opened connector in a new session. */
  const adopt = useCallback(
    async (opened: OpenedConnector) => {
      await show(opened);
      setPath(opened.dir);
      setError(undefined);
      refreshRecent();
    },
    [show, refreshRecent],
  );

  const open = useCallback(
    async (dir: string, { ask = true, requested }: OpenOptions = {}) => {
      const trimmed = dir.trim();
      if (!trimmed) {
        setError('Type the path of a connector folder first.');
        return;
      }
      const id = ++latest.current;
      setBusy(true);
      setError(undefined);
      try {
        loadStudioCode();
        // The folder is read first: one that holds no connector is refused before unsaved changes
        // are put at stake, and the connector open now stays open as it is.
        const opened = (await requested) ?? (await api.openConnector({ dir: trimmed }));
        if (id !== latest.current) return;
        if (ask && !mayReplace('Open another')) return;
        setImportOutcome(undefined);
        await adopt(opened);
      } catch (err) {
        if (id === latest.current) {
          setError(errorMessage(err));
          refreshRecent();
        }
      } finally {
        if (id === latest.current) setBusy(false);
      }
    },
    [api, adopt, mayReplace, refreshRecent, setImportOutcome],
  );

  useEffect(() => {
    let cancelled = false;
    const start = startRequests();
    start.info.then(
      (appInfo) => {
        if (cancelled) return;
        setInfo(appInfo);
        if (appInfo.initialDir) {
          setPath(appInfo.initialDir);
          void open(appInfo.initialDir, { requested: start.initialConnector });
        }
      },
      (err: unknown) => {
        if (!cancelled) setError(errorMessage(err));
      },
    );
    refreshRecent();
    return () => {
      cancelled = true;
    };
  }, [api, open, refreshRecent]);

  /** The desktop app's native dialogs; elsewhere the in-page picker (Browse…). */
  const canPick = info?.canChooseFolder ?? false;
  const { pick } = picker;
  const pickFolder = useCallback(
    async (start?: string) => (canPick ? (await api.chooseConnectorFolder({})).dir : pick('folder', 'Choose a folder', start)),
    [api, canPick, pick],
  );
  const pickFile = useCallback(
    async (start?: string) => (canPick ? (await api.chooseImportFile({})).path : pick('file', 'Choose a file to import', start)),
    [api, canPick, pick],
  );

  const chooseFolder = useCallback(async () => {
    try {
      const dir = canPick ? await pickFolder() : await pick('folder', 'Open a connector folder', path);
      if (dir) {
        setPath(dir);
        await open(dir);
      }
    } catch (err) {
      setError(errorMessage(err));
    }
  }, [canPick, pickFolder, pick, path, open]);

  const forgetRecent = useCallback(
    (dir: string) => {
      forget(dir).then(undefined, (err: unknown) => setError(errorMessage(err)));
    },
    [forget],
  );

  return { info, path, setPath, busy, error, setError, pathInput, adopt, open, canPick, pickFolder, pickFile, chooseFolder, forgetRecent };
}
