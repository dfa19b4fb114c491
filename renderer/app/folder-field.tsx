// A path typed, with a picker beside it: the native one (desktop) or the in-page one (Browse…).
import { useId } from 'react';

interface Props {
  label: string;
  value: string;
  hint: string;
  /** What is wrong with the value, shown next to it (a relative path). */
  error?: string | undefined;
  onChange(value: string): void;
  onChoose?: () => void;
  chooseLabel?: string;
}

export function PathField({ label, value, hint, error, onChange, onChoose, chooseLabel = 'Choose…' }: Props) {
  const id = useId();
  const hintId = useId();
  const errorId = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="path-row">
        <input
          id={id}
          type="text"
          className="path-input"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-describedby={error ? `${errorId} ${hintId}` : hintId}
          aria-invalid={error ? true : undefined}
          spellCheck={false}
          autoComplete="off"
        />
        {onChoose ? (
          <button type="button" className="quiet" onClick={onChoose}>
            {chooseLabel}
          </button>
        ) : null}
      </div>
      {error ? (
        <p id={errorId} role="alert" className="dialog-error">
          {error}
        </p>
      ) : null}
      <p id={hintId} className="field-hint">
        {hint}
      </p>
    </div>
  );
}
