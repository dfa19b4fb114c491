// Values (`enum`, one a line) and Default value (`default`) of a parameter or a schema property,
// read as its type says (value-text.ts). What is not of the type is shown as an error and not
// written, so the text keeps its last good value; an empty field removes the key.
import { useEffect, useState } from 'react';
import { parseTypedValue, parseValueLines, valuesText, valueText } from '../../../shared/editing/definition-edits';
import { useTabSession } from '../../session/session-context';
import { TextField } from '../fields/text-field';

interface ValuesProps {
  /** Where the `enum` is (or goes). */
  pointer: string;
  values: readonly unknown[];
  type: string;
  hint: string;
}

/** Until the text changes, the error of what was last typed. */
function useTypingError(shown: string): [string | undefined, (error: string | undefined) => void] {
  const [error, setError] = useState<string>();
  useEffect(() => setError(undefined), [shown]);
  return [error, setError];
}

export function ValuesField({ pointer, values, type, hint }: ValuesProps) {
  const session = useTabSession();
  const shown = valuesText(values);
  const [error, setError] = useTypingError(shown);
  return (
    <TextField
      label="Values"
      value={shown}
      multiline
      code
      hint={hint}
      error={error}
      onChange={(v) => {
        const parsed = parseValueLines(v, type);
        if ('error' in parsed) return setError(parsed.error);
        setError(undefined);
        session.edit(
          'definition',
          pointer,
          parsed.values.length ? { kind: 'set', pointer, value: parsed.values } : { kind: 'remove', pointer },
        );
      }}
      onCommit={() => session.endEditGroup()}
    />
  );
}

interface DefaultProps {
  /** Where the `default` is (or goes). */
  pointer: string;
  /** The default as written; undefined when there is none. */
  value: unknown;
  type: string;
  hint: string;
}

export function DefaultValueField({ pointer, value, type, hint }: DefaultProps) {
  const session = useTabSession();
  const shown = value === undefined ? '' : valueText(value);
  const [error, setError] = useTypingError(shown);
  return (
    <TextField
      label="Default value"
      value={shown}
      code
      hint={hint}
      error={error}
      onChange={(v) => {
        if (v === '') {
          setError(undefined);
          return session.edit('definition', pointer, { kind: 'remove', pointer });
        }
        const parsed = parseTypedValue(v, type);
        if ('error' in parsed) return setError(parsed.error);
        setError(undefined);
        session.edit('definition', pointer, { kind: 'set', pointer, value: parsed.value });
      }}
      onCommit={() => session.endEditGroup()}
    />
  );
}
