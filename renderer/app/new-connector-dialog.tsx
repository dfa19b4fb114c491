// New connector: a template (blank, or one per kind of authentication), a name, the API's host and
// the folder to create. The host writes the files and opens the connector.
import { useId, useState, type FormEvent } from 'react';
import { CONNECTOR_TEMPLATES, type ConnectorTemplateId } from '../../shared/editing/connector-templates';
import { PathField } from './folder-field';
import { fullPathNeeded, joinPath } from './folder-paths';
import { ModalDialog } from '../ui/modal-dialog';

export interface NewConnectorRequest {
  template: ConnectorTemplateId;
  title: string;
  host: string;
  dir: string;
}

interface Props {
  /** A folder to suggest the new one in (the parent of the current or last connector). */
  baseDir: string;
  busy: boolean;
  error: string | undefined;
  /** Picks a folder, starting at `start`. */
  onChooseFolder?: (start?: string) => Promise<string | null>;
  chooseLabel?: string | undefined;
  onCreate(request: NewConnectorRequest): void;
  onClose(): void;
}

function folderName(title: string): string {
  return (
    title
      .trim()
      .replace(/[\u0000-\u001f<>:"|?*\\/]/g, '_')
      .replace(/\s+/g, '') || 'NewConnector'
  );
}

export function NewConnectorDialog({ baseDir, busy, error, onChooseFolder, chooseLabel, onCreate, onClose }: Props) {
  const [template, setTemplate] = useState<ConnectorTemplateId>('blank');
  const [title, setTitle] = useState('');
  const [host, setHost] = useState('');
  const [dir, setDir] = useState('');
  const [dirTouched, setDirTouched] = useState(false);
  const titleId = useId();
  const hostId = useId();
  const hostHint = useId();
  const suggested = baseDir ? joinPath(baseDir, folderName(title)) : '';
  const folder = dirTouched ? dir : suggested;
  // After a Create refused for a path that is not a full one, the field says so until it is.
  const [checked, setChecked] = useState(false);
  const folderNotFull = checked ? fullPathNeeded(folder, 'folder') : undefined;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    if (!fullPathNeeded(folder, 'folder')) onCreate({ template, title, host, dir: folder.trim() });
  };

  return (
    <ModalDialog title="New connector" onClose={onClose}>
      <form onSubmit={submit} className="dialog-form">
        <fieldset className="templates">
          <legend>Start from</legend>
          {CONNECTOR_TEMPLATES.map((t) => (
            <label key={t.id} className="template-option">
              <input type="radio" name="template" value={t.id} checked={template === t.id} onChange={() => setTemplate(t.id)} />
              <span>
                <span className="template-label">{t.label}</span>
                <span className="template-description">{t.description}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={titleId}>Connector name</label>
          <input
            id={titleId}
            type="text"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            required
            maxLength={200}
            autoComplete="off"
          />
        </div>
        <div className="field">
          <label htmlFor={hostId}>Host</label>
          <input
            id={hostId}
            type="text"
            value={host}
            onChange={(e) => setHost(e.target.value)}
            placeholder="api.contoso.com"
            aria-describedby={hostHint}
            spellCheck={false}
            autoComplete="off"
          />
          <p id={hostHint} className="field-hint">
            The API’s host name, or its base URL such as https://api.contoso.com/v1 (the path becomes the base path; both can change later
            in the General tab).
          </p>
        </div>
        <PathField
          label="Folder"
          value={folder}
          hint="A new folder, or an empty one: an existing connector is never overwritten."
          error={folderNotFull}
          {...(chooseLabel ? { chooseLabel } : {})}
          onChange={(v) => {
            setDirTouched(true);
            setDir(v);
          }}
          {...(onChooseFolder
            ? {
                onChoose: () =>
                  void onChooseFolder(folder).then((picked) => {
                    if (picked) {
                      setDirTouched(true);
                      setDir(picked);
                    }
                  }),
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
            {busy ? 'Creating…' : 'Create'}
          </button>
          <button type="button" className="quiet" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
