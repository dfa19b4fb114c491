// Import from sample, for a request (verb, URL, headers, body: the parameters and body schema) and
// for a response (status, headers, body: its schema). The sample is read here first, so a mistake is
// shown in the dialog (with the importer's own sentence) before anything changes; the change itself
// is one edit and one undo step.
import { useId, useState } from 'react';
import { planRequestImport, planResponseImport } from '../../../shared/editing/definition-edits';
import { HTTP_METHODS } from '../../../shared/core/model';
import { formatPointer } from '../../../shared/core/text';
import { ModalDialog } from '../../ui/modal-dialog';
import { useTabSession } from '../../session/session-context';
import type { OperationRow } from '../../../shared/editing/form-state';
import { applyChange } from './definition-change';
import { errorMessage } from '../../../shared/core/error-message';

function messageOf(err: unknown): string {
  return errorMessage(err);
}

function Area({
  label,
  value,
  onChange,
  hint,
  rows = 6,
}: {
  label: string;
  value: string;
  onChange(v: string): void;
  hint: string;
  rows?: number;
}) {
  const id = useId();
  const hintId = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        className="input code-input"
        rows={rows}
        value={value}
        spellCheck={false}
        aria-describedby={hintId}
        onChange={(e) => onChange(e.target.value)}
      />
      <p id={hintId} className="field-hint">
        {hint}
      </p>
    </div>
  );
}

interface RequestProps {
  operation: OperationRow;
  basePath: string;
  host: string;
  /** With the operation's new pointer when the sample moved it. */
  onClose(moved?: string): void;
}

export function RequestSampleDialog({ operation: op, basePath, host, onClose }: RequestProps) {
  const session = useTabSession();
  const verbId = useId();
  const urlId = useId();
  const [verb, setVerb] = useState(op.method.toUpperCase());
  const [url, setUrl] = useState(`https://${host || 'api.contoso.com'}${basePath === '/' ? '' : basePath}${op.path}`);
  const [headers, setHeaders] = useState('');
  const [body, setBody] = useState('');
  const [error, setError] = useState<string>();
  const submit = () => {
    const sample = { verb, url, headers, body };
    try {
      // Read here first: the importer's sentence shows in the dialog, and nothing changes.
      const plan = planRequestImport({ basePath }, op.pointer, sample);
      applyChange(session, { kind: 'import-request', pointer: op.pointer, sample });
      onClose(plan.path !== op.path || plan.method !== op.method ? formatPointer(['paths', plan.path, plan.method]) : undefined);
    } catch (err) {
      setError(messageOf(err));
    }
  };
  return (
    <ModalDialog title="Import from sample: request" onClose={() => onClose()} className="sample-dialog">
      <p className="section-hint">The sample's parameters replace this operation's own; its body becomes the body schema.</p>
      <div className="request-line">
        <div className="field">
          <label htmlFor={verbId}>Verb</label>
          <select id={verbId} className="input" value={verb} onChange={(e) => setVerb(e.target.value)}>
            {HTTP_METHODS.map((m) => (
              <option key={m} value={m.toUpperCase()}>
                {m.toUpperCase()}
              </option>
            ))}
          </select>
        </div>
        <div className="field request-path">
          <label htmlFor={urlId}>URL</label>
          <input
            id={urlId}
            className="input code-input"
            value={url}
            spellCheck={false}
            autoComplete="off"
            onChange={(e) => setUrl(e.target.value)}
          />
        </div>
      </div>
      <Area
        label="Headers"
        value={headers}
        onChange={setHeaders}
        rows={3}
        hint="One Name: value per line. Content-Type and credentials are left to the platform and to Security."
      />
      <Area label="Body" value={body} onChange={setBody} hint="A JSON sample of the request body." />
      <SampleFooter error={error} onImport={submit} onCancel={() => onClose()} />
    </ModalDialog>
  );
}

interface ResponseProps {
  operation: OperationRow;
  /** With the status imported, when one was. */
  onClose(imported?: string): void;
}

export function ResponseSampleDialog({ operation: op, onClose }: ResponseProps) {
  const session = useTabSession();
  const statusId = useId();
  const [status, setStatus] = useState('200');
  const [headers, setHeaders] = useState('');
  const [body, setBody] = useState('');
  const [error, setError] = useState<string>();
  const submit = () => {
    const code = Number(status.trim());
    if (!/^[1-5]\d\d$/.test(status.trim())) return setError('A status is a code from 100 to 599.');
    const sample = { status: code, headers, body };
    try {
      planResponseImport(sample);
      applyChange(session, { kind: 'import-response', pointer: op.pointer, sample });
      onClose(String(code));
    } catch (err) {
      setError(messageOf(err));
    }
  };
  return (
    <ModalDialog title="Import from sample: response" onClose={() => onClose()} className="sample-dialog">
      <p className="section-hint">The body sample becomes the response's schema; headers become its headers.</p>
      <div className="field">
        <label htmlFor={statusId}>Status</label>
        <input id={statusId} className="input code-input" value={status} autoComplete="off" onChange={(e) => setStatus(e.target.value)} />
      </div>
      <Area label="Headers" value={headers} onChange={setHeaders} rows={3} hint="One Name: value per line." />
      <Area label="Body" value={body} onChange={setBody} hint="A JSON sample of the response body." />
      <SampleFooter error={error} onImport={submit} onCancel={() => onClose()} />
    </ModalDialog>
  );
}

/** The refusal, if any, and Import / Cancel: the same at the foot of both sample dialogs. */
function SampleFooter({ error, onImport, onCancel }: { error: string | undefined; onImport(): void; onCancel(): void }) {
  return (
    <>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="button-row">
        <button type="button" onClick={onImport}>
          Import
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}
