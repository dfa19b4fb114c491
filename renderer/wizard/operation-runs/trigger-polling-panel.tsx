// A polling trigger tested as the platform runs it: "Poll now" sends the polling request once, and
// "Poll every N seconds" keeps sending it (waiting longer when the API's Retry-After asks to). Each
// poll says its status, whether the trigger would fire and with how many items, and the state the
// next poll carries (a Location to follow, or query values computed from the items).
import { useId, useSyncExternalStore } from 'react';
import { TestResultView } from './run-result';
import { MAX_POLL_INTERVAL_SECONDS, MIN_POLL_INTERVAL_SECONDS, pollInterval, type PollEntry, type TriggerStore } from './trigger-store';

interface Props {
  store: TriggerStore;
  operationKey: string;
  onReveal(line: number, column: number): void;
}

function time(iso: string): string {
  return new Date(iso).toLocaleTimeString();
}

function Verdict({ entry }: { entry: PollEntry }) {
  const { reply } = entry;
  const status = reply.result.response ? `${reply.result.response.status} ${reply.result.response.statusText}`.trim() : 'no response';
  return (
    <>
      <span className="poll-status">{status}</span>:{' '}
      <strong className={reply.wouldFire ? 'poll-fires' : 'poll-quiet'}>{reply.wouldFire ? 'Would fire' : 'Would not fire'}</strong>,{' '}
      {reply.itemCount} item
      {reply.itemCount === 1 ? '' : 's'}
      {reply.retryAfterSeconds !== undefined ? `; the API asked to wait ${reply.retryAfterSeconds} s` : ''}
    </>
  );
}

export function TriggerPollingPanel({ store, operationKey, onReveal }: Props) {
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const headingId = useId();
  const intervalId = useId();
  const intervalHintId = useId();
  const pollsHeadingId = useId();
  const p = state.polling[operationKey];
  const intervalText = p?.intervalSeconds ?? '10';
  const interval = pollInterval(intervalText);
  const running = p?.running === true;
  const repeat = p?.repeat;
  const shown = p?.polls.find((e) => e.n === p.shown) ?? p?.polls[0];

  const status = repeat
    ? `Polling every ${repeat.intervalSeconds} s${
        repeat.nextAt !== undefined && !running
          ? `; the next poll at ${time(repeat.nextAt)}${repeat.waitSeconds !== undefined && repeat.waitSeconds > repeat.intervalSeconds ? ` (the API asked to wait ${repeat.waitSeconds} s)` : ''}`
          : ''
      }.`
    : '';
  return (
    <section className="trigger-panel" aria-labelledby={headingId}>
      <h4 id={headingId}>Polling trigger</h4>
      <p className="section-hint">
        Sends the polling request as the platform does and says whether the trigger would fire. The state a poll leaves (a Location to
        follow, or query values computed from its items) is carried into the next one.
      </p>
      <div className="button-row">
        <button type="button" disabled={running} onClick={() => void store.pollNow(operationKey)}>
          Poll now
        </button>
        <div className="field inline-field">
          <label htmlFor={intervalId}>Interval (seconds)</label>
          <input
            id={intervalId}
            className="input timeout-input"
            type="number"
            min={MIN_POLL_INTERVAL_SECONDS}
            max={MAX_POLL_INTERVAL_SECONDS}
            step={1}
            value={intervalText}
            disabled={repeat !== undefined}
            aria-describedby={intervalHintId}
            onChange={(e) => store.setPollInterval(operationKey, e.target.value)}
          />
        </div>
        {repeat ? (
          <button type="button" className="secondary" onClick={() => store.stopRepeating(operationKey)}>
            Stop polling
          </button>
        ) : (
          <button
            type="button"
            className="secondary"
            disabled={interval === undefined || running}
            onClick={() => store.startRepeating(operationKey)}
          >
            Poll every {interval ?? '…'} seconds
          </button>
        )}
      </div>
      <p id={intervalHintId} className="field-hint">
        {interval === undefined
          ? `Give a whole number of seconds from ${MIN_POLL_INTERVAL_SECONDS} to ${MAX_POLL_INTERVAL_SECONDS}.`
          : 'When the API answers with a longer Retry-After, the next poll waits that long instead.'}
      </p>
      <p role="status" className="section-hint">
        {running ? 'Polling…' : status}
      </p>
      {p?.error ? (
        <p className="error" role="alert">
          {p.error}
        </p>
      ) : null}

      <div className="heading-row">
        <p className="poll-state">
          {p?.state !== undefined ? (
            <>
              The next poll carries the state <code>{p.state}</code>
            </>
          ) : (
            'The next poll carries no state: it is sent as the first one.'
          )}
        </p>
        <button type="button" className="secondary" disabled={p?.state === undefined} onClick={() => store.resetPollState(operationKey)}>
          Forget the state
        </button>
      </div>

      {p?.polls.length ? (
        <section aria-labelledby={pollsHeadingId}>
          <h4 id={pollsHeadingId}>Polls ({p.total})</h4>
          <ol className="poll-list" aria-labelledby={pollsHeadingId}>
            {p.polls.map((e) => (
              <li key={e.n}>
                <button type="button" className="link-button" aria-pressed={shown === e} onClick={() => store.showPoll(operationKey, e.n)}>
                  Poll {e.n} at {time(e.at)}
                </button>{' '}
                <Verdict entry={e} />
              </li>
            ))}
          </ol>
          {p.total > p.polls.length ? (
            <p className="section-hint">The {p.total - p.polls.length} oldest polls are no longer listed.</p>
          ) : null}
        </section>
      ) : null}

      {shown ? (
        <section className="poll-shown" aria-label={`Poll ${shown.n}`}>
          <h4>
            Poll {shown.n}: <Verdict entry={shown} />
          </h4>
          <p className="section-hint">
            {shown.reply.nextState !== undefined ? (
              <>
                Next state: <code>{shown.reply.nextState}</code>
              </>
            ) : (
              'This poll left no state.'
            )}
            {shown.sentState ? ' It was sent with the state of the poll before it.' : ''}
          </p>
          {shown.reply.notes.length ? (
            <ul className="notes" aria-label={`What poll ${shown.n} means`}>
              {shown.reply.notes.map((n, i) => (
                <li key={i}>{n}</li>
              ))}
            </ul>
          ) : null}
          <TestResultView result={shown.reply.result} onReveal={onReveal} />
        </section>
      ) : null}
    </section>
  );
}
