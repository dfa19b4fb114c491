// Choosing a connector folder: a path typed (always available) or the native picker (Electron only).
import { useId, type FormEvent, type Ref } from 'react';

interface Props {
  path: string;
  busy: boolean;
  canChooseFolder: boolean;
  onPathChange(path: string): void;
  onOpen(path: string): void;
  onChooseFolder(): void;
  /** The path field, for Ctrl+O where there is no folder picker. */
  inputRef?: Ref<HTMLInputElement>;
}

export function OpenConnectorForm({ path, busy, canChooseFolder, onPathChange, onOpen, onChooseFolder, inputRef }: Props) {
  const inputId = useId();
  const hintId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onOpen(path);
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
        spellCheck={false}
        autoComplete="off"
      />
      <button type="submit">Open</button>
      <p id={hintId} className="hint">
        A folder holding apiDefinition.swagger.json (and usually apiProperties.json).
      </p>
    </form>
  );
}
