// A check box bound to a value in the connector's text; each change is one edit and one undo step.
import { useId } from 'react';
import { usePendingValue } from '../fields/use-pending-value';

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
  const [shown, setShown] = usePendingValue(checked);
  return (
    <div className="field">
      <div className="check">
        <input
          id={id}
          type="checkbox"
          checked={shown}
          disabled={disabled}
          aria-describedby={hint ? hintId : undefined}
          onChange={(e) => {
            setShown(e.target.checked);
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
