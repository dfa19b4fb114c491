// A text field bound to a value in the connector's text. While it has focus it shows what the
// person types (the text catches up a frame or two later, through the parse worker); every change is
// sent as it happens, so the editor shows it live, and leaving the field ends one undo step. Its
// Undo and Redo keys run the history it shares with the editor (history-keys.ts).
import { useEffect, useId, useRef, useState, type ChangeEvent, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useOptionalTabSession } from '../../session/session-context';
import { useFieldHint } from './field-hint';
import { historyCommandOf, SHARED_HISTORY_ATTRIBUTE } from './history-keys';

export interface TextFieldProps {
  label: string;
  value: string;
  /** Each change while typing. */
  onChange(value: string): void;
  /** Leaving the field after changing it. */
  onCommit(value: string): void;
  hint?: string;
  multiline?: boolean;
  disabled?: boolean;
  type?: 'text' | 'url' | 'email';
  placeholder?: string;
  /** Code-like values (host, paths, ids) in a monospace font. */
  code?: boolean;
  /** Shown after the input (a colour swatch, say). */
  adornment?: ReactNode;
  /** What is wrong with what was typed (it was not written): shown under the field, which is marked invalid. */
  error?: string;
}

export function TextField({
  label,
  value,
  onChange,
  onCommit,
  hint,
  multiline,
  disabled,
  type = 'text',
  placeholder,
  code,
  adornment,
  error,
}: TextFieldProps) {
  const id = useId();
  const errorId = useId();
  const { describedBy, hintElement } = useFieldHint(hint);
  const [draft, setDraft] = useState<string | null>(null);
  const focused = useRef(false);
  const changed = useRef(false);
  const session = useOptionalTabSession();

  // Once the field is left, the text is what it shows.
  useEffect(() => {
    if (!focused.current) setDraft(null);
  }, [value, disabled]);

  const common = {
    id,
    value: draft ?? value,
    disabled,
    placeholder,
    spellCheck: !code,
    autoComplete: 'off',
    className: code ? 'input code-input' : 'input',
    'aria-describedby': [describedBy, error ? errorId : undefined].filter(Boolean).join(' ') || undefined,
    'aria-invalid': error ? true : undefined,
    [SHARED_HISTORY_ATTRIBUTE]: session ? 'true' : undefined,
    onFocus: () => {
      focused.current = true;
    },
    onKeyDown: (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const command = session ? historyCommandOf(e) : undefined;
      if (!command) return;
      e.preventDefault();
      // What was typed is already on its way as an edit, and Undo ends its step; the field shows the
      // text's value again.
      changed.current = false;
      setDraft(null);
      if (command === 'undo') session?.undo();
      else session?.redo();
    },
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const next = e.target.value;
      changed.current = true;
      setDraft(next);
      onChange(next);
    },
    onBlur: (e: FocusEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      focused.current = false;
      const final = e.target.value;
      if (changed.current) onCommit(final);
      changed.current = false;
      if (final === value) setDraft(null);
    },
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="field-control">
        {multiline ? <textarea rows={4} {...common} /> : <input type={type} {...common} />}
        {adornment}
      </div>
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {hintElement}
    </div>
  );
}
