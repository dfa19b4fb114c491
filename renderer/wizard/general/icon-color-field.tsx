// "Icon background color": apiProperties.json iconBrandColor, typed as #RRGGBB or picked. Each change
// is a minimal edit of that one value (live, one undo step per visit); a value that is not a colour
// is kept as typed and said to be wrong, so nothing typed is lost.
import { useEffect, useId, useRef, useState } from 'react';
import { useTabSession } from '../../session/session-context';
import { checkBrandColor, isBrandColor } from './icon-color';

const POINTER = '/properties/iconBrandColor';

interface Props {
  value: string;
  disabled: boolean;
}

export function IconColorField({ value, disabled }: Props) {
  const session = useTabSession();
  const id = useId();
  const pickerId = useId();
  const hintId = useId();
  const messageId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current) setDraft(null);
  }, [value]);

  const shown = draft ?? value;
  const check = checkBrandColor(shown);
  const write = (next: string) => session.edit('properties', POINTER, { kind: 'set', pointer: POINTER, value: next });
  const focus = () => {
    focused.current = true;
  };
  const leave = () => {
    focused.current = false;
    session.endEditGroup();
    setDraft(null);
  };
  const described = [hintId, check.error || check.warning ? messageId : ''].filter(Boolean).join(' ');

  return (
    <div className="field color-field">
      <label htmlFor={id}>Icon background color</label>
      <div className="field-control">
        <input
          id={id}
          className="input code-input"
          value={shown}
          disabled={disabled}
          placeholder="#da3b01"
          spellCheck={false}
          autoComplete="off"
          aria-invalid={check.error ? true : undefined}
          aria-describedby={described}
          onFocus={focus}
          onChange={(e) => {
            setDraft(e.target.value);
            write(e.target.value);
          }}
          onBlur={leave}
        />
        <label htmlFor={pickerId} className="picker-label">
          Pick a color
        </label>
        <input
          id={pickerId}
          type="color"
          className="color-picker"
          value={isBrandColor(shown) ? shown.toLowerCase() : '#000000'}
          disabled={disabled}
          onFocus={focus}
          onChange={(e) => {
            setDraft(e.target.value);
            write(e.target.value);
          }}
          onBlur={leave}
        />
      </div>
      <p id={hintId} className="field-hint">
        iconBrandColor in apiProperties.json, as #RRGGBB: the colour behind the icon. Certification refuses white and the default #007ee5;
        independent publisher connectors use #da3b01.
      </p>
      {check.error || check.warning ? (
        <p id={messageId} className={check.error ? 'field-error' : 'field-hint warn'}>
          {check.error ?? check.warning}
        </p>
      ) : null}
    </div>
  );
}
