// The operation's responses: each status code with its description and schema tree, adding and
// removing one, and Import from sample (headers and body become the response's schema).
import { useContext, useEffect, useId, useState } from 'react';
import type { OperationDetail, ResponseDetail } from '../../../shared/editing/definition-edits';
import { useTabSession } from '../../session/session-context';
import type { OperationRow } from '../../../shared/editing/form-state';
import { bindText, setOnce } from '../fields/field-binding';
import { ExpandableTable } from '../fields/expandable-table';
import { TextField } from '../fields/text-field';
import { applyChange } from './definition-change';
import { DynamicSchemaFields } from './dynamic-schema-fields';
import { ResponseSampleDialog } from './sample-dialogs';
import { SchemaTreeView } from './schema-tree-view';
import { focusField } from '../certification/focus-field';
import { asksFor, ParameterFocusContext, takeRequest } from './parameter-focus';

interface Props {
  operation: OperationRow;
  /** Every operation (a dynamic schema names another one). */
  operations: readonly OperationRow[];
  detail: OperationDetail | undefined;
  locked: boolean;
}

export function ResponsesEditor({ operation: op, operations, detail, locked }: Props) {
  const session = useTabSession();
  const statusId = useId();
  const [open, setOpen] = useState<string>();
  const [status, setStatus] = useState('');
  const [importing, setImporting] = useState(false);
  const responses = detail?.responses ?? [];
  const chosen = responses.find((r) => r.status === open);
  const focusRequest = useContext(ParameterFocusContext);
  const sectionId = useId();

  // A finding asked for a response's field: open its form, then focus the field (a schema
  // property's: the schema tree in the form takes the request).
  useEffect(() => {
    // By the operation's response, or where its fields are written (a `$ref`'d response's entry).
    const asks = (r: ResponseDetail) => asksFor(focusRequest, r.pointer) ?? asksFor(focusRequest, r.editPointer);
    const asked = responses.find(asks);
    if (!focusRequest || !asked) return;
    setOpen(asked.status);
    if (asks(asked) === 'self' && takeRequest(focusRequest)) focusField(sectionId, focusRequest.field);
  }, [focusRequest, responses, sectionId]);
  const s = status.trim();
  const problem =
    s === ''
      ? undefined
      : !/^([1-5]\d\d|default)$/.test(s)
        ? 'A status is a code from 100 to 599, or default.'
        : responses.some((r) => r.status === s)
          ? `There is already a ${s} response.`
          : undefined;
  const add = () => {
    if (s === '' || problem) return;
    applyChange(session, { kind: 'add-response', pointer: op.pointer, status: s, description: '' });
    setOpen(s);
    setStatus('');
  };
  return (
    <fieldset className="form-section" disabled={locked} id={sectionId}>
      <legend>Response</legend>
      {!detail ? <p className="status">Reading the responses…</p> : null}
      {detail && !responses.length ? <p>This operation declares no responses.</p> : null}
      {responses.length ? (
        <ExpandableTable
          items={responses}
          keyOf={(r) => r.status}
          open={open}
          onToggle={setOpen}
          head={{ header: 'Status', label: (r) => r.status }}
          columns={[
            { header: 'Description', cell: (r) => r.description },
            { header: 'Schema', cell: schemaSummary },
          ]}
        />
      ) : null}
      {chosen ? (
        <ResponseForm key={chosen.status} response={chosen} operation={op} operations={operations} onRemoved={() => setOpen(undefined)} />
      ) : null}
      <div className="add-row">
        <div className="field">
          <label htmlFor={statusId}>New response status</label>
          <input
            id={statusId}
            className="input code-input"
            value={status}
            placeholder="404"
            autoComplete="off"
            aria-invalid={problem ? true : undefined}
            onChange={(e) => setStatus(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && add()}
          />
        </div>
        <button type="button" onClick={add} disabled={s === '' || Boolean(problem)}>
          Add response
        </button>
        <button type="button" className="secondary" onClick={() => setImporting(true)}>
          Import from sample
        </button>
      </div>
      {problem ? <p className="field-hint warn">{problem}</p> : null}
      {importing ? (
        <ResponseSampleDialog
          operation={op}
          onClose={(imported) => {
            setImporting(false);
            if (imported) setOpen(imported);
          }}
        />
      ) : null}
    </fieldset>
  );
}

function schemaSummary(r: ResponseDetail): string {
  const root = r.schema?.rows[0];
  if (!root) return '';
  const props = (r.schema?.rows.length ?? 1) - 1;
  const type = root.ref
    ? root.ref.replace(/^#\/definitions\//, '')
    : root.shownType === 'array' && root.itemType
      ? `array of ${root.itemType}`
      : root.shownType || 'any';
  return props ? `${type}, ${props} ${props === 1 ? 'property' : 'properties'}` : type;
}

function ResponseForm({
  response: r,
  operation,
  operations,
  onRemoved,
}: {
  response: ResponseDetail;
  operation: OperationRow;
  operations: readonly OperationRow[];
  onRemoved(): void;
}) {
  const session = useTabSession();
  const legendId = useId();
  return (
    <fieldset className="parameter-form" aria-labelledby={legendId}>
      <legend id={legendId}>Response {r.status}</legend>
      {r.ref ? (
        <p className="notice">
          Defined at <code>{r.ref}</code>: these fields edit it there, for every operation that uses it.
        </p>
      ) : null}
      <TextField
        label="Description"
        value={r.description}
        hint="description: required for every response."
        {...bindText(session, 'definition', `${r.editPointer}/description`)}
      />
      {r.schema ? (
        <SchemaTreeView tree={r.schema} label={`Schema of the ${r.status} response of ${operation.operationId || operation.path}`} />
      ) : (
        <p>No schema: Import from sample makes one.</p>
      )}
      {/^(2\d\d|default)$/.test(r.status) ? (
        <DynamicSchemaFields
          schemaPointer={r.schemaPointer}
          newSchemaPointer={`${r.editPointer}/schema`}
          dynamicSchema={r.dynamicSchema}
          dynamicProperties={r.dynamicProperties}
          operation={operation}
          operations={operations}
          of={`${r.status} response`}
        />
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setOnce(session, 'definition', r.pointer, undefined);
            onRemoved();
          }}
        >
          Remove response
        </button>
      </div>
    </fieldset>
  );
}
