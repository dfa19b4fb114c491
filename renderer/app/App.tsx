// The first screen: open a connector folder and see what the shared core makes of it. (The full
// wizard replaces the overview in a later step; the pipeline renderer -> contract -> services stays.)
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ResponseOf } from '../../shared/ipc';
import { ConnectorOverview } from './connector-overview';
import { summarizeConnector, type ConnectorSummary } from './connector-summary';
import { OpenConnectorForm } from './open-connector-form';
import { getStudioApi } from './studio-api';

type AppInfo = ResponseOf<'appInfo'>;

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export function App() {
  const api = getStudioApi();
  const [info, setInfo] = useState<AppInfo>();
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [summary, setSummary] = useState<ConnectorSummary>();
  // Only the latest open request may update the screen; earlier answers are dropped.
  const latest = useRef(0);

  const open = useCallback(
    async (dir: string) => {
      const trimmed = dir.trim();
      if (!trimmed) {
        setError('Type the path of a connector folder first.');
        return;
      }
      const id = ++latest.current;
      setBusy(true);
      setError(undefined);
      try {
        const opened = await api.openConnector({ dir: trimmed });
        if (id !== latest.current) return;
        setSummary(summarizeConnector(opened));
        setPath(opened.dir);
      } catch (err) {
        if (id === latest.current) setError(messageOf(err));
      } finally {
        if (id === latest.current) setBusy(false);
      }
    },
    [api],
  );

  useEffect(() => {
    let cancelled = false;
    api.appInfo({}).then(
      (appInfo) => {
        if (cancelled) return;
        setInfo(appInfo);
        if (appInfo.initialDir) {
          setPath(appInfo.initialDir);
          void open(appInfo.initialDir);
        }
      },
      (err: unknown) => {
        if (!cancelled) setError(messageOf(err));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api, open]);

  const chooseFolder = useCallback(async () => {
    try {
      const { dir } = await api.chooseConnectorFolder({});
      if (dir) {
        setPath(dir);
        await open(dir);
      }
    } catch (err) {
      setError(messageOf(err));
    }
  }, [api, open]);

  return (
    <div className="app">
      <header className="app-header">
        <p className="brand">Connector Studio</p>
        <OpenConnectorForm
          path={path}
          busy={busy}
          canChooseFolder={info?.canChooseFolder ?? false}
          onPathChange={setPath}
          onOpen={(dir) => void open(dir)}
          onChooseFolder={() => void chooseFolder()}
        />
      </header>
      <main aria-busy={busy}>
        {error ? (
          <p role="alert" className="error">
            {error}
          </p>
        ) : null}
        <p role="status" className="status">
          {busy ? 'Opening…' : ''}
        </p>
        {summary ? (
          <ConnectorOverview summary={summary} />
        ) : (
          <section className="welcome">
            <h1>Open a connector</h1>
            <p>Type the path of a connector folder above and choose Open.</p>
          </section>
        )}
      </main>
      <footer className="app-footer">
        {info ? `Connector Studio ${info.version} · ${info.host === 'electron' ? 'desktop' : 'browser host'}` : 'Connecting to the studio host…'}
      </footer>
    </div>
  );
}
