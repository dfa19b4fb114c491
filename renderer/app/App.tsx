// The window: the File menu and a folder to open at the top, then the studio for the opened
// connector, or the start screen (new, import, open, recent connectors). The studio (and Monaco with
// it) loads on demand, so the first screen is quick.
import { lazy, Suspense, useCallback } from 'react';
import type { ConnectorFileName, DiskChange } from '../../shared/contracts/ipc';
import { ConnectorDialogs } from './connector-dialogs';
import { DiskChangeBanner } from './disk-change-banner';
import { EDITED_FILES } from './edited-files';
import { FileMenu, type FileMenuCommand } from './file-menu';
import { parentOf } from './folder-paths';
import { ImportReport } from './import-report';
import { OpenConnectorForm } from './open-connector-form';
import { RecentList } from './recent-list';
import { getStudioApi } from './studio-api';
import { useConnectorDialogs } from './use-connector-dialogs';
import { sessionKey, useConnectorSession } from './use-connector-session';
import { useDiskWatch } from './use-disk-watch';
import { useDocumentShortcuts } from './use-document-shortcuts';
import { useFileDrop } from './use-file-drop';
import { useMenuCommands } from './use-menu-commands';
import { useOpenFlow } from './use-open-flow';
import { useRecentConnectors } from './use-recent-connectors';
import { runEditCommand } from './edit-commands';
import { OPEN_PALETTE_EVENT } from '../studio/command-palette-commands';
import './documents.css';

const StudioView = lazy(() => import('../studio/studio-view'));

export function App() {
  const api = getStudioApi();
  const connector = useConnectorSession(api);
  const recentConnectors = useRecentConnectors(api);
  const start = useOpenFlow(api, connector, recentConnectors);
  const { session, sessionRef, disk, importOutcome, setImportOutcome } = connector;
  const { entries: recent, refresh: refreshRecent } = recentConnectors;
  const { info, path, setPath, busy, error, setError, pathInput, open, canPick, chooseFolder } = start;
  const dialogs = useConnectorDialogs(api, connector, start.adopt);
  const showDialog = dialogs.show;

  // ---- changes on disk -----------------------------------------------------------------------------
  const { changes, settle } = useDiskWatch(api, disk);
  const holds = (name: ConnectorFileName) => EDITED_FILES.some((e) => e.name === name && sessionRef.current?.hasFile(e.key));
  const reload = (change: DiskChange) => {
    const entry = EDITED_FILES.find((e) => e.name === change.name);
    const current = sessionRef.current;
    if (entry && current?.hasFile(entry.key) && change.file) {
      current.reloadFromDisk(entry.key, change.file);
      settle(change.name, change.fingerprint);
    } else if (current) {
      // A file the studio does not hold yet: open the folder again to show it.
      void open(current.getSnapshot().dir);
    }
  };
  const keepMine = (change: DiskChange) => {
    const entry = EDITED_FILES.find((e) => e.name === change.name);
    if (entry && sessionRef.current?.hasFile(entry.key)) sessionRef.current.markUnsaved(entry.key);
    settle(change.name, change.state === 'deleted' ? undefined : change.fingerprint);
  };

  // ---- commands ---------------------------------------------------------------------------------------
  const openCommand = useCallback(() => {
    if (canPick) void chooseFolder();
    else {
      pathInput.current?.focus();
      pathInput.current?.select();
    }
  }, [canPick, chooseFolder]);
  useDocumentShortcuts({ newConnector: () => showDialog('new'), open: openCommand, importFile: () => showDialog('import') });
  useMenuCommands((command) => {
    const current = sessionRef.current;
    if (command === 'new-connector') showDialog('new');
    else if (command === 'open-folder') openCommand();
    else if (command === 'import-file') showDialog('import');
    else if (command === 'save') void current?.save();
    else if (command === 'undo' || command === 'redo') runEditCommand(command, current);
    else if (command === 'export-package') {
      if (current) showDialog('export');
    } else window.dispatchEvent(new Event(OPEN_PALETTE_EVENT));
  });
  const dragging = useFileDrop(dialogs.drop, setError);

  const commands: FileMenuCommand[] = [
    { label: 'New connector…', shortcut: 'Ctrl+N', keys: 'Control+N', run: () => showDialog('new') },
    { label: canPick ? 'Open folder…' : 'Open folder', shortcut: 'Ctrl+O', keys: 'Control+O', run: openCommand },
    { label: 'Import file…', shortcut: 'Ctrl+I', keys: 'Control+I', run: () => showDialog('import') },
    { label: 'Save', shortcut: 'Ctrl+S', keys: 'Control+S', disabled: !session, run: () => void sessionRef.current?.save() },
    { label: 'Export package…', disabled: !session, run: () => showDialog('export') },
  ];

  const here = session?.getSnapshot().dir;
  const baseDir = parentOf(here ?? recent?.[0]?.dir ?? '');

  return (
    <div className="app">
      <header className="app-header">
        <p className="brand">Connector Studio</p>
        <FileMenu commands={commands} recent={recent} onOpenRecent={(dir) => void open(dir)} onShow={refreshRecent} />
        <OpenConnectorForm
          path={path}
          busy={busy}
          canChooseFolder={canPick}
          onPathChange={setPath}
          onOpen={(dir) => void open(dir)}
          onChooseFolder={() => void chooseFolder()}
          inputRef={pathInput}
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
        <DiskChangeBanner changes={changes} holds={holds} onReload={reload} onKeepMine={keepMine} />
        {importOutcome && session ? <ImportReport outcome={importOutcome} onDismiss={() => setImportOutcome(undefined)} /> : null}
        {session ? (
          <Suspense fallback={<p className="status">Loading the editor…</p>}>
            <StudioView key={sessionKey(session)} session={session} fileCommands={commands} />
          </Suspense>
        ) : (
          <section className="welcome" aria-labelledby="welcome-heading">
            <h1 id="welcome-heading">Open a connector</h1>
            <p>Type the path of a connector folder above and choose Open, start a new connector, or import an API description.</p>
            <div className="welcome-actions">
              <button type="button" onClick={() => showDialog('new')} aria-keyshortcuts="Control+N">
                New connector…
              </button>
              <button type="button" onClick={() => showDialog('import')} aria-keyshortcuts="Control+I">
                Import a file…
              </button>
              {canPick ? (
                <button type="button" onClick={() => void chooseFolder()} aria-keyshortcuts="Control+O">
                  Open folder…
                </button>
              ) : null}
            </div>
            <p className="status">Or drop an OpenAPI or Postman file on this window to import it.</p>
            <RecentList entries={recent} busy={busy} onOpen={(dir) => void open(dir)} onForget={start.forgetRecent} />
          </section>
        )}
      </main>
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop the file to import it</p>
        </div>
      ) : null}
      <ConnectorDialogs dialogs={dialogs} baseDir={baseDir} here={here} pickers={canPick ? start : undefined} />
      <footer className="app-footer">
        {info ? `Connector Studio ${info.version} · ${info.host === 'electron' ? 'desktop' : 'browser host'}` : 'Connecting to the studio host…'}
      </footer>
    </div>
  );
}
