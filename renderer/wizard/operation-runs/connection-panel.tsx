// The connection a test uses: pick a saved one, or create, edit, rename or delete one. A field per
// connection parameter, labelled as the portal labels it; secret fields are password inputs whose
// values go to the secret store only and are never shown back ("stored" says one is there). Where
// the OS keychain cannot be reached, the person may choose to keep secrets for this session only.
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { ConnectionField } from './run-model';
import type { SavedConnection, TestState, TestStore } from './run-store';

interface Props {
  store: TestStore;
  state: TestState;
  fields: ConnectionField[];
  oauth: { grant: 'authorization_code' | 'client_credentials' } | undefined;
  texts(): { definitionText: string; propertiesText?: string };
}

type Editing = { mode: 'new' } | { mode: 'edit'; connection: SavedConnection };

export function ConnectionPanel({ store, state, fields, oauth, texts }: Props) {
  const pickId = useId();
  const [editing, setEditing] = useState<Editing>();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const selected = state.connections?.find((c) => c.id === state.connectionId);
  const status = state.secretStatus;

  useEffect(() => {
    if (oauth && state.connectionId !== undefined) void store.loadOAuthSession(state.connectionId);
  }, [store, oauth, state.connectionId]);

  return (
    <section className="form-section test-connection" aria-labelledby={`${pickId}-heading`}>
      <h3 id={`${pickId}-heading`}>Connection</h3>
      {status?.state === 'unavailable' ? (
        <div className="banner banner-warning" role="alert">
          <p>{status.message}</p>
          <p>
            Secrets (API keys, passwords, tokens) cannot be saved until the keychain works. You can keep them in memory until Connector
            Studio quits.{' '}
            <button type="button" className="secondary" onClick={() => void store.keepSecretsForSession()}>
              Keep secrets for this session only
            </button>
          </p>
        </div>
      ) : null}
      {status?.state === 'session-only' ? (
        <p className="banner banner-warning" role="status">
          <strong>Session only:</strong> {status.message}
        </p>
      ) : null}
      {state.connectionError ? (
        <p className="error" role="alert">
          {state.connectionError}
        </p>
      ) : null}
      <div className="connection-row">
        <label htmlFor={pickId}>Saved connection</label>
        <select
          id={pickId}
          className="input"
          value={state.connectionId ?? ''}
          onChange={(e) => {
            setConfirmDelete(false);
            setEditing(undefined);
            store.selectConnection(e.target.value || undefined);
          }}
        >
          <option value="">No connection (only the connector's defaults)</option>
          {state.connections?.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <button type="button" className="secondary" onClick={() => setEditing({ mode: 'new' })}>
          New connection
        </button>
        <button
          type="button"
          className="secondary"
          disabled={!selected}
          onClick={() => selected && setEditing({ mode: 'edit', connection: selected })}
        >
          Edit connection
        </button>
        <button type="button" className="secondary" disabled={!selected} onClick={() => setConfirmDelete(true)}>
          Delete connection
        </button>
      </div>
      {confirmDelete && selected ? (
        <p className="confirm" role="group" aria-label="Confirm deletion">
          Delete the connection “{selected.name}” and its stored secrets?{' '}
          <button
            type="button"
            onClick={() => {
              setConfirmDelete(false);
              void store.deleteConnection(selected.id);
            }}
          >
            Delete {selected.name}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setConfirmDelete(false)}>
            Keep it
          </button>
        </p>
      ) : null}
      {state.connections && state.connections.length === 0 && !editing ? (
        <p className="section-hint">No saved connection yet for this connector. Create one with New connection.</p>
      ) : null}
      {selected && !editing ? <ConnectionSummary connection={selected} fields={fields} /> : null}
      {editing ? (
        <ConnectionEditor
          key={editing.mode === 'edit' ? editing.connection.id : 'new'}
          editing={editing}
          fields={fields}
          onCancel={() => setEditing(undefined)}
          onSave={async (request) => {
            if (await store.saveConnection(request)) setEditing(undefined);
          }}
        />
      ) : null}
      {oauth && selected && !editing ? (
        <SignInRow store={store} state={state} connection={selected} grant={oauth.grant} texts={texts} />
      ) : null}
    </section>
  );
}

function ConnectionSummary({ connection, fields }: { connection: SavedConnection; fields: ConnectionField[] }) {
  if (!fields.length) return <p className="section-hint">The connector asks for no connection values.</p>;
  return (
    <dl className="connection-summary">
      {fields.map((f) => (
        <div key={f.name}>
          <dt>{f.label}</dt>
          <dd>{f.secret ? (connection.secretNames.includes(f.name) ? 'stored' : 'not set') : connection.values[f.name] || 'not set'}</dd>
        </div>
      ))}
    </dl>
  );
}

interface EditorProps {
  editing: Editing;
  fields: ConnectionField[];
  onCancel(): void;
  onSave(request: { id?: string; name: string; values: Record<string, string>; secrets: Record<string, string | null> }): Promise<void>;
}

function ConnectionEditor({ editing, fields, onCancel, onSave }: EditorProps) {
  const base = useId();
  const existing = editing.mode === 'edit' ? editing.connection : undefined;
  const [name, setName] = useState(existing?.name ?? '');
  const [values, setValues] = useState<Record<string, string>>(existing?.values ?? {});
  // Typed secrets only; what is stored is never read back.
  const [secrets, setSecrets] = useState<Record<string, string>>({});
  const [forget, setForget] = useState<Record<string, boolean>>({});
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const secretPatch: Record<string, string | null> = {};
    for (const f of fields.filter((f) => f.secret)) {
      if (secrets[f.name]) secretPatch[f.name] = secrets[f.name]!;
      else if (forget[f.name]) secretPatch[f.name] = null;
    }
    const plain = Object.fromEntries(Object.entries(values).filter(([k, v]) => v !== '' && fields.some((f) => f.name === k && !f.secret)));
    await onSave({ ...(existing ? { id: existing.id } : {}), name: name.trim(), values: plain, secrets: secretPatch });
    setBusy(false);
  };

  return (
    <form
      className="connection-editor"
      onSubmit={(e) => void submit(e)}
      aria-label={existing ? `Edit connection ${existing.name}` : 'New connection'}
    >
      <div className="field">
        <label htmlFor={`${base}-name`}>Connection name</label>
        <input
          id={`${base}-name`}
          className="input"
          value={name}
          required
          maxLength={200}
          autoComplete="off"
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      {fields.map((f) => {
        const id = `${base}-${f.name}`;
        const stored = existing?.secretNames.includes(f.name) ?? false;
        const hint = [
          sentence(f.description),
          f.oauth ? 'Optional: an access token obtained elsewhere, used when this connection is not signed in.' : undefined,
          `Connection parameter: ${f.name}.`,
        ]
          .filter(Boolean)
          .join(' ');
        return (
          <div className="field" key={f.name}>
            <label htmlFor={id}>
              {f.label}
              {f.required ? ' (required)' : ''}
              {f.secret && stored ? ' — stored' : ''}
            </label>
            {f.secret ? (
              <input
                id={id}
                type="password"
                className="input"
                // Not "new-password": Chromium then offers to save the key as this site's login (the
                // browser host) in its own password store. Its password manager leaves
                // one-time-code fields out.
                autoComplete="one-time-code"
                placeholder={stored ? 'stored (type to replace)' : ''}
                value={secrets[f.name] ?? ''}
                aria-describedby={`${id}-hint`}
                onChange={(e) => setSecrets({ ...secrets, [f.name]: e.target.value })}
              />
            ) : f.type === 'bool' ? (
              <select
                id={id}
                className="input"
                value={values[f.name] ?? ''}
                aria-describedby={`${id}-hint`}
                onChange={(e) => setValues({ ...values, [f.name]: e.target.value })}
              >
                <option value="">(default)</option>
                <option value="true">true</option>
                <option value="false">false</option>
              </select>
            ) : (
              <input
                id={id}
                className="input"
                autoComplete="off"
                value={values[f.name] ?? ''}
                aria-describedby={`${id}-hint`}
                onChange={(e) => setValues({ ...values, [f.name]: e.target.value })}
              />
            )}
            <p id={`${id}-hint`} className="field-hint">
              {hint}
            </p>
            {f.secret && stored ? (
              <label className="check">
                <input
                  type="checkbox"
                  checked={forget[f.name] ?? false}
                  onChange={(e) => setForget({ ...forget, [f.name]: e.target.checked })}
                />
                Forget the stored {f.label.toLowerCase()}
              </label>
            ) : null}
          </div>
        );
      })}
      <div className="button-row">
        <button type="submit" disabled={busy}>
          {existing ? 'Save connection' : 'Create connection'}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

interface SignInProps {
  store: TestStore;
  state: TestState;
  connection: SavedConnection;
  grant: 'authorization_code' | 'client_credentials';
  texts(): { definitionText: string; propertiesText?: string };
}

const SIGN_IN_STATES: Record<string, string> = {
  starting: 'Starting the sign-in…',
  pending: 'Waiting for the sign-in to finish in the browser…',
  'signed-in': 'Signed in.',
  failed: 'The sign-in failed.',
  expired: 'The sign-in took too long and expired.',
  cancelled: 'The sign-in was cancelled.',
};

function SignInRow({ store, state, connection, grant, texts }: SignInProps) {
  const flow = state.signIn?.connectionId === connection.id ? state.signIn : undefined;
  const session = state.oauthSession;
  const waiting = flow?.state === 'starting' || flow?.state === 'pending';
  return (
    <div className="sign-in">
      <p className="section-hint">
        {session?.signedIn
          ? `Signed in${session.expiresAt ? `; the access token expires at ${new Date(session.expiresAt).toLocaleString()}` : ''}${session.refreshable ? ' (refreshed when needed)' : ''}.`
          : 'OAuth 2.0: sign in to get an access token for this connection.'}
      </p>
      <div className="button-row">
        <button type="button" disabled={waiting} onClick={() => void store.signIn(connection.id, texts(), grant)}>
          Sign in
        </button>
        {waiting ? (
          <button type="button" className="secondary" onClick={() => void store.cancelSignIn()}>
            Cancel sign-in
          </button>
        ) : null}
        {session?.signedIn ? (
          <button type="button" className="secondary" onClick={() => void store.signOut(connection.id)}>
            Sign out
          </button>
        ) : null}
      </div>
      {flow ? (
        <p role="status" className={flow.state === 'failed' || flow.state === 'expired' ? 'error' : undefined}>
          {/* The host's message may be the state's own sentence ("Signed in."): said once. */}
          {flow.state === 'failed' && flow.message
            ? flow.message
            : `${SIGN_IN_STATES[flow.state]}${flow.message && flow.message !== SIGN_IN_STATES[flow.state] ? ` ${flow.message}` : ''}`}
          {flow.authorizeUrl && flow.state === 'pending' ? (
            <>
              {' '}
              <a href={flow.authorizeUrl} target="_blank" rel="noreferrer noopener">
                Open the sign-in page
              </a>
            </>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}

/** A description as a sentence of its own: ended with a full stop when it has no ending. */
function sentence(text: string | undefined): string | undefined {
  const t = text?.trim();
  if (!t) return undefined;
  return /[.!?]$/.test(t) ? t : `${t}.`;
}
