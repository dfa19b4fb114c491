// Categories: at most two from the fixed list, written as "Data;Productivity" in the metadata entry.
// Values outside the list (typos, old names) are kept and shown, so nothing is dropped silently.
import { useId } from 'react';
import { usePendingValue } from '../fields/use-pending-value';
import { useTabSession } from '../../session/session-context';
import { CONNECTOR_CATEGORIES, formatCategories, MAX_CATEGORIES, parseCategories } from './connector-categories';

interface Props {
  value: string;
}

export function CategoriesField({ value }: Props) {
  const session = useTabSession();
  const hintId = useId();
  // A ticked box stays ticked while the change makes its way into the text and back.
  const [shown, setShown] = usePendingValue(value);
  const chosen = parseCategories(shown);
  const unknown = chosen.filter((c) => !CONNECTOR_CATEGORIES.includes(c));
  const toggle = (category: string, on: boolean) => {
    const next = on ? [...chosen, category] : chosen.filter((c) => c !== category);
    setShown(formatCategories(next));
    session.edit('definition', 'metadata:Categories', {
      kind: 'metadata',
      name: 'Categories',
      value: next.length ? formatCategories(next) : undefined,
    });
    session.endEditGroup();
  };
  return (
    <fieldset className="categories" aria-describedby={hintId}>
      <legend>Categories</legend>
      <p id={hintId} className="field-hint">
        At most {MAX_CATEGORIES}, from the certification list.
        {chosen.length > MAX_CATEGORIES ? (
          <strong className="warn">
            {' '}
            {chosen.length} are chosen: certification accepts {MAX_CATEGORIES}.
          </strong>
        ) : null}
        {unknown.length ? <strong className="warn"> Not in the list: {unknown.join(', ')}.</strong> : null}
      </p>
      <div className="category-grid">
        {CONNECTOR_CATEGORIES.map((c) => (
          <label key={c} className="check">
            <input type="checkbox" checked={chosen.includes(c)} onChange={(e) => toggle(c, e.target.checked)} /> {c}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
