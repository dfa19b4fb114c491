// A webhook trigger tested for real: "Start listening" starts a receiver on 127.0.0.1 and registers
// its address through the trigger operation (the registration shown as any run is); notifications
// the API then sends are listed as they arrive, newest first, and announced to screen readers.
// "Stop listening" closes the receiver and deletes the subscription where the definition allows.
import { useEffect, useId, useSyncExternalStore } from 'react';
import { HeadersTable, TestResultView } from './run-result';
import type { TriggerStore, WebhookNotification } from './trigger-store';

interface Props {
  store: TriggerStore;
  operationKey: string;
  onReveal(line: number, column: number): void;
}

const PHASE_STATUS = {
  starting: 'Starting the receiver and sending the registration request…',
  stopping: 'Stopping the receiver and deleting the subscription…',
};

function time(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleTimeString();
}

function NotificationItem({ n }: { n: WebhookNotification }) {
  const headers = Object.keys(n.headers).length;
  return (
    <li className="notification">
      <p className="notification-line">
        <strong>Notification {n.seq}</strong> at <time dateTime={n.receivedAt}>{time(n.receivedAt)}</time>{' '}
        <span className={`method method-${n.method.toLowerCase()}`}>{n.method}</span>
        {n.truncated ? <span className="badge badge-warn">Body cut at the receiver&apos;s size limit</span> : null}
      </p>
      {headers ? (
        <details className="notification-headers">
          <summary>Headers ({headers})</summary>
          <HeadersTable headers={n.headers} caption={`Headers of notification ${n.seq}`} />
        </details>
      ) : null}
      {n.body ? (
        <pre className="code-block notification-body" role="region" aria-label={`Body of notification ${n.seq}`} tabIndex={0}>
          {n.body}
        </pre>
      ) : (
        <p className="section-hint">No body.</p>
      )}
    </li>
  );
}

export function TriggerWebhookPanel({ store, operationKey, onReveal }: Props) {
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const headingId = useId();
  const listHeadingId = useId();
  const w = state.webhooks[operationKey];
  const phase = w?.phase ?? 'stopped';
  const count = w ? w.notifications.length + w.dropped : 0;
  const latest = w?.notifications[w.notifications.length - 1];

  // Notifications are fetched while this panel is shown; the receiver itself keeps running.
  useEffect(() => store.watchNotifications(operationKey), [store, operationKey]);

  const status =
    phase === 'starting' || phase === 'stopping'
      ? PHASE_STATUS[phase]
      : phase === 'listening'
        ? 'Listening.'
        : w?.receiverId
          ? 'Not listening.'
          : '';
  return (
    <section className="trigger-panel" aria-labelledby={headingId}>
      <h4 id={headingId}>Webhook trigger</h4>
      <p className="section-hint">
        Start listening starts a receiver on 127.0.0.1 and sends the registration request with its address in the body property marked
        x-ms-notification-url (whatever is typed there). What the API then sends to that address is listed here as it arrives.
      </p>
      <div className="button-row">
        <button type="button" disabled={phase !== 'stopped'} onClick={() => void store.startListening(operationKey)}>
          Start listening
        </button>
        <button type="button" className="secondary" disabled={phase !== 'listening'} onClick={() => void store.stopListening(operationKey)}>
          Stop listening
        </button>
        <p role="status" className="section-hint">
          {status}
        </p>
      </div>
      {w?.error ? (
        <p className="error" role="alert">
          {w.error}
        </p>
      ) : null}
      {w?.callbackUrl ? (
        <p className="callback-line">
          Callback address{phase === 'listening' ? '' : ' (no longer listening)'}: <code>{w.callbackUrl}</code>
        </p>
      ) : null}
      {w?.stopNotes?.length ? (
        <ul className="notes" aria-label="What stopping did">
          {w.stopNotes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      ) : null}

      {w?.receiverId ? (
        <section aria-labelledby={listHeadingId}>
          <h4 id={listHeadingId}>Notifications ({count})</h4>
          <p role="status" aria-live="polite" className="section-hint">
            {count === 0
              ? phase === 'listening'
                ? 'No notification yet; they appear here as the API sends them.'
                : 'No notification arrived.'
              : `${count} notification${count === 1 ? '' : 's'} received; the latest, notification ${latest!.seq}, at ${time(latest!.receivedAt)}.`}
          </p>
          {w.dropped ? <p className="section-hint">The {w.dropped} oldest are no longer shown.</p> : null}
          {w.notifications.length ? (
            <ol className="notification-list" aria-labelledby={listHeadingId}>
              {[...w.notifications].reverse().map((n) => (
                <NotificationItem key={n.seq} n={n} />
              ))}
            </ol>
          ) : null}
        </section>
      ) : null}

      {w?.registration ? (
        <>
          <h4>Registration</h4>
          <TestResultView result={w.registration} onReveal={onReveal} />
        </>
      ) : null}
    </section>
  );
}
