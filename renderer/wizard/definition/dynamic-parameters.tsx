// What each parameter of another operation gets when the studio's platform calls it for a dynamic
// dropdown (x-ms-dynamic-values) or a dynamic schema (x-ms-dynamic-schema): one of this operation's
// parameters (`{"parameter": "name"}`), a fixed value, or nothing; and the list of operations to call.
// An x-ms-dynamic-list writes the same as `{"parameterReference": "name"}` and `{"value": …}`.
import { useEffect, useId, useState } from 'react';
import type { DynamicValuesView } from '../../../shared/editing/definition-edits';
import { useTabSession } from '../../session/session-context';
import type { Editing } from '../../session/editing';
import type { OperationRow } from '../../../shared/editing/form-state';
import { bindText, setOnce, type TextBinding } from '../fields/field-binding';
import { TextField } from '../fields/text-field';

interface Props {
  /** The extension's object (`…/x-ms-dynamic-values`); its `parameters` are written below it. */
  base: string;
  current: DynamicValuesView['parameters'];
  operation: OperationRow;
  target: OperationRow;
  /** A parameter of this operation that cannot feed the call (the dropdown's own). */
  exclude?: string;
  /** x-ms-dynamic-list's form: `parameterReference` and `{ value }`. */
  references?: boolean;
}

/** The options of a "which operation" list: every other operation, and the one named if it is gone. */
export function OperationOptions({
  current,
  operations,
  self,
}: {
  current: string | undefined;
  operations: readonly OperationRow[];
  self: OperationRow;
}) {
  const choices = operations.filter((o) => o.operationId !== '' && o.pointer !== self.pointer);
  return (
    <>
      {current && !operations.some((o) => o.operationId === current) ? (
        <option value={current}>{current} (no such operation)</option>
      ) : null}
      {choices.map((o) => (
        <option key={o.pointer} value={o.operationId}>
          {o.operationId}
          {o.summary ? ` (${o.summary})` : ''}
        </option>
      ))}
    </>
  );
}

export function DynamicParameters({ base, current, operation, target, exclude, references = false }: Props) {
  const inputs = target.parameters.filter((t) => t.in !== 'body' && t.resolved);
  if (!inputs.length) return <p className="field-hint">{target.operationId} takes no parameters.</p>;
  const own = operation.parameters.filter((o) => o.in !== 'body' && o.resolved && o.name !== exclude);
  return (
    <fieldset className="dynamic-parameters">
      <legend>Parameters of {target.operationId}</legend>
      {inputs.map((t) => (
        <MappingRow
          key={`${t.in}:${t.name}`}
          pointer={`${base}/parameters/${t.name.replace(/~/g, '~0').replace(/\//g, '~1')}`}
          name={t.name}
          own={own.map((o) => o.name)}
          current={current.find((m) => m.name === t.name)}
          references={references}
        />
      ))}
    </fieldset>
  );
}

interface MappingRowProps {
  pointer: string;
  name: string;
  own: string[];
  current?: { source: 'parameter' | 'value'; value: string };
  references: boolean;
}

function MappingRow({ pointer, name, own, current, references }: MappingRowProps) {
  const session = useTabSession();
  const id = useId();
  const chosen = current ? (current.source === 'parameter' ? `parameter:${current.value}` : 'value') : '';
  const [mode, setMode] = useState(chosen);
  useEffect(() => setMode(chosen), [chosen]);
  return (
    <div className="mapping-row">
      <div className="field">
        <label htmlFor={id}>{name}</label>
        <select
          id={id}
          className="input"
          value={mode}
          onChange={(e) => {
            const v = e.target.value;
            setMode(v);
            if (v === '') setOnce(session, 'definition', pointer, undefined);
            else if (v.startsWith('parameter:')) {
              const parameter = v.slice('parameter:'.length);
              setOnce(session, 'definition', pointer, references ? { parameterReference: parameter } : { parameter });
            }
          }}
        >
          <option value="">Not sent</option>
          {own.map((o) => (
            <option key={o} value={`parameter:${o}`}>
              The value of {o}
            </option>
          ))}
          {current?.source === 'parameter' && !own.includes(current.value) ? (
            <option value={`parameter:${current.value}`}>The value of {current.value} (not a parameter here)</option>
          ) : null}
          <option value="value">A fixed value</option>
        </select>
      </div>
      {mode === 'value' ? (
        <TextField
          label={`Fixed value for ${name}`}
          value={current?.source === 'value' ? current.value : ''}
          code
          {...(references ? bindWrapped(session, pointer) : bindText(session, 'definition', pointer, { removeWhenEmpty: true }))}
        />
      ) : null}
    </div>
  );
}

/** A fixed value written as `{ "value": text }` (x-ms-dynamic-list); left empty, the entry goes. */
function bindWrapped(session: Editing, pointer: string): TextBinding {
  return {
    onChange: (value) => session.edit('definition', pointer, { kind: 'set', pointer, value: { value } }),
    onCommit: (value) => {
      if (value === '') session.edit('definition', pointer, { kind: 'remove', pointer });
      session.endEditGroup();
    },
  };
}
