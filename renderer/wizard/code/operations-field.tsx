// The operations custom code runs for (scriptOperations in apiProperties.json): one check box per
// operation, each change one minimal edit and one undo step. None chosen means all of them.
import { useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { useTabSession } from '../../session/session-context';
import type { OperationRow } from '../../../shared/editing/form-state';
import { CheckBox } from '../fields/check-box';
import { readScriptOperations, scriptOperationEdit, writtenScriptOperations } from './script-operations';

interface Props {
  operations: readonly OperationRow[];
  properties: unknown;
  disabled: boolean;
}

export function OperationsField({ operations, properties, disabled }: Props) {
  const session = useTabSession();
  const hintId = useId();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query.trim().toLowerCase());
  const clicks = useRef(0);
  const { list } = readScriptOperations(properties);
  const chosen = useMemo(() => new Set(list ?? []), [list]);
  const named = operations.filter((op) => op.operationId);
  const shown = deferred
    ? named.filter((op) => op.operationId.toLowerCase().includes(deferred) || op.summary.toLowerCase().includes(deferred))
    : named;
  const unknown = (list ?? []).filter((id) => !named.some((op) => op.operationId === id));

  const toggle = (operationId: string, on: boolean) => {
    const op = scriptOperationEdit(writtenScriptOperations(properties), operationId, on);
    if (!op) return;
    // Each click its own field key: one edit, one undo step, none superseding another.
    session.edit('properties', `scriptOperations:${++clicks.current}`, op);
    session.endEditGroup();
  };

  return (
    // Each control is disabled, not the fieldset: the list itself must stay focusable (it scrolls).
    <fieldset className={`form-section operations-field${disabled ? ' is-disabled' : ''}`} aria-describedby={hintId}>
      <legend>Operations</legend>
      <p id={hintId} className="field-hint">
        scriptOperations: the operations the code runs for.{' '}
        {chosen.size ? `${chosen.size} of ${named.length} chosen.` : 'None chosen: the code runs for every operation.'}
        {unknown.length ? <strong className="warn"> Not operations of this connector: {unknown.join(', ')}.</strong> : null}
      </p>
      <label htmlFor={searchId}>Search operations</label>
      <input
        id={searchId}
        type="search"
        className="input"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        autoComplete="off"
        placeholder="Operation ID or summary"
        disabled={disabled}
      />
      {/* Focusable, so that the list scrolls from the keyboard even while its boxes are disabled. */}
      <div className="script-operation-checks" role="region" aria-label="Operation list" tabIndex={0}>
        {shown.map((op) => (
          <CheckBox
            key={op.pointer}
            className="check"
            checked={chosen.has(op.operationId)}
            disabled={disabled}
            onChange={(on) => toggle(op.operationId, on)}
          >
            <code>{op.operationId}</code>
            {op.summary ? <span className="check-sub"> {op.summary}</span> : null}
          </CheckBox>
        ))}
        {named.length === 0 ? <p>The definition has no operation with an Operation ID to choose.</p> : null}
        {named.length > 0 && shown.length === 0 ? <p>No operation matches the search.</p> : null}
      </div>
    </fieldset>
  );
}
