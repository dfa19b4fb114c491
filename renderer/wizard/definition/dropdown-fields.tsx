// A parameter's dropdown: static values (`enum`, one per line) or dynamic values another operation
// returns (`x-ms-dynamic-values`: the operation, what its parameters get, where the values and their
// display names are in its answer), and the same in the newer form (`x-ms-dynamic-list`), written
// from the first in one click and then edited on its own.
import { useId } from 'react';
import { DYNAMIC_LIST, DYNAMIC_VALUES, type ParameterDetail } from '../../../shared/editing/definition-edits';
import { useTabSession } from '../../session/session-context';
import type { OperationRow } from '../../../shared/editing/form-state';
import { bindText, setOnce } from '../fields/field-binding';
import { TextField } from '../fields/text-field';
import { DynamicParameters, OperationOptions } from './dynamic-parameters';
import { NewerDynamicForm } from './newer-dynamic-form';
import { ValuesField } from './typed-value-fields';

export function EnumField({ parameter: p }: { parameter: ParameterDetail }) {
  return (
    <ValuesField
      pointer={`${p.editPointer}/enum`}
      values={p.enum}
      type={p.type}
      hint="enum: one value per line; the dropdown offers exactly these."
    />
  );
}

interface DynamicProps {
  parameter: ParameterDetail;
  operation: OperationRow;
  operations: readonly OperationRow[];
}

export function DynamicValuesFields({ parameter: p, operation, operations }: DynamicProps) {
  const session = useTabSession();
  const opId = useId();
  const base = `${p.editPointer}/${DYNAMIC_VALUES}`;
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
      {dv && target ? (
        <DynamicParameters base={base} current={dv.parameters} operation={operation} target={target} exclude={p.name} />
      ) : null}
      {dv ? (
        <>
          <TextField
            label="Value"
            value={dv.valuePath}
            code
            hint="value-path: the property of each item that is the value sent."
            {...text('value-path')}
          />
          <TextField
            label="Value display name"
            value={dv.valueTitle}
            code
            hint="value-title: the property shown in the dropdown."
            {...text('value-title')}
          />
          <TextField
            label="Value collection"
            value={dv.valueCollection}
            code
            hint="value-collection: where the list is in the answer (value, items/list)."
            {...text('value-collection')}
          />
        </>
      ) : null}
      <DynamicListFields parameter={p} operation={operation} operations={operations} />
    </div>
  );
}

function DynamicListFields({ parameter: p, operation, operations }: DynamicProps) {
  const session = useTabSession();
  const base = `${p.editPointer}/${DYNAMIC_LIST}`;
  const list = p.dynamicList;
  const text = (key: string) => bindText(session, 'definition', `${base}/${key}`, { removeWhenEmpty: true });
  return (
    <NewerDynamicForm
      extension={DYNAMIC_LIST}
      title="Dynamic list"
      hint="The same dropdown in the form the newer designer reads first, which can also take a value from inside the body. Written from the values above."
      base={base}
      current={list}
      add={p.dynamicValues?.operationId ? { kind: 'add-dynamic-list', pointer: p.editPointer } : undefined}
      operationLabel="List operation ID"
      choosePrompt="Choose the operation that lists the values"
      operation={operation}
      operations={operations}
      exclude={p.name}
      fields={
        list ? (
          <>
            <TextField
              label="Items path"
              value={list.itemsPath}
              code
              hint="itemsPath: where the list is in the answer (value, items/list)."
              {...text('itemsPath')}
            />
            <TextField
              label="Item value path"
              value={list.itemValuePath}
              code
              hint="itemValuePath: the property of each item that is the value sent."
              {...text('itemValuePath')}
            />
            <TextField
              label="Item title path"
              value={list.itemTitlePath}
              code
              hint="itemTitlePath: the property shown in the dropdown."
              {...text('itemTitlePath')}
            />
          </>
        ) : null
      }
    />
  );
}
