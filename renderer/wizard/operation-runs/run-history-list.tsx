// Past runs of one operation (kept by main, secrets masked), newest first: each can be shown again.
import type { HistoryEntry, TestStore } from './run-store';

interface Props {
  store: TestStore;
  operationKey: string;
  entries: HistoryEntry[] | undefined;
  error: string | undefined;
  viewing: HistoryEntry | undefined;
}

export function TestHistoryList({ store, operationKey, entries, error, viewing }: Props) {
  return (
    <section className="test-history" aria-labelledby="test-history-heading">
      <div className="heading-row">
        <h4 id="test-history-heading">History</h4>
        <button type="button" className="secondary" disabled={!entries?.length} onClick={() => void store.clearHistory(operationKey)}>
          Clear history
        </button>
      </div>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      {entries && entries.length === 0 ? <p className="section-hint">No past runs of this operation.</p> : null}
      {entries?.length ? (
        <ol className="history-list">
          {entries.map((e, i) => {
            const r = e.result;
            const shown = viewing === e;
            return (
              <li key={`${e.at}-${i}`}>
                <button
                  type="button"
                  className="link-button"
                  aria-pressed={shown}
                  onClick={() => store.view(operationKey, shown ? undefined : e)}
                >
                  {new Date(e.at).toLocaleString()}
                </button>{' '}
                <span className={`outcome-${r.outcome}`}>{r.outcome === 'passed' ? 'passed' : 'failed'}</span>
                {r.response
                  ? `, ${r.response.status}, ${Math.round(r.response.timing.totalMs)} ms`
                  : r.problems[0]
                    ? `: ${r.problems[0]}`
                    : ''}
                {e.connectionName ? ` (connection ${e.connectionName})` : ''}
              </li>
            );
          })}
        </ol>
      ) : null}
    </section>
  );
}
