// Export package: the connector's files as paconn and pac connector read them, into a folder of the
// user's choosing. The texts being edited are exported (saved or not); secrets never are.
import { useState, type FormEvent } from 'react';
import type { ResponseOf } from '../../shared/contracts/ipc';
import { PathField } from './folder-field';
import { fullPathNeeded } from './folder-paths';
import { ModalDialog } from '../ui/modal-dialog';

type Result = ResponseOf<'exportPackage'>;

interface Props {
  suggested: string;
  busy: boolean;
  error: string | undefined;
  /** Set when the folder already holds connector files: the next Export replaces them. */
  confirmReplace: boolean;
  result: Result | undefined;
  /** Picks a folder, starting at `start`. */
  onChooseFolder?: (start?: string) => Promise<string | null>;
  chooseLabel?: string | undefined;
  onExport(target: string, overwrite: boolean): void;
  onTargetChange(): void;
  onClose(): void;
}

export function ExportDialog({
  suggested,
  busy,
  error,
  confirmReplace,
  result,
  onChooseFolder,
  chooseLabel,
  onExport,
  onTargetChange,
  onClose,
}: Props) {
  const [target, setTarget] = useState(suggested);
  // After an Export refused for a path that is not a full one, the field says so until it is.
  const [checked, setChecked] = useState(false);
  const notFull = checked ? fullPathNeeded(target, 'folder') : undefined;
  const change = (v: string) => {
    setTarget(v);
    onTargetChange();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    if (!fullPathNeeded(target, 'folder')) onExport(target.trim(), confirmReplace);
  };
  return (
    <ModalDialog title="Export package" onClose={onClose}>
      {result ? (
        <div className="dialog-form">
          <p role="status">
            Wrote {result.written.join(', ')} to <code>{result.target}</code>. Deploy with{' '}
            <code>paconn create --settings settings.json</code> or <code>pac connector create --settings-file settings.json</code>.
          </p>
          {result.report.length ? (
            <ul className="notes">
              {result.report.map((r, i) => (
                <li key={i}>{r.message}</li>
              ))}
            </ul>
          ) : null}
          <div className="dialog-buttons">
            <button type="button" onClick={onClose}>
              Close
            </button>
          </div>
        </div>
      ) : (
        <form onSubmit={submit} className="dialog-form">
          <p>
            Writes apiDefinition.swagger.json, apiProperties.json, settings.json, README.md and, when the connector has them, icon.png and
            script.csx. Unsaved changes are included; secrets are removed.
          </p>
          <PathField
            label="Package folder"
            value={target}
            hint="A new or empty folder, not the connector’s own."
            error={notFull}
            onChange={change}
            {...(onChooseFolder
              ? {
                  ...(chooseLabel ? { chooseLabel } : {}),
                  onChoose: () => void onChooseFolder(target).then((picked) => picked && change(picked)),
                }
              : {})}
          />
          {error ? (
            <p role="alert" className="dialog-error">
              {error}
            </p>
          ) : null}
          <div className="dialog-buttons">
            <button type="submit" disabled={busy}>
              {busy ? 'Exporting…' : confirmReplace ? 'Replace and export' : 'Export'}
            </button>
            <button type="button" className="quiet" onClick={onClose}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </ModalDialog>
  );
}
