// The selected action or trigger, as the portal's Definition step shows it: General (Summary,
// Description, Operation ID, Visibility), Request (verb, URL, Import from sample, parameters) and
// Response (status codes, schemas, Import from sample); duplicate and delete. Every field writes a
// minimal edit where the value is (the referenced place for a `$ref`).
import { useState } from 'react';
import { KIND_LABELS } from '../../../shared/editing/connector-labels';
import { useTabSession } from '../../session/session-context';
import type { FormState, OperationRow } from '../../../shared/editing/form-state';
import { bindText, setOnce } from '../fields/field-binding';
import { SelectField } from '../fields/select-field';
import { TextField } from '../fields/text-field';
import { DeleteOperationDialog, OperationDialog } from './operation-dialogs';
import { OperationIdField } from './operation-id-field';
import { RequestSection } from './request-section';
import { ResponsesEditor } from './responses-editor';
import type { OperationDetailState } from './use-operation-detail';
import { VISIBILITY } from './visibility-options';
import './definition.css';

interface Props {
  operation: OperationRow;
  locked: boolean;
  /** The whole form state: the other operations (dynamic values, checks), host and base path. */
  form?: FormState;
  /** The operation's detail from the detail worker (the tab asks for it: its preview shares it). */
  state: OperationDetailState;
  onSelect?(pointer: string | undefined): void;
}

export function OperationDetails({ operation: op, locked, form, state, onSelect = () => {} }: Props) {
  const session = useTabSession();
  const at = (key: string) => `${op.pointer}/${key}`;
  const operations = form?.operations ?? [op];
  const { detail, error } = state;
  const [dialog, setDialog] = useState<'duplicate' | 'delete'>();
  return (
    <section className="operation-details" aria-labelledby="operation-heading">
      <div className="operation-heading-row">
        <h3 id="operation-heading">
          <span className={`method method-${op.method}`}>{op.method.toUpperCase()}</span> <code>{op.path}</code>
        </h3>
        <div className="button-row">
          <button type="button" className="secondary" disabled={locked} onClick={() => setDialog('duplicate')}>
            Duplicate
          </button>
          <button type="button" className="secondary" disabled={locked} onClick={() => setDialog('delete')}>
            Delete
          </button>
        </div>
      </div>
      <p className="section-hint">
        {KIND_LABELS[op.kind]}
        {op.deprecated ? ', deprecated' : ''}
      </p>
      {error ? <p className="error">{error}</p> : null}
      <fieldset className="form-section" disabled={locked}>
        <legend>General</legend>
        <TextField
          label="Summary"
          value={op.summary}
          hint="summary: the action's title, in sentence case."
          {...bindText(session, 'definition', at('summary'), { removeWhenEmpty: true })}
        />
        <TextField
          label="Description"
          value={op.description}
          multiline
          hint="description"
          {...bindText(session, 'definition', at('description'), { removeWhenEmpty: true })}
        />
        <OperationIdField pointer={op.pointer} value={op.operationId} detail={detail} />
        <SelectField
          label="Visibility"
          value={op.visibility}
          options={VISIBILITY}
          hint="x-ms-visibility: none shows the operation normally; advanced hides it under a menu; internal hides it; important shows it first."
          onChange={(v) => setOnce(session, 'definition', at('x-ms-visibility'), v === 'none' ? undefined : v)}
        />
      </fieldset>
      <RequestSection
        operation={op}
        operations={operations}
        detail={detail}
        basePath={form?.general.basePath ?? ''}
        host={form?.general.host ?? ''}
        locked={locked}
        onSelect={onSelect}
      />
      <ResponsesEditor operation={op} operations={operations} detail={detail} locked={locked} />
      {dialog === 'duplicate' ? (
        <OperationDialog
          operations={operations}
          source={op}
          onDone={(pointer) => {
            setDialog(undefined);
            if (pointer) onSelect(pointer);
          }}
        />
      ) : null}
      {dialog === 'delete' ? (
        <DeleteOperationDialog
          operation={op}
          operations={operations}
          detail={detail}
          onDone={(deleted) => {
            setDialog(undefined);
            if (deleted) onSelect(undefined);
          }}
        />
      ) : null}
    </section>
  );
}
