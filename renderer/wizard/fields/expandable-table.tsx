// A table whose rows open a form below it (parameters, responses, schema properties): the first
// cell of each row is a button that opens or closes that row's form (aria-expanded), the open row is
// marked, and the table scrolls sideways on its own when the pane is narrow.
import type { ReactNode } from 'react';

export interface ExpandableColumn<T> {
  header: string;
  cell(item: T): ReactNode;
}

interface Props<T> {
  items: readonly T[];
  keyOf(item: T): string;
  /** The key of the open row, if any. */
  open: string | undefined;
  onToggle(key: string | undefined): void;
  /** The row header column: its button's text, and what follows the button (badges). */
  head: { header: string; label(item: T): ReactNode; after?(item: T): ReactNode; indent?(item: T): number };
  columns: readonly ExpandableColumn<T>[];
  /** A caption naming the table (its id for aria-labelledby), when the section has no heading. */
  caption?: { id: string; text: string };
}

export function ExpandableTable<T>({ items, keyOf, open, onToggle, head, columns, caption }: Props<T>) {
  return (
    <div className="table-scroll">
      <table className="data-table" aria-labelledby={caption?.id}>
        {caption ? <caption id={caption.id}>{caption.text}</caption> : null}
        <thead>
          <tr>
            <th scope="col">{head.header}</th>
            {columns.map((c) => (
              <th key={c.header} scope="col">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const key = keyOf(item);
            const indent = head.indent?.(item);
            return (
              <tr key={key} className={key === open ? 'row-open' : undefined}>
                <th scope="row" style={indent === undefined ? undefined : { paddingLeft: `${0.5 + indent}rem` }}>
                  <button
                    type="button"
                    className="link-button"
                    aria-expanded={key === open}
                    onClick={() => onToggle(key === open ? undefined : key)}
                  >
                    {head.label(item)}
                  </button>
                  {head.after?.(item)}
                </th>
                {columns.map((c) => (
                  <td key={c.header}>{c.cell(item)}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
