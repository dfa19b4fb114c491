// A control bound to a value in the connector's text shows the user's choice at once; the text
// catches up a frame or more later, when the parse worker has turned the change into an edit.
// The choice is shown only while the value it was made over still stands, so a new value from
// the text (the edit landed, an undo, a change typed in the editor) always wins.
import { useState } from 'react';

export function usePendingValue<T>(actual: T): [T, (value: T) => void] {
  const [pending, setPending] = useState<{ value: T; over: T } | null>(null);
  const shown = pending !== null && Object.is(pending.over, actual) ? pending.value : actual;
  return [shown, (value: T) => setPending({ value, over: actual })];
}
