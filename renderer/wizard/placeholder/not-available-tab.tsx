// A tab that is not built yet: what it will hold, said plainly, and nothing that looks like it works.
import type { ReactNode } from 'react';

interface Props {
  title: string;
  /** What the tab will let people do. */
  will: readonly string[];
  /** What the studio can already tell about this part of the connector. */
  children?: ReactNode;
}

export function NotAvailableTab({ title, will, children }: Props) {
  return (
    <div className="tab-body">
      <h2>{title}</h2>
      <p className="not-yet-banner">
        <strong>Not available yet.</strong> This tab is still being built; until then, edit these parts in the text editor.
      </p>
      {children}
      <h3>What it will hold</h3>
      <ul className="will-list">
        {will.map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
    </div>
  );
}
