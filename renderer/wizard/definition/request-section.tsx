// The Request part of an operation: its verb and path (a change moves the operation, and a new
// `{name}` in the path adds a required path parameter), what disagrees between the path and its
// parameters, Import from sample, and the parameters editor.
import { useEffect, useId, useState } from 'react';
import { pathProblem, type OperationDetail } from '../../../shared/editing/definition-edits';
import { HTTP_METHODS, type HttpMethod } from '../../../shared/core/model';
import { formatPointer } from '../../../shared/core/text';
import { useTabSession } from '../../session/session-context';
import type { OperationRow } from '../../../shared/editing/form-state';
import { applyChange } from './definition-change';
import { ParametersEditor } from './parameters-editor';
import { RequestSampleDialog } from './sample-dialogs';

interface Props {
  operation: OperationRow;
  operations: readonly OperationRow[];
  detail: OperationDetail | undefined;
  basePath: string;
  host: string;
  locked: boolean;
  onSelect(pointer: string): void;
}

export function RequestSection({ operation: op, operations, detail, basePath, host, locked, onSelect }: Props) {
  const session = useTabSession();
  const verbId = useId();
  const pathId = useId();
  const pathHintId = useId();
  const [path, setPath] = useState(op.path);
  const [importing, setImporting] = useState(false);
  useEffect(() => setPath(op.path), [op.path]);
  const problem = path !== op.path ? pathProblem(path) : undefined;
  const taken = (p: string, m: string) => operations.some((o) => o.path === p && o.method === m && o.pointer !== op.pointer);

  const move = (nextPath: string, method: HttpMethod) => {
    if ((nextPath === op.path && method === op.method) || pathProblem(nextPath) || taken(nextPath, method)) return;
    applyChange(session, { kind: 'move-operation', pointer: op.pointer, path: nextPath, method });
    onSelect(formatPointer(['paths', nextPath, method]));
  };

  return (
    <fieldset className="form-section" disabled={locked}>
      <legend>Request</legend>
      <div className="request-line">
        <div className="field">
          <label htmlFor={verbId}>Verb</label>
          <select id={verbId} className="input" value={op.method} onChange={(e) => move(op.path, e.target.value as HttpMethod)}>
            {HTTP_METHODS.map((m) => (
              <option key={m} value={m} disabled={taken(op.path, m)}>
                {m.toUpperCase()}
              </option>
            ))}
          </select>
        </div>
        <div className="field request-path">
          <label htmlFor={pathId}>URL</label>
          <input
            id={pathId}
            className="input code-input"
            value={path}
            spellCheck={false}
            autoComplete="off"
            aria-describedby={pathHintId}
            aria-invalid={problem || taken(path, op.method) ? true : undefined}
            onChange={(e) => setPath(e.target.value)}
            onBlur={() => move(path, op.method as HttpMethod)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') move(path, op.method as HttpMethod);
              if (e.key === 'Escape') setPath(op.path);
            }}
          />
        </div>
      </div>
      <p id={pathHintId} className="field-hint">
        {problem ??
          (taken(path, op.method)
            ? `There is already a ${op.method.toUpperCase()} operation on ${path}.`
            : `The path after ${host || 'the host'}${basePath}. Enter or leaving the field applies it; {name} adds a required path parameter.`)}
      </p>
      {detail?.pathProblems.length ? (
        <ul className="path-problems" aria-label="Path and parameters disagree">
          {detail.pathProblems.map((p) => (
            <li key={p} className="warn">
              {p}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="button-row">
        <button type="button" className="secondary" onClick={() => setImporting(true)}>
          Import from sample
        </button>
      </div>
      {importing ? (
        <RequestSampleDialog
          operation={op}
          basePath={basePath}
          host={host}
          onClose={(moved) => {
            setImporting(false);
            if (moved) onSelect(moved);
          }}
        />
      ) : null}
      <ParametersEditor operation={op} operations={operations} detail={detail} />
    </fieldset>
  );
}
