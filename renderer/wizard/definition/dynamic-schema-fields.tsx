// A body or response schema that another operation supplies at run time (x-ms-dynamic-schema: the
// columns of the table the user picked, the fields of a form): the operation, what its parameters
// get, and where the schema is in its answer. Choosing no operation removes the extension. The same
// in the newer form (x-ms-dynamic-properties) is written from it in one click and edited on its own.
import { useId } from 'react';
import {
  DYNAMIC_PROPERTIES,
  DYNAMIC_SCHEMA,
  type DynamicPropertiesView,
  type DynamicSchemaView,
} from '../../../shared/editing/definition-edits';
import { useTabSession } from '../../session/session-context';
import type { OperationRow } from '../../../shared/editing/form-state';
import { bindText, setOnce } from '../fields/field-binding';
import { TextField } from '../fields/text-field';
import { DynamicParameters, OperationOptions } from './dynamic-parameters';
import { NewerDynamicForm } from './newer-dynamic-form';

const KEY = DYNAMIC_SCHEMA;

interface Props {
  /** Where the schema is written (after its `$ref`); undefined when there is none yet. */
  schemaPointer: string | undefined;
  /** Where a schema goes when there is none (a response's `schema`). */
  newSchemaPointer: string;
  dynamicSchema: DynamicSchemaView | undefined;
  dynamicProperties: DynamicPropertiesView | undefined;
  operation: OperationRow;
  operations: readonly OperationRow[];
  /** "body" or "200 response", for the legend. */
  of: string;
}

export function DynamicSchemaFields({
  schemaPointer,
  newSchemaPointer,
  dynamicSchema: ds,
  dynamicProperties,
  operation,
  operations,
  of,
}: Props) {
  const session = useTabSession();
  const legendId = useId();
  const opId = useId();
  const hintId = useId();
  const base = `${schemaPointer ?? newSchemaPointer}/${KEY}`;
  const target = operations.find((o) => o.operationId === ds?.operationId);
  const choose = (operationId: string) => {
    if (operationId === '') setOnce(session, 'definition', base, undefined);
    else if (schemaPointer === undefined) setOnce(session, 'definition', newSchemaPointer, { type: 'object', [KEY]: { operationId } });
    else setOnce(session, 'definition', `${base}/operationId`, operationId);
  };
  return (
    <fieldset className="dynamic-schema" aria-labelledby={legendId}>
      <legend id={legendId}>Dynamic schema of the {of}</legend>
      <div className="field">
        <label htmlFor={opId}>Schema from operation</label>
        <select
          id={opId}
          className="input"
          aria-describedby={hintId}
          value={ds?.operationId ?? ''}
          onChange={(e) => choose(e.target.value)}
        >
          <option value="">None: as written</option>
          <OperationOptions current={ds?.operationId} operations={operations} self={operation} />
        </select>
        <p id={hintId} className="field-hint">
          {KEY}: the operation whose answer is the schema, at run time.
        </p>
      </div>
      {ds && target ? <DynamicParameters base={base} current={ds.parameters} operation={operation} target={target} /> : null}
      {ds ? (
        <TextField
          label="Schema location"
          value={ds.valuePath}
          code
          hint="value-path: where the schema is in the answer (schema, items/schema); empty for the whole answer."
          {...bindText(session, 'definition', `${base}/value-path`, { removeWhenEmpty: true })}
        />
      ) : null}
      {schemaPointer !== undefined && (ds || dynamicProperties) ? (
        <DynamicPropertiesFields
          schemaPointer={schemaPointer}
          canAdd={Boolean(ds?.operationId)}
          dynamicProperties={dynamicProperties}
          operation={operation}
          operations={operations}
        />
      ) : null}
    </fieldset>
  );
}

interface PropertiesProps {
  schemaPointer: string;
  canAdd: boolean;
  dynamicProperties: DynamicPropertiesView | undefined;
  operation: OperationRow;
  operations: readonly OperationRow[];
}

function DynamicPropertiesFields({ schemaPointer, canAdd, dynamicProperties: dp, operation, operations }: PropertiesProps) {
  const session = useTabSession();
  const base = `${schemaPointer}/${DYNAMIC_PROPERTIES}`;
  return (
    <NewerDynamicForm
      extension={DYNAMIC_PROPERTIES}
      title="Dynamic properties"
      hint="The same dynamic schema in the form the newer designer reads first. Written from the fields above."
      base={base}
      current={dp}
      add={canAdd ? { kind: 'add-dynamic-properties', schemaPointer } : undefined}
      operationLabel="Properties from operation"
      choosePrompt="Choose the operation whose answer is the schema"
      operation={operation}
      operations={operations}
      fields={
        dp ? (
          <TextField
            label="Properties location"
            value={dp.itemValuePath}
            code
            hint="itemValuePath: where the schema is in the answer (schema, items/schema)."
            {...bindText(session, 'definition', `${base}/itemValuePath`, { removeWhenEmpty: true })}
          />
        ) : null
      }
    />
  );
}
