// The window: a folder to open at the top, then the studio for the opened connector. The studio (and
// Monaco with it) loads on demand, so the first screen is quick.
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { ResponseOf } from '../../shared/ipc';
import type { ConnectorSession } from '../studio/connector-session';
import { OpenConnectorForm } from './open-connector-form';
import { getStudioApi } from './studio-api';

const StudioView = lazy(() => import('../studio/studio-view'));

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
  const [session, setSession] = useState<ConnectorSession>();
  const sessionRef = useRef<ConnectorSession>(undefined);
  sessionRef.current = session;
  // Only the latest open request may update the screen; earlier answers are dropped.
  const latest = useRef(0);

  const open = useCallback(
    async (dir: string) => {
      const trimmed = dir.trim();
      if (!trimmed) {
        setError('Type the path of a connector folder first.');
        return;
      }
      const current = sessionRef.current;
      if (current?.getSnapshot().dirty && !window.confirm(`${current.getSnapshot().title ?? 'This connector'} has unsaved changes. Open another and lose them?`)) {
        return;
      }
      const id = ++latest.current;
      setBusy(true);
      setError(undefined);
      try {
        // The folder's files, the session code (with Monaco) and the studio's view load side by side.
        const [opened, { ConnectorSession }] = await Promise.all([
          api.openConnector({ dir: trimmed }),
          import('../studio/connector-session'),
          import('../studio/studio-view'),
        ]);
        if (id !== latest.current) return;
        setSession(new ConnectorSession(opened, api));
        setPath(opened.dir);
      } catch (err) {
        if (id === latest.current) setError(messageOf(err));
      } finally {
        if (id === latest.current) setBusy(false);
      }
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
        {busy ? (
          <p role="status" className="status">
            Opening…
          </p>
        ) : null}
        {session ? (
          <Suspense fallback={<p className="status">Loading the editor…</p>}>
            <StudioView key={sessionKey(session)} session={session} />
          </Suspense>
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

/** A key per session object, so a new session gets a new studio (and a new editor). */
const keys = new WeakMap<ConnectorSession, number>();
let nextKey = 0;
function sessionKey(session: ConnectorSession): number {
  let key = keys.get(session);
  if (key === undefined) keys.set(session, (key = ++nextKey));
  return key;
}
