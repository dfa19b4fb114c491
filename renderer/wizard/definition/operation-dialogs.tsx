// The dialogs that add, duplicate and delete an operation. Each change is one edit and one undo
// step; what would be refused (a taken ID, a verb already used on the path, a bad path) is said in
// the dialog before anything changes.
import { useId, useState } from 'react';
import { pathProblem, type OperationDetail } from '../../../shared/editing/definition-edits';
import { HTTP_METHODS, type HttpMethod } from '../../../shared/core/model';
import { formatPointer } from '../../../shared/core/text';
import { ModalDialog } from '../../ui/modal-dialog';
import { useTabSession } from '../../session/session-context';
import type { OperationRow } from '../../../shared/editing/form-state';
import { applyChange } from './definition-change';

const OPERATION_ID = /^[A-Za-z][A-Za-z0-9_]*$/;

interface OperationFormProps {
  operations: readonly OperationRow[];
  /** The operation to copy; a new one when absent. */
  source?: OperationRow;
  onDone(pointer?: string): void;
}

function copyId(operations: readonly OperationRow[], id: string): string {
  const taken = new Set(operations.map((o) => o.operationId));
  const base = `${id || 'Operation'}Copy`;
  for (let n = 1; ; n++) if (!taken.has(n === 1 ? base : `${base}${n}`)) return n === 1 ? base : `${base}${n}`;
}

export function OperationDialog({ operations, source, onDone }: OperationFormProps) {
  const session = useTabSession();
  const ids = { method: useId(), path: useId(), operationId: useId(), summary: useId() };
  const used = (path: string) => new Set(operations.filter((o) => o.path === path).map((o) => o.method));
  const firstFree = (path: string) => HTTP_METHODS.find((m) => !used(path).has(m));
  const start = source ? (firstFree(source.path) ? source.path : `${source.path.replace(/\/$/, '')}/copy`) : '/';
  const [path, setPath] = useState(start);
  const [method, setMethod] = useState<HttpMethod>(source ? (firstFree(start) ?? 'get') : 'get');
  const [operationId, setOperationId] = useState(source ? copyId(operations, source.operationId) : '');
  const [summary, setSummary] = useState(source ? `${source.summary || source.operationId} (copy)` : '');
  const [tried, setTried] = useState(false);
  const problem =
    pathProblem(path) ??
    (used(path).has(method) ? `There is already a ${method.toUpperCase()} operation on ${path}.` : undefined) ??
    (!OPERATION_ID.test(operationId) ? 'An operation ID starts with a letter and holds letters, digits and "_" only.' : undefined) ??
    (operations.some((o) => o.operationId === operationId) ? `There is already an operation with the ID "${operationId}".` : undefined);
  const submit = () => {
    setTried(true);
    if (problem) return;
    const operation = { method, path, operationId, summary: summary.trim() };
    applyChange(
      session,
      source ? { kind: 'duplicate-operation', pointer: source.pointer, operation } : { kind: 'add-operation', operation },
    );
    onDone(formatPointer(['paths', path, method]));
  };
  return (
    <ModalDialog title={source ? `Duplicate ${source.operationId || 'the operation'}` : 'New action'} onClose={() => onDone()}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <div className="request-line">
          <div className="field">
            <label htmlFor={ids.method}>Verb</label>
            <select id={ids.method} className="input" value={method} onChange={(e) => setMethod(e.target.value as HttpMethod)}>
              {HTTP_METHODS.map((m) => (
                <option key={m} value={m}>
                  {m.toUpperCase()}
                </option>
              ))}
            </select>
          </div>
          <div className="field request-path">
            <label htmlFor={ids.path}>URL</label>
            <input
              id={ids.path}
              className="input code-input"
              value={path}
              spellCheck={false}
              autoComplete="off"
              onChange={(e) => setPath(e.target.value)}
            />
          </div>
        </div>
        <div className="field">
          <label htmlFor={ids.operationId}>Operation ID</label>
          <input
            id={ids.operationId}
            className="input code-input"
            value={operationId}
            spellCheck={false}
            autoComplete="off"
            onChange={(e) => setOperationId(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.summary}>Summary</label>
          <input id={ids.summary} className="input" value={summary} autoComplete="off" onChange={(e) => setSummary(e.target.value)} />
        </div>
        <p className={tried && problem ? 'error' : 'field-hint'} role={tried && problem ? 'alert' : undefined}>
          {tried && problem ? problem : 'A {name} in the URL adds a required path parameter.'}
        </p>
        <div className="button-row">
          <button type="submit">{source ? 'Duplicate' : 'Add'}</button>
          <button type="button" className="secondary" onClick={() => onDone()}>
            Cancel
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

interface DeleteProps {
  operation: OperationRow;
  operations: readonly OperationRow[];
  detail: OperationDetail | undefined;
  onDone(deleted: boolean): void;
}

export function DeleteOperationDialog({ operation: op, operations, detail, onDone }: DeleteProps) {
  const session = useTabSession();
  const alone = !operations.some((o) => o.path === op.path && o.pointer !== op.pointer);
  const refs =
    detail && detail.operationId === op.operationId && detail.sameIdCount === 1
      ? detail.references.definition.length + detail.references.properties.length
      : 0;
  return (
    <ModalDialog title={`Delete ${op.operationId || `${op.method.toUpperCase()} ${op.path}`}?`} onClose={() => onDone(false)}>
      <p>
        {op.method.toUpperCase()} <code>{op.path}</code> is removed from the definition
        {alone ? ', with the path (no other operation uses it)' : ''}. Undo brings it back.
      </p>
      {refs ? (
        <p className="warn">
          {refs === 1 ? '1 place still names' : `${refs} places still name`} <code>{op.operationId}</code> (dynamic values, capabilities,
          policies or scriptOperations).
        </p>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          onClick={() => {
            applyChange(session, { kind: 'delete-operation', pointer: op.pointer });
            onDone(true);
          }}
        >
          Delete
        </button>
        <button type="button" className="secondary" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}
