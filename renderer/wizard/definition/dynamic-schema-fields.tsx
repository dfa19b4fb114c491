// A body or response schema that another operation supplies at run time (x-ms-dynamic-schema: the
// columns of the table the user picked, the fields of a form): the operation, what its parameters
// get, and where the schema is in its answer. Choosing no operation removes the extension.
import { useId } from 'react';
import type { DynamicSchemaView } from '../../../shared/definition-edits';
import type { ConnectorSession } from '../../studio/connector-session';
import type { OperationRow } from '../../studio/form-state';
import { bindText, setOnce } from '../fields/field-binding';
import { TextField } from '../fields/text-field';
import { DynamicParameters, OperationOptions } from './dynamic-parameters';

const KEY = 'x-ms-dynamic-schema';

interface Props {
  session: ConnectorSession;
  /** Where the schema is written (after its `$ref`); undefined when there is none yet. */
  schemaPointer: string | undefined;
  /** Where a schema goes when there is none (a response's `schema`). */
  newSchemaPointer: string;
  dynamicSchema: DynamicSchemaView | undefined;
  operation: OperationRow;
  operations: readonly OperationRow[];
  /** "body" or "200 response", for the legend. */
  of: string;
}

export function DynamicSchemaFields({ session, schemaPointer, newSchemaPointer, dynamicSchema: ds, operation, operations, of }: Props) {
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
        <select id={opId} className="input" aria-describedby={hintId} value={ds?.operationId ?? ''} onChange={(e) => choose(e.target.value)}>
          <option value="">None: the schema is as written</option>
          <OperationOptions current={ds?.operationId} operations={operations} self={operation} />
        </select>
        <p id={hintId} className="field-hint">
          {KEY}: the operation whose answer is the schema, at run time.
        </p>
      </div>
      {ds && target ? <DynamicParameters session={session} base={base} current={ds.parameters} operation={operation} target={target} /> : null}
      {ds ? (
        <TextField
          label="Schema location"
          value={ds.valuePath}
          code
          hint="value-path: where the schema is in the answer (schema, items/schema); empty for the whole answer."
          {...bindText(session, 'definition', `${base}/value-path`, { removeWhenEmpty: true })}
        />
      ) : null}
    </fieldset>
  );
}
