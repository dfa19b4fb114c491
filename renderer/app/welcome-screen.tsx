// The start screen, while no connector is open: new, import, open (where the host has a folder
// picker), and the recent connectors.
import type { RecentConnector } from '../../shared/contracts/ipc';
import type { DialogName } from './dialog-state';
import { RecentList } from './recent-list';

interface Props {
  canChooseFolder: boolean;
  recent: RecentConnector[] | undefined;
  busy: boolean;
  onShowDialog(dialog: DialogName): void;
  onChooseFolder(): void;
  onOpen(dir: string): void;
  onForget(dir: string): void;
}

export function WelcomeScreen({ canChooseFolder, recent, busy, onShowDialog, onChooseFolder, onOpen, onForget }: Props) {
  return (
    <section className="welcome" aria-labelledby="welcome-heading">
      <h1 id="welcome-heading">Open a connector</h1>
      <p>
        Type the path of a connector folder above{canChooseFolder ? '' : ' (or Browse… to it)'} and choose Open, start a new connector, or
        import an API description.
      </p>
      <div className="welcome-actions">
        <button type="button" onClick={() => onShowDialog('new')} aria-keyshortcuts="Control+N">
          New connector…
        </button>
        <button type="button" onClick={() => onShowDialog('import')} aria-keyshortcuts="Control+I">
          Import a file…
        </button>
        {canChooseFolder ? (
          <button type="button" onClick={onChooseFolder} aria-keyshortcuts="Control+O">
            Open folder…
          </button>
        ) : null}
      </div>
      <p className="status">Or drop an OpenAPI or Postman file on this window to import it.</p>
      <RecentList entries={recent} busy={busy} onOpen={onOpen} onForget={onForget} />
    </section>
  );
}
