// A drop-down bound to a value in the connector's text; each choice is one edit and one undo step.
import { useEffect, useId, useState } from 'react';
import { useFieldHint } from './field-hint';

export interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange(value: T): void;
  hint?: string;
  disabled?: boolean;
}

export function SelectField<T extends string>({ label, value, options, onChange, hint, disabled }: SelectFieldProps<T>) {
  const id = useId();
  const { describedBy, hintElement } = useFieldHint(hint);
  // The choice shows at once; the text catches up a frame or two later.
  const [chosen, setChosen] = useState<T | null>(null);
  useEffect(() => setChosen(null), [value]);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="field-control">
        <select
          id={id}
          className="input"
          value={chosen ?? value}
          disabled={disabled}
          aria-describedby={describedBy}
          onChange={(e) => {
            setChosen(e.target.value as T);
            onChange(e.target.value as T);
          }}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      {hintElement}
    </div>
  );
}
