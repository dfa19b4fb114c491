// One test run as people read it: passed or failed and why, the request (with curl to copy, secrets
// masked in main), the response (status, timing, headers, body), the schema mismatches each with a
// link to the schema keyword in the editor, and the notes.
import { useId, useState } from 'react';
import type { TestResult } from './run-store';

interface Props {
  result: TestResult;
  /** Shows a line and column of the definition in the editor. */
  onReveal(line: number, column: number): void;
  /** Set when the result is a past run from the history. */
  at?: string;
}

function ms(n: number | undefined): string | undefined {
  return n === undefined ? undefined : n < 1000 ? `${Math.round(n)} ms` : `${(n / 1000).toFixed(2)} s`;
}

function size(n: number): string {
  return n >= 1048576 ? `${(n / 1048576).toFixed(1)} MB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} bytes`;
}

export function HeadersTable({ headers, caption }: { headers: Record<string, string>; caption: string }) {
  const rows = Object.entries(headers);
  if (!rows.length) return null;
  return (
    <div className="table-scroll">
      <table className="data-table headers-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Header</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([k, v]) => (
            <tr key={k}>
              <th scope="row">
                <code>{k}</code>
              </th>
              <td>
                <code>{v}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CopyButton({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState<string>();
  return (
    <>
      <button
        type="button"
        className="secondary"
        onClick={() =>
          navigator.clipboard.writeText(text).then(
            () => setCopied('Copied.'),
            () => setCopied('The clipboard cannot be written here; select the text and copy it.'),
          )
        }
      >
        {label}
      </button>
      <span role="status" className="section-hint">
        {copied ?? ''}
      </span>
    </>
  );
}

export function TestResultView({ result, onReveal, at }: Props) {
  const id = useId();
  const { request, response, check } = result;
  const timing = response?.timing;
  const phases = timing
    ? [
        ['DNS', ms(timing.dnsMs)],
        ['connect', ms(timing.connectMs)],
        ['TLS', ms(timing.tlsMs)],
        ['first byte', ms(timing.firstByteMs)],
      ].filter((p): p is [string, string] => p[1] !== undefined)
    : [];
  return (
    <section className="test-result" aria-label={at ? `Run of ${new Date(at).toLocaleString()}` : 'Test result'}>
      <p className={`outcome outcome-${result.outcome}`}>
        <strong>{result.outcome === 'passed' ? 'Passed' : 'Failed'}</strong>
        {response ? ` — ${response.status} ${response.statusText}` : ''}
        {timing ? ` in ${ms(timing.totalMs)}` : ''}
        {at ? ` (run of ${new Date(at).toLocaleString()})` : ''}
      </p>
      {result.problems.length ? (
        <ul className="problems" aria-label="Problems">
          {result.problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      ) : null}

      {check && (check.mismatches.length || check.omitted) ? (
        <>
          <h4>Schema mismatches</h4>
          <p className="section-hint">
            The body checked against the schema of response {check.responseKey}
            {check.schemaPointer ? (
              <>
                {' '}
                (<code>{check.schemaPointer}</code>)
              </>
            ) : null}
            {check.omitted ? `; ${check.omitted} more not listed` : ''}.
          </p>
          <ul className="mismatches" aria-label="Schema mismatches">
            {check.mismatches.map((m, i) => (
              <li key={i}>
                <code>{m.path}</code>: {m.message}
                {/* The checker's own messages already say what was expected and found: never twice. */}
                {m.expected !== undefined && !/\bexpected\b/i.test(m.message)
                  ? ` (expected ${m.expected}${m.actual !== undefined ? `, found ${m.actual}` : ''})`
                  : ''}{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onReveal(m.line, m.column)}
                  title="Show the schema keyword in the editor"
                >
                  {m.file}:{m.line}:{m.column}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : check?.checked ? (
        <p className="section-hint">The body matches the schema of response {check.responseKey}.</p>
      ) : null}

      {request ? (
        <>
          <h4>Request</h4>
          <p className="request-line">
            <span className={`method method-${request.method.toLowerCase()}`}>{request.method}</span> <code>{request.url}</code>
          </p>
          <HeadersTable headers={request.headers} caption="Request headers" />
          <div className="curl-row">
            <span className="curl-label" id={`${id}-curl`}>
              As curl (secrets shown as ****)
            </span>
            <CopyButton text={request.curl} label="Copy curl" />
          </div>
          <pre className="code-block" role="region" aria-labelledby={`${id}-curl`} tabIndex={0}>
            {request.curl}
          </pre>
        </>
      ) : null}

      {response ? (
        <>
          <h4>Response</h4>
          <dl className="response-facts">
            <div>
              <dt>Status</dt>
              <dd>
                {response.status} {response.statusText}
              </dd>
            </div>
            <div>
              <dt>Time</dt>
              <dd>
                {ms(response.timing.totalMs)}
                {phases.length ? ` (${phases.map(([k, v]) => `${k} ${v}`).join(', ')})` : ''}
              </dd>
            </div>
            <div>
              <dt>Size</dt>
              <dd>
                {size(response.bytes)}
                {response.truncated ? ' (cut at the size limit)' : ''}
              </dd>
            </div>
            {response.redirects.length ? (
              <div>
                <dt>Redirects</dt>
                <dd>{response.redirects.map((r) => `${r.status} to ${r.to}`).join('; ')}</dd>
              </div>
            ) : null}
          </dl>
          <HeadersTable headers={response.headers} caption="Response headers" />
          <h5 id={`${id}-body`}>Body</h5>
          {response.body ? (
            <pre className="code-block response-body" role="region" aria-labelledby={`${id}-body`} tabIndex={0}>
              {response.body}
            </pre>
          ) : (
            <p className="section-hint">The response has no body.</p>
          )}
        </>
      ) : null}

      {result.notes.length || check?.notes.length ? (
        <>
          <h4>Notes</h4>
          <ul className="notes">
            {[...result.notes, ...(check?.notes ?? [])].map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
