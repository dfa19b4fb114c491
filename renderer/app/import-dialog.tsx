// Import: an OpenAPI 2/3 (JSON or YAML) or Postman collection file, by path (typed or picked) or
// dropped on the window, into a new connector folder.
import { useState, type FormEvent } from 'react';
import { PathField } from './folder-field';
import { folderNameFor, fullPathNeeded, joinPath, parentOf } from './folder-paths';
import { ModalDialog } from '../ui/modal-dialog';
import type { DroppedFile } from './dropped-file';
import type { ImportSource, WiderRootAsk } from './dialog-state';

export type { ImportSource };

interface Props {
  /** A dropped file, when the import started with a drop. */
  dropped: DroppedFile | undefined;
  /** Where to suggest the new folder when the source has no folder of its own (a dropped file). */
  baseDir: string;
  busy: boolean;
  error: string | undefined;
  /** The import was refused because references lead out of the file's folder: ask about the wider one. */
  widerRoot?: WiderRootAsk | undefined;
  /** Pickers, starting at `start`. */
  onChooseFile?: (start?: string) => Promise<string | null>;
  onChooseFolder?: (start?: string) => Promise<string | null>;
  chooseLabel?: string | undefined;
  onImport(source: ImportSource, dir: string): void;
  /** Yes to the wider folder: import again with it as the references' root. */
  onAllowRoot?(ask: WiderRootAsk): void;
  /** No to the wider folder. */
  onKeepRoot?(): void;
  onClose(): void;
}

export function ImportDialog({
  dropped,
  baseDir,
  busy,
  error,
  widerRoot,
  onChooseFile,
  onChooseFolder,
  chooseLabel,
  onImport,
  onAllowRoot,
  onKeepRoot,
  onClose,
}: Props) {
  const [source, setSource] = useState('');
  const [dir, setDir] = useState('');
  const [dirTouched, setDirTouched] = useState(false);
  const sourceName = dropped ? dropped.name : source.trim();
  // Beside the user's connectors, not beside the description (a download, a checked-out repository).
  const near = baseDir || (dropped ? '' : parentOf(source.trim()));
  const suggested = sourceName && near ? joinPath(near, folderNameFor(sourceName)) : '';
  const folder = dirTouched ? dir : suggested;
  // After an Import refused for a path that is not a full one, each such field says so until it is.
  const [checked, setChecked] = useState(false);
  const sourceNotFull = checked && !dropped ? fullPathNeeded(source, 'file') : undefined;
  const folderNotFull = checked ? fullPathNeeded(folder, 'folder') : undefined;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    if ((!dropped && fullPathNeeded(source, 'file')) || fullPathNeeded(folder, 'folder')) return;
    const from: ImportSource = dropped
      ? { kind: 'content', name: dropped.name, base64: dropped.base64 }
      : { kind: 'path', path: source.trim() };
    onImport(from, folder.trim());
  };

  const pick = (chooser: ((start?: string) => Promise<string | null>) | undefined, start: string, set: (v: string) => void) =>
    chooser
      ? {
          ...(chooseLabel ? { chooseLabel } : {}),
          onChoose: () =>
            void chooser(start || baseDir || undefined).then((picked) => {
              if (picked) set(picked);
            }),
        }
      : {};

  return (
    <ModalDialog title="Import an API description" onClose={onClose}>
      <form onSubmit={submit} className="dialog-form">
        {dropped ? (
          <p className="dropped-file">
            Dropped file: <strong>{dropped.name}</strong> ({Math.max(1, Math.round(dropped.bytes / 1024))} KB). References to other files
            cannot be followed from a dropped file; import it by path if it has them.
          </p>
        ) : (
          <PathField
            label="File to import"
            value={source}
            hint="An OpenAPI 2.0 or 3.x description (JSON or YAML) or a Postman collection (v2.0 or v2.1). You can also drop a file on the window."
            error={sourceNotFull}
            onChange={setSource}
            {...pick(onChooseFile, source.trim(), setSource)}
          />
        )}
        <PathField
          label="New connector folder"
          value={folder}
          hint="A new folder, or an empty one: an existing connector is never overwritten."
          error={folderNotFull}
          onChange={(v) => {
            setDirTouched(true);
            setDir(v);
          }}
          {...pick(onChooseFolder, folder.trim(), (v) => {
            setDirTouched(true);
            setDir(v);
          })}
        />
        {error ? (
          <p role="alert" className="dialog-error">
            {error}
          </p>
        ) : null}
        {widerRoot ? (
          <section
            role="alertdialog"
            aria-labelledby="wider-root-question"
            aria-describedby="wider-root-detail"
            className="dialog-question"
          >
            <p id="wider-root-detail">
              This file refers to files outside its folder: {widerRoot.references.slice(0, 5).join(', ')}
              {widerRoot.references.length > 5 ? ` and ${widerRoot.references.length - 5} more` : ''}. Nothing was imported. Hidden folders
              of your home folder, absolute paths and devices stay refused either way.
            </p>
            <p id="wider-root-question">
              <strong>Allow references under {widerRoot.folder}?</strong>
            </p>
            <div className="dialog-buttons">
              <button type="button" disabled={busy} onClick={() => onAllowRoot?.(widerRoot)}>
                Allow and import
              </button>
              <button type="button" className="quiet" onClick={() => onKeepRoot?.()}>
                Don't allow
              </button>
            </div>
          </section>
        ) : null}
        <div className="dialog-buttons">
          <button type="submit" disabled={busy}>
            {busy ? 'Importing…' : 'Import'}
          </button>
          <button type="button" className="quiet" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
