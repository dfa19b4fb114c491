// Check boxes bound to a value in the connector's text (parameters, schema trees, policies, trigger
// settings, the Code tab's operations): the tick shows at once, and the text catches up a frame or
// two later through the parse worker (as SelectField does for choices). Each change is one edit and
// one undo step.
import { useId, type ReactNode } from 'react';
import { usePendingValue } from './use-pending-value';
import { useFieldHint } from './field-hint';

interface Props {
  checked: boolean;
  onChange(checked: boolean): void;
  children: ReactNode;
  className?: string;
  disabled?: boolean;
  /** Id of the element that describes the box (a hint under it). */
  describedBy?: string;
}

export function CheckBox({ checked, onChange, children, className, disabled, describedBy }: Props) {
  const id = useId();
  const [shown, setShown] = usePendingValue(checked);
  return (
    <div className={className ?? 'field checkbox-field'}>
      <input
        id={id}
        type="checkbox"
        checked={shown}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={(e) => {
          setShown(e.target.checked);
          onChange(e.target.checked);
        }}
      />
      <label htmlFor={id}>{children}</label>
    </div>
  );
}

/** A check box as a form field of its own, with an optional hint under it. */
export function CheckField({
  label,
  checked,
  onChange,
  hint,
  disabled,
}: {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  hint?: string;
  disabled?: boolean;
}) {
  const { describedBy, hintElement } = useFieldHint(hint);
  return (
    <div className="field">
      <CheckBox className="check" checked={checked} onChange={onChange} disabled={disabled} describedBy={describedBy}>
        {label}
      </CheckBox>
      {hintElement}
    </div>
  );
}
