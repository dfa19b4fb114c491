// A parameter's dropdown: static values (`enum`, one per line) or dynamic values another operation
// returns (`x-ms-dynamic-values`: the operation, what its parameters get, where the values and their
// display names are in its answer).
import { useId } from 'react';
import { typedValue, type ParameterDetail } from '../../../shared/definition-edits';
import type { ConnectorSession } from '../../studio/connector-session';
import type { OperationRow } from '../../studio/form-state';
import { bindText, setOnce } from '../fields/field-binding';
import { TextField } from '../fields/text-field';
import { DynamicParameters, OperationOptions } from './dynamic-parameters';

const DYNAMIC = 'x-ms-dynamic-values';

export function EnumField({ session, parameter: p }: { session: ConnectorSession; parameter: ParameterDetail }) {
  const pointer = `${p.editPointer}/enum`;
  const value = p.enum.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join('\n');
  const list = (text: string) =>
    text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l) => typedValue(l, p.type));
  return (
    <TextField
      label="Values"
      value={value}
      multiline
      code
      hint="enum: one value per line; the dropdown offers exactly these."
      onChange={(v) => {
        const values = list(v);
        session.edit('definition', pointer, values.length ? { kind: 'set', pointer, value: values } : { kind: 'remove', pointer });
      }}
      onCommit={() => session.endEditGroup()}
    />
  );
}

interface DynamicProps {
  session: ConnectorSession;
  parameter: ParameterDetail;
  operation: OperationRow;
  operations: readonly OperationRow[];
}

export function DynamicValuesFields({ session, parameter: p, operation, operations }: DynamicProps) {
  const opId = useId();
  const base = `${p.editPointer}/${DYNAMIC}`;
  const dv = p.dynamicValues;
  const target = operations.find((o) => o.operationId === dv?.operationId);
  const text = (key: string) => bindText(session, 'definition', `${base}/${key}`, { removeWhenEmpty: true });
  return (
    <div className="dynamic-values">
      {dv?.other ? <p className="field-hint">Values come from {dv.other}: edit it in the text.</p> : null}
      <div className="field">
        <label htmlFor={opId}>Operation ID</label>
        <select
          id={opId}
          className="input"
          value={dv?.operationId ?? ''}
          onChange={(e) => e.target.value && setOnce(session, 'definition', `${base}/operationId`, e.target.value)}
        >
          <option value="">Choose the operation that lists the values</option>
          <OperationOptions current={dv?.operationId} operations={operations} self={operation} />
        </select>
      </div>
      {dv && target ? <DynamicParameters session={session} base={base} current={dv.parameters} operation={operation} target={target} exclude={p.name} /> : null}
      {dv ? (
        <>
          <TextField label="Value" value={dv.valuePath} code hint="value-path: the property of each item that is the value sent." {...text('value-path')} />
          <TextField label="Value display name" value={dv.valueTitle} code hint="value-title: the property shown in the dropdown." {...text('value-title')} />
          <TextField label="Value collection" value={dv.valueCollection} code hint="value-collection: where the list is in the answer (value, items/list)." {...text('value-collection')} />
        </>
      ) : null}
    </div>
  );
}
