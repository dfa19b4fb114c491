// The newer form of a dynamic extension, beside the older one it repeats: x-ms-dynamic-list beside
// x-ms-dynamic-values, x-ms-dynamic-properties beside x-ms-dynamic-schema. Absent, one button writes
// it from the older form; present, its operation, what that operation's parameters get (a
// `parameterReference` or a `value`), the paths its owner passes in, and a button that removes it.
import { useId, type ReactNode } from 'react';
import type { DefinitionChange, DynamicValuesView } from '../../../shared/editing/definition-edits';
import { useTabSession } from '../../session/session-context';
import type { OperationRow } from '../../../shared/editing/form-state';
import { setOnce } from '../fields/field-binding';
import { applyChange } from './definition-change';
import { DynamicParameters, OperationOptions } from './dynamic-parameters';

interface Props {
  /** `x-ms-dynamic-list` or `x-ms-dynamic-properties`. */
  extension: string;
  /** "Dynamic list", shown with the extension's name. */
  title: string;
  /** What it is, said while it is absent. */
  hint: string;
  /** Where it is written. */
  base: string;
  current: { operationId: string; parameters: DynamicValuesView['parameters'] } | undefined;
  /** The change that writes it from the older form; undefined while the older form names no operation. */
  add: DefinitionChange | undefined;
  operationLabel: string;
  choosePrompt: string;
  operation: OperationRow;
  operations: readonly OperationRow[];
  /** A parameter of this operation that cannot feed the call (a dropdown's own). */
  exclude?: string;
  /** Its path fields, shown while it is present. */
  fields: ReactNode;
}

export function NewerDynamicForm({
  extension,
  title,
  hint,
  base,
  current,
  add,
  operationLabel,
  choosePrompt,
  operation,
  operations,
  exclude,
  fields,
}: Props) {
  const session = useTabSession();
  const opId = useId();
  const legend = `${title} (${extension})`;
  if (!current) {
    return (
      <fieldset className="dynamic-list">
        <legend>{legend}</legend>
        <p className="field-hint">{hint}</p>
        <button type="button" className="secondary" disabled={!add} onClick={() => add && applyChange(session, add)}>
          Add {extension}
        </button>
      </fieldset>
    );
  }
  const target = operations.find((o) => o.operationId === current.operationId);
  return (
    <fieldset className="dynamic-list">
      <legend>{legend}</legend>
      <div className="field">
        <label htmlFor={opId}>{operationLabel}</label>
        <select
          id={opId}
          className="input"
          value={current.operationId}
          onChange={(e) => e.target.value && setOnce(session, 'definition', `${base}/operationId`, e.target.value)}
        >
          <option value="">{choosePrompt}</option>
          <OperationOptions current={current.operationId || undefined} operations={operations} self={operation} />
        </select>
      </div>
      {target ? (
        <DynamicParameters
          base={base}
          current={current.parameters}
          operation={operation}
          target={target}
          {...(exclude !== undefined ? { exclude } : {})}
          references
        />
      ) : null}
      {fields}
      <button type="button" className="secondary" onClick={() => setOnce(session, 'definition', base, undefined)}>
        Remove {extension}
      </button>
    </fieldset>
  );
}
