// A check box bound to a value in the connector's text; each change is one edit and one undo step.
import { useEffect, useId, useState } from 'react';

interface Props {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  hint?: string;
  disabled?: boolean;
}

export function CheckField({ label, checked, onChange, hint, disabled }: Props) {
  const id = useId();
  const hintId = useId();
  // The choice shows at once; the text catches up a frame or two later.
  const [chosen, setChosen] = useState<boolean | null>(null);
  useEffect(() => setChosen(null), [checked]);
  return (
    <div className="field">
      <div className="check">
        <input
          id={id}
          type="checkbox"
          checked={chosen ?? checked}
          disabled={disabled}
          aria-describedby={hint ? hintId : undefined}
          onChange={(e) => {
            setChosen(e.target.checked);
            onChange(e.target.checked);
          }}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
