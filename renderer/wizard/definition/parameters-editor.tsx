// The operation's request parameters: a table of them (the path item's shared ones and `$ref`'d
// ones marked), adding one (name and location), and the chosen one's form.
import { useContext, useEffect, useId, useState } from 'react';
import {
  PARAMETER_LOCATIONS,
  type OperationDetail,
  type ParameterDetail,
  type ParameterLocation,
} from '../../../shared/editing/definition-edits';
import { useTabSession } from '../../session/session-context';
import type { OperationRow } from '../../../shared/editing/form-state';
import { ExpandableTable } from '../fields/expandable-table';
import { focusField } from '../certification/focus-field';
import { applyChange } from './definition-change';
import { asksFor, ParameterFocusContext, takeRequest } from './parameter-focus';
import { ParameterForm } from './parameter-form';

interface Props {
  operation: OperationRow;
  operations: readonly OperationRow[];
  detail: OperationDetail | undefined;
}

const LOCATION_LABELS: Record<ParameterLocation, string> = {
  path: 'Path',
  query: 'Query',
  header: 'Header',
  body: 'Body',
  formData: 'Form data',
};

export function ParametersEditor({ operation: op, operations, detail }: Props) {
  const session = useTabSession();
  const nameId = useId();
  const inId = useId();
  const headingId = useId();
  const [open, setOpen] = useState<string>();
  const [name, setName] = useState('');
  const [location, setLocation] = useState<ParameterLocation>('query');
  const [pendingOpen, setPendingOpen] = useState<{ name: string; in: string }>();
  const params = detail?.parameters ?? [];
  const chosen = params.find((p) => p.pointer === open);
  const sectionId = useId();
  const focusRequest = useContext(ParameterFocusContext);

  // The designer preview or a finding asked for a parameter's field: open its form, then focus the
  // field (a body schema's property: the schema tree in the form takes the request).
  useEffect(() => {
    // By the item in the list, or where its fields are written (a `$ref`'d parameter's entry).
    const asks = (p: ParameterDetail) => asksFor(focusRequest, p.pointer) ?? asksFor(focusRequest, p.editPointer);
    const asked = params.find(asks);
    if (!focusRequest || !asked) return;
    if (asks(asked) === 'inside') return setOpen(asked.pointer);
    if (!takeRequest(focusRequest)) return;
    setOpen(asked.pointer);
    focusField(sectionId, focusRequest.field, undefined, focusRequest.line);
  }, [focusRequest, params, sectionId]);

  // A parameter just added opens once the text has it.
  useEffect(() => {
    if (!pendingOpen) return;
    const added = params.find((p) => p.name === pendingOpen.name && p.in === pendingOpen.in);
    if (added) {
      setOpen(added.pointer);
      setPendingOpen(undefined);
    }
  }, [params, pendingOpen]);

  const trimmed = name.trim();
  const problem =
    trimmed === ''
      ? undefined
      : /[\s{}]/.test(trimmed)
        ? 'A parameter name has no spaces or braces.'
        : params.some((p) => p.name === trimmed && p.in === location)
          ? `There is already a ${location} parameter "${trimmed}".`
          : location === 'body' && params.some((p) => p.in === 'body')
            ? 'An operation has at most one body parameter.'
            : location === 'path' && !op.path.includes(`{${trimmed}}`)
              ? `Add {${trimmed}} to the URL first.`
              : undefined;
  const add = () => {
    if (trimmed === '' || problem) return;
    applyChange(session, { kind: 'add-parameter', pointer: op.pointer, path: op.path, parameter: { name: trimmed, in: location } });
    setPendingOpen({ name: trimmed, in: location });
    setName('');
  };

  return (
    <section className="parameters-editor" aria-labelledby={headingId} id={sectionId}>
      <h4 id={headingId}>Parameters</h4>
      {!detail ? <p className="status">Reading the parameters…</p> : null}
      {detail && !params.length ? <p>This operation takes no parameters.</p> : null}
      {params.length ? (
        <ExpandableTable
          items={params}
          keyOf={(p) => p.pointer}
          open={open}
          onToggle={setOpen}
          head={{ header: 'Name', label: (p) => (p.resolved ? p.name || '(no name)' : `Unresolved ${p.ref}`) }}
          columns={[
            { header: 'In', cell: (p) => p.in },
            {
              header: 'Type',
              cell: (p) =>
                p.in === 'body' ? (p.schema?.rows[0]?.shownType ?? '') || 'object' : p.type + (p.format ? ` (${p.format})` : ''),
            },
            { header: 'Required', cell: (p) => (p.required ? 'Yes' : 'No') },
            { header: 'Where', cell: (p) => (p.ref ? <code>{p.ref}</code> : p.shared ? 'Shared (path)' : 'This operation') },
          ]}
        />
      ) : null}
      {chosen ? (
        <ParameterForm
          key={chosen.pointer}
          parameter={chosen}
          operation={op}
          operations={operations}
          onRemoved={() => setOpen(undefined)}
        />
      ) : null}
      <div className="add-row">
        <div className="field">
          <label htmlFor={nameId}>New parameter name</label>
          <input
            id={nameId}
            className="input code-input"
            value={name}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={problem ? true : undefined}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && add()}
          />
        </div>
        <div className="field">
          <label htmlFor={inId}>New parameter in</label>
          <select id={inId} className="input" value={location} onChange={(e) => setLocation(e.target.value as ParameterLocation)}>
            {PARAMETER_LOCATIONS.map((l) => (
              <option key={l} value={l}>
                {LOCATION_LABELS[l]}
              </option>
            ))}
          </select>
        </div>
        <button type="button" onClick={add} disabled={trimmed === '' || Boolean(problem)}>
          Add parameter
        </button>
      </div>
      {problem ? <p className="field-hint warn">{problem}</p> : null}
    </section>
  );
}
