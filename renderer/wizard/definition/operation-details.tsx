// The selected action or trigger: its General fields (Summary, Description, Operation ID,
// Visibility) edit the definition; its request parameters and responses are shown read-only.
import type { Visibility } from '../../../shared/model';
import { KIND_LABELS } from '../../studio/connector-labels';
import type { ConnectorSession } from '../../studio/connector-session';
import type { OperationRow } from '../../studio/form-state';
import { bindText, setOnce } from '../fields/field-binding';
import { SelectField } from '../fields/select-field';
import { TextField } from '../fields/text-field';
import { ParametersTable } from './parameters-table';
import { ResponsesTable } from './responses-table';

const VISIBILITY: readonly { value: Visibility; label: string }[] = [
  { value: 'none', label: 'none' },
  { value: 'advanced', label: 'advanced' },
  { value: 'internal', label: 'internal' },
  { value: 'important', label: 'important' },
];

interface Props {
  session: ConnectorSession;
  operation: OperationRow;
  locked: boolean;
}

export function OperationDetails({ session, operation: op, locked }: Props) {
  const at = (key: string) => `${op.pointer}/${key}`;
  return (
    <section className="operation-details" aria-labelledby="operation-heading">
      <h3 id="operation-heading">
        <span className={`method method-${op.method}`}>{op.method.toUpperCase()}</span> <code>{op.path}</code>
      </h3>
      <p className="section-hint">
        {KIND_LABELS[op.kind]}
        {op.deprecated ? ', deprecated' : ''}
      </p>
      <fieldset className="form-section" disabled={locked}>
        <legend>General</legend>
        <TextField label="Summary" value={op.summary} hint="summary: the action's title, in sentence case." {...bindText(session, 'definition', at('summary'), { removeWhenEmpty: true })} />
        <TextField label="Description" value={op.description} multiline hint="description" {...bindText(session, 'definition', at('description'), { removeWhenEmpty: true })} />
        <TextField
          label="Operation ID"
          value={op.operationId}
          code
          hint="operationId: unique, letters and digits. Policies and dynamic values that name the old ID are not renamed with it."
          {...bindText(session, 'definition', at('operationId'), { removeWhenEmpty: true })}
        />
        <SelectField
          label="Visibility"
          value={op.visibility}
          options={VISIBILITY}
          hint="x-ms-visibility: none shows the operation normally; advanced hides it under a menu; internal hides it; important shows it first."
          onChange={(v) => setOnce(session, 'definition', at('x-ms-visibility'), v === 'none' ? undefined : v)}
        />
      </fieldset>
      <h4>Request parameters</h4>
      <ParametersTable parameters={op.parameters} />
      <h4>Responses</h4>
      <ResponsesTable responses={op.responses} />
    </section>
  );
}
