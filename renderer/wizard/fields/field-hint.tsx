// The sentence under a form field that says what it is for; the field names it as its description.
import { useId, type ReactNode } from 'react';

/** The id to give the field's aria-describedby (undefined without a hint), and the hint to show. */
export function useFieldHint(hint: string | undefined): { describedBy: string | undefined; hintElement: ReactNode } {
  const id = useId();
  if (!hint) return { describedBy: undefined, hintElement: null };
  return {
    describedBy: id,
    hintElement: (
      <p id={id} className="field-hint">
        {hint}
      </p>
    ),
  };
}
