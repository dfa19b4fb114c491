// The OAuth client secret: typed here, handed to main, kept in the system keychain under the
// connector's folder (or, when the person chose it without a keychain, in memory for this session
// only: the words say which). It is never written into a connector file, and no channel ever sends
// it back: the field shows only whether one is stored.
import { useEffect, useId, useState } from 'react';
import { getStudioApi } from '../../api/studio-api';
import { errorMessage } from '../../../shared/core/error-message';

const NAME = 'clientSecret';

type Status = { kind: 'checking' } | { kind: 'known'; stored: boolean } | { kind: 'failed'; message: string };
type Where = 'keychain' | 'session-only' | 'unavailable';

function messageOf(err: unknown): string {
  return errorMessage(err);
}

export function ClientSecretField({ dir, disabled }: { dir: string; disabled?: boolean }) {
  const id = useId();
  const statusId = useId();
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'checking' });
  const [where, setWhere] = useState<Where>('keychain');

  useEffect(() => {
    let live = true;
    getStudioApi()
      .secretStoreStatus({})
      .then(
        (r) => live && setWhere(r.state),
        () => undefined,
      );
    getStudioApi()
      .connectorSecretNames({ dir })
      .then(
        (r) => live && setStatus({ kind: 'known', stored: r.names.includes(NAME) }),
        (err: unknown) => live && setStatus({ kind: 'failed', message: messageOf(err) }),
      );
    return () => {
      live = false;
    };
  }, [dir]);

  const store = async (secret: string | null) => {
    setBusy(true);
    try {
      const r = await getStudioApi().setConnectorSecret({ dir, name: NAME, value: secret });
      setWhere((await getStudioApi().secretStoreStatus({})).state);
      setStatus({ kind: 'known', stored: r.names.includes(NAME) });
      setValue('');
    } catch (err) {
      setStatus({ kind: 'failed', message: messageOf(err) });
    } finally {
      setBusy(false);
    }
  };

  const stored = status.kind === 'known' && status.stored;
  const session = where === 'session-only';
  const text =
    status.kind === 'checking'
      ? 'Checking the system keychain…'
      : status.kind === 'failed'
        ? status.message
        : session
          ? status.stored
            ? 'A client secret is kept for this session only, in memory (there is no keychain): it is lost when Connector Studio quits, and never written to the connector files.'
            : 'No client secret kept. Without a keychain it is kept for this session only, in memory, never in the connector files.'
          : status.stored
            ? 'A client secret is stored in the system keychain, never in the connector files.'
            : 'No client secret stored. It is kept in the system keychain, never in the connector files.';
  return (
    <div className="field">
      <label htmlFor={id}>Client secret</label>
      <div className="field-control">
        <input
          id={id}
          type="password"
          className="input code-input"
          // Not "new-password": Chromium would offer to keep it as a site login in its own password store.
          autoComplete="one-time-code"
          spellCheck={false}
          value={value}
          disabled={disabled || busy}
          placeholder={stored ? 'Stored: type a new one to replace it' : ''}
          aria-describedby={statusId}
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && value) void store(value);
          }}
        />
        <button type="button" className="secondary" disabled={disabled || busy || !value} onClick={() => void store(value)}>
          {session ? 'Keep for this session' : 'Store in keychain'}
        </button>
        {stored ? (
          <button type="button" className="secondary" disabled={disabled || busy} onClick={() => void store(null)}>
            Remove stored secret
          </button>
        ) : null}
      </div>
      <p id={statusId} className={status.kind === 'failed' ? 'field-hint warn' : 'field-hint'} role="status">
        {text}
      </p>
    </div>
  );
}
