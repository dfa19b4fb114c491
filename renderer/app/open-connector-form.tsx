// Choosing a connector folder: a path typed (always available), the native picker (Electron), or
// Browse… (the in-page picker, where there is no native one).
// A typed path that is not a full one is refused here, in a sentence beside the field.
import { useId, useState, type FormEvent, type Ref } from 'react';
import { fullPathNeeded } from './folder-paths';

interface Props {
  path: string;
  busy: boolean;
  canChooseFolder: boolean;
  onPathChange(path: string): void;
  onOpen(path: string): void;
  onChooseFolder(): void;
  /** The in-page picker, shown as Browse… beside the field. */
  onBrowse?: (() => void) | undefined;
  /** The path field, for Ctrl+O where there is no folder picker. */
  inputRef?: Ref<HTMLInputElement>;
}

export function OpenConnectorForm({ path, busy, canChooseFolder, onPathChange, onOpen, onChooseFolder, onBrowse, inputRef }: Props) {
  const inputId = useId();
  const hintId = useId();
  // The sentence holds for the path it was said of: a path typed, picked or opened since replaces it.
  const [refused, setRefused] = useState<{ path: string; sentence: string }>();
  const notFull = refused?.path === path ? refused.sentence : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const sentence = fullPathNeeded(path, 'folder');
    setRefused(sentence ? { path, sentence } : undefined);
    if (!sentence) onOpen(path);
  };
  return (
    <form className="open-form" onSubmit={submit} aria-label="Open a connector">
      {canChooseFolder ? (
        <button type="button" onClick={onChooseFolder} disabled={busy}>
          Open folder…
        </button>
      ) : null}
      <label htmlFor={inputId}>Connector folder</label>
      <input
        id={inputId}
        ref={inputRef}
        type="text"
        value={path}
        onChange={(e) => onPathChange(e.target.value)}
        placeholder="/path/to/MyConnector"
        aria-describedby={hintId}
        aria-invalid={notFull ? true : undefined}
        spellCheck={false}
        autoComplete="off"
      />
      {onBrowse ? (
        <button type="button" className="quiet" onClick={onBrowse} disabled={busy}>
          Browse…
        </button>
      ) : null}
      <button type="submit">Open</button>
      {notFull ? (
        <p id={hintId} role="alert" className="hint dialog-error">
          {notFull}
        </p>
      ) : (
        <p id={hintId} className="hint">
          A folder holding apiDefinition.swagger.json (and usually apiProperties.json).
        </p>
      )}
    </form>
  );
}
