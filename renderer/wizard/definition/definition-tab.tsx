// The Definition tab: the actions and triggers (searchable), and the one selected.
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { countsSentence } from '../../studio/connector-labels';
import type { ConnectorSession } from '../../studio/connector-session';
import type { FormState } from '../../studio/form-state';
import { OperationDetails } from './operation-details';
import { OperationList } from './operation-list';
import { searchOperations } from './operation-search';

interface Props {
  session: ConnectorSession;
  form: FormState;
  locked: boolean;
  selected: string | undefined;
  onSelect(pointer: string): void;
}

export function DefinitionTab({ session, form, locked, selected, onSelect }: Props) {
  const searchId = useId();
  const listLabelId = useId();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const shown = useMemo(() => searchOperations(form.operations, deferredQuery), [form.operations, deferredQuery]);
  const operation = form.operations.find((op) => op.pointer === selected);
  return (
    <div className="tab-body definition-tab">
      <div className="operations-pane">
        <h2 id={listLabelId}>Actions and triggers</h2>
        <p className="section-hint">{countsSentence(form.counts)}</p>
        <label htmlFor={searchId}>Search actions and triggers</label>
        <input
          id={searchId}
          type="search"
          className="input"
          value={query}
          placeholder="Operation ID, summary or path"
          onChange={(e) => setQuery(e.target.value)}
          autoComplete="off"
        />
        <p className="section-hint" role="status">
          {deferredQuery ? `${shown.length} of ${form.operations.length} shown` : ''}
        </p>
        {shown.length ? (
          <OperationList operations={shown} selected={selected} onSelect={onSelect} labelledBy={listLabelId} />
        ) : (
          <p>{form.operations.length ? 'No action or trigger matches the search.' : 'The definition declares no actions or triggers.'}</p>
        )}
      </div>
      <div className="operation-pane">
        {operation ? (
          <OperationDetails key={operation.pointer} session={session} operation={operation} locked={locked} />
        ) : (
          <p className="choose-hint">Choose an action or trigger in the list to see and edit it.</p>
        )}
      </div>
    </div>
  );
}
