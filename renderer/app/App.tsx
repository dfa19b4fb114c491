// The window: the File menu and a folder to open at the top, then the studio for the opened
// connector, or the start screen (new, import, open, recent connectors). The studio (and Monaco with
// it) loads on demand, so the first screen is quick. The parts: use-connector-session.ts (the
// connector shown), use-open-flow.ts (start and open), use-connector-dialogs.ts (new, import,
// export), use-disk-changes.ts (changes by other programs), use-file-commands.ts (menus and keys).
import { lazy, Suspense, useEffect, useState } from 'react';
import { ConnectorDialogs } from './connector-dialogs';
import { DiskChangeBanner } from './disk-change-banner';
import { FileMenu } from './file-menu';
import { parentOf } from './folder-paths';
import { ImportReport } from './import-report';
import { OpenConnectorForm } from './open-connector-form';
import { getStudioApi } from '../api/studio-api';
import { sessionKey, useConnectorSession } from './use-connector-session';
import { useConnectorDialogs } from './use-connector-dialogs';
import { useDiskChanges } from './use-disk-changes';
import { useFileCommands } from './use-file-commands';
import { useOpenFlow } from './use-open-flow';
import { usePathPicker } from './use-path-picker';
import { useRecentConnectors } from './use-recent-connectors';
import { WelcomeScreen } from './welcome-screen';
import './documents.css';

const StudioView = lazy(() => import('../studio/studio-view'));

export function App() {
  const api = getStudioApi();
  const connector = useConnectorSession(api);
  const recent = useRecentConnectors(api);
  const picker = usePathPicker(api);
  const start = useOpenFlow(api, connector, recent, picker);
  const dialogs = useConnectorDialogs(api, connector, start.adopt);
  const disk = useDiskChanges(api, connector, start.open);
  // Dismiss hides the import report; the File menu shows it again until another connector opens.
  const [reportHidden, setReportHidden] = useState(false);
  useEffect(() => setReportHidden(false), [connector.importOutcome]);
  const { commands, dragging } = useFileCommands({
    ...(connector.importOutcome && reportHidden ? { showImportReport: () => setReportHidden(false) } : {}),
    session: connector.session,
    sessionRef: connector.sessionRef,
    chooseFolder: start.chooseFolder,
    showDialog: dialogs.show,
    importDropped: dialogs.drop,
    showError: start.setError,
  });

  const { session, importOutcome } = connector;
  const { info, busy, error, canPick } = start;
  const here = session?.getSnapshot().dir;
  // Where the user keeps connectors: where the last one was created or imported, else beside this one.
  const baseDir = recent.home ?? parentOf(here ?? recent.entries?.[0]?.dir ?? '');
  const openDir = (dir: string) => void start.open(dir);

  return (
    <div className="app">
      <header className="app-header">
        <p className="brand">Connector Studio</p>
        <FileMenu commands={commands} recent={recent.entries} onOpenRecent={openDir} onShow={recent.refresh} />
        <OpenConnectorForm
          path={start.path}
          busy={busy}
          canChooseFolder={canPick}
          onPathChange={start.setPath}
          onOpen={openDir}
          onChooseFolder={() => void start.chooseFolder()}
          onBrowse={canPick ? undefined : () => void start.chooseFolder()}
          inputRef={start.pathInput}
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
        <DiskChangeBanner changes={disk.changes} holds={disk.holds} onReload={disk.reload} onKeepMine={disk.keepMine} />
        {importOutcome && session && !reportHidden ? (
          <ImportReport outcome={importOutcome} onDismiss={() => setReportHidden(true)} />
        ) : null}
        {session ? (
          <Suspense fallback={<p className="status">Loading the editor…</p>}>
            <StudioView key={sessionKey(session)} session={session} fileCommands={commands} />
          </Suspense>
        ) : (
          <WelcomeScreen
            canChooseFolder={canPick}
            recent={recent.entries}
            busy={busy}
            onShowDialog={dialogs.show}
            onChooseFolder={() => void start.chooseFolder()}
            onOpen={openDir}
            onForget={start.forgetRecent}
          />
        )}
      </main>
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop the file to import it</p>
        </div>
      ) : null}
      <ConnectorDialogs dialogs={dialogs} baseDir={baseDir} here={here} pickers={start} chooseLabel={canPick ? 'Choose…' : 'Browse…'} />
      {picker.dialog}
      <footer className="app-footer">
        {info
          ? `Connector Studio ${info.version} · ${info.host === 'electron' ? 'desktop' : 'browser host'}`
          : 'Connecting to the studio host…'}
      </footer>
    </div>
  );
}
