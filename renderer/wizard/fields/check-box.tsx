// A check box bound to a value in the connector's text (policies, trigger settings, schema trees,
// the Code tab's operations): the tick shows at once, and the text catches up a frame or two later
// through the parse worker (as SelectField does for choices).
import { useId, type ReactNode } from 'react';
import { usePendingValue } from './use-pending-value';

interface Props {
  checked: boolean;
  onChange(checked: boolean): void;
  children: ReactNode;
  className?: string;
}

export function CheckBox({ checked, onChange, children, className }: Props) {
  const id = useId();
  const [shown, setShown] = usePendingValue(checked);
  return (
    <div className={className ?? 'field checkbox-field'}>
      <input
        id={id}
        type="checkbox"
        checked={shown}
        onChange={(e) => {
          setShown(e.target.checked);
          onChange(e.target.checked);
        }}
      />
      <label htmlFor={id}>{children}</label>
    </div>
  );
}
