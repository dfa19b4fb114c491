// The recent connectors on the start screen: open one, or remove it from the list. A folder that
// vanished is marked and cannot be opened.
import type { RecentConnector } from '../../shared/contracts/ipc';

interface Props {
  entries: RecentConnector[] | undefined;
  busy: boolean;
  onOpen(dir: string): void;
  onForget(dir: string): void;
}

export function displayName(entry: RecentConnector): string {
  return entry.title ?? entry.dir.split(/[\\/]/).filter(Boolean).pop() ?? entry.dir;
}

export function RecentList({ entries, busy, onOpen, onForget }: Props) {
  if (!entries) return null;
  return (
    <section className="recent" aria-labelledby="recent-heading">
      <h2 id="recent-heading">Recent connectors</h2>
      {entries.length === 0 ? (
        <p className="status">Connectors you open, create or import are listed here.</p>
      ) : (
        <ul className="recent-list">
          {entries.map((entry) => {
            const name = displayName(entry);
            return (
              <li key={entry.dir} className={entry.missing ? 'recent-missing' : undefined}>
                <div className="recent-text">
                  {entry.missing ? (
                    <span className="recent-name">{name}</span>
                  ) : (
                    <button type="button" className="link-like" onClick={() => onOpen(entry.dir)} disabled={busy}>
                      {name}
                    </button>
                  )}
                  <span className="recent-dir">{entry.dir}</span>
                  {entry.missing ? <span className="recent-note">Missing: {entry.missing}</span> : null}
                </div>
                <button
                  type="button"
                  className="quiet small"
                  onClick={() => onForget(entry.dir)}
                  aria-label={`Remove ${name} from the recent list`}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
