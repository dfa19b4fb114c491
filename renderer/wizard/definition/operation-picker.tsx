// The searchable list of actions and triggers, as the Definition and Test tabs both show it: a
// heading, the counts, the search field and the virtualised list. `children` go between the counts
// and the search (the Definition tab's New action).
import { useDeferredValue, useId, useMemo, useState, type ReactNode } from 'react';
import { countsSentence } from '../../../shared/editing/connector-labels';
import type { FormState } from '../../../shared/editing/form-state';
import { OperationList } from './operation-list';
import { searchOperations } from './operation-search';

interface Props {
  form: FormState;
  selected: string | undefined;
  onSelect(pointer: string): void;
  /** The heading level where the picker sits in its tab. */
  level: 2 | 3;
  children?: ReactNode;
}

export function OperationPicker({ form, selected, onSelect, level, children }: Props) {
  const searchId = useId();
  const listLabelId = useId();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const shown = useMemo(() => searchOperations(form.operations, deferredQuery), [form.operations, deferredQuery]);
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div className="operations-pane">
      <Heading id={listLabelId}>Actions and triggers</Heading>
      <p className="section-hint">{countsSentence(form.counts)}</p>
      {children}
      <label htmlFor={searchId}>Search actions and triggers</label>
      <input
        id={searchId}
        type="search"
        className="input"
        value={query}
        placeholder="ID, summary or path"
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
  );
}
