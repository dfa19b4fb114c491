// One parameter's fields, in the portal's words (Name, Description, Summary, Default value, Is
// required, Visibility, Type, Format, Dropdown type), written where the parameter is: the item in
// the operation's list, the path item's shared list, or the `#/parameters` entry a `$ref` names.
import { useId, useState } from 'react';
import {
  FORMATS,
  PARAMETER_TYPES,
  type DropdownKind,
  type ParameterDetail,
  type ParameterLocation,
} from '../../../shared/editing/definition-edits';
import { useTabSession } from '../../session/session-context';
import type { OperationRow } from '../../../shared/editing/form-state';
import { bindText, setOnce } from '../fields/field-binding';
import { SelectField } from '../fields/select-field';
import { TextField } from '../fields/text-field';
import { CheckField } from '../fields/check-box';
import { applyChange } from './definition-change';
import { DynamicValuesFields, EnumField } from './dropdown-fields';
import { DynamicSchemaFields } from './dynamic-schema-fields';
import { SchemaTreeView } from './schema-tree-view';
import { VISIBILITY } from './visibility-options';
import { DefaultValueField } from './typed-value-fields';

const LOCATIONS: readonly { value: ParameterLocation; label: string }[] = [
  { value: 'path', label: 'Path' },
  { value: 'query', label: 'Query' },
  { value: 'header', label: 'Header' },
  { value: 'formData', label: 'Form data' },
];

interface Props {
  parameter: ParameterDetail;
  operation: OperationRow;
  operations: readonly OperationRow[];
  onRemoved(): void;
}

export function ParameterForm({ parameter: p, operation, operations, onRemoved }: Props) {
  const session = useTabSession();
  const legendId = useId();
  const at = (key: string) => `${p.editPointer}/${key}`;
  const text = (key: string) => bindText(session, 'definition', at(key), { removeWhenEmpty: true });
  const body = p.in === 'body';
  const derived: DropdownKind = p.dynamicValues || p.dynamicList ? 'dynamic' : p.enum.length ? 'static' : 'none';
  const [dropdown, setDropdown] = useState<DropdownKind | null>(null);
  const kind = dropdown ?? derived;
  const typeOptions = [...new Set([...(p.type === '' ? [''] : []), ...PARAMETER_TYPES, p.type])].map((t) => ({
    value: t,
    label: t || 'Not set',
  }));
  const formats = FORMATS[p.type] ?? [];
  const formatOptions = [...new Set(['', ...formats, p.format])].map((f) => ({ value: f, label: f || 'none' }));

  if (!p.resolved) {
    return (
      <div className="parameter-form">
        <p className="warn">
          The reference <code>{p.ref}</code> points to nothing: fix it in the text, or remove this parameter.
        </p>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            applyChange(session, { kind: 'remove-parameter', pointer: p.pointer });
            onRemoved();
          }}
        >
          Remove parameter
        </button>
      </div>
    );
  }

  return (
    <fieldset className="parameter-form" aria-labelledby={legendId}>
      <legend id={legendId}>
        Parameter <code>{p.name}</code> ({p.in})
      </legend>
      {p.ref ? (
        <p className="notice">
          Defined at <code>{p.ref}</code>: these fields edit it there, for every operation that uses it.
        </p>
      ) : null}
      {p.shared ? (
        <p className="notice">Declared on the path: every operation on {operation.path} shares it, and these fields edit it there.</p>
      ) : null}
      <TextField label="Name" value={p.name} code hint="name: as the API expects it." {...bindText(session, 'definition', at('name'))} />
      <TextField label="Summary" value={p.summary} hint="x-ms-summary: the label people see, in title case." {...text('x-ms-summary')} />
      <TextField
        label="Description"
        value={p.description}
        multiline
        hint="description: shown as the field's hint."
        {...text('description')}
      />
      {body ? null : (
        <>
          <SelectField
            label="In"
            value={p.in as ParameterLocation}
            options={LOCATIONS}
            hint="in: a path parameter is always required."
            onChange={(v) => applyChange(session, { kind: 'set-location', pointer: p.editPointer, location: v })}
          />
          <SelectField
            label="Type"
            value={p.type}
            options={typeOptions}
            hint="type"
            onChange={(v) => applyChange(session, { kind: 'set-type', pointer: p.editPointer, type: v })}
          />
          {p.type === 'array' ? (
            <SelectField
              label="Item type"
              value={p.itemsType}
              options={[...new Set([p.itemsType, 'string', 'integer', 'number', 'boolean'])].map((t) => ({
                value: t,
                label: t || 'Not set',
              }))}
              hint="items.type"
              onChange={(v) => setOnce(session, 'definition', at('items/type'), v || undefined)}
            />
          ) : null}
          <SelectField
            label="Format"
            value={p.format}
            options={formatOptions}
            hint="format"
            onChange={(v) => setOnce(session, 'definition', at('format'), v || undefined)}
          />
          <DefaultValueField
            pointer={at('default')}
            value={p.default === '' ? undefined : (JSON.parse(p.default) as unknown)}
            type={p.type}
            hint="default: sent when a flow leaves the field empty."
          />
        </>
      )}
      <CheckField
        label="Is required"
        checked={p.required}
        disabled={p.in === 'path' && p.required}
        hint={p.in === 'path' ? 'A path parameter is always required.' : 'required'}
        onChange={(v) => setOnce(session, 'definition', at('required'), v ? true : undefined)}
      />
      <SelectField
        label="Visibility"
        value={p.visibility}
        options={VISIBILITY}
        hint="x-ms-visibility: internal hides the field (a required internal parameter needs a default)."
        onChange={(v) => setOnce(session, 'definition', at('x-ms-visibility'), v === 'none' ? undefined : v)}
      />
      {body ? null : (
        <>
          <SelectField
            label="Dropdown type"
            value={kind}
            options={[
              { value: 'none', label: 'None' },
              { value: 'static', label: 'Static' },
              { value: 'dynamic', label: 'Dynamic' },
            ]}
            hint="Static: a fixed list of values (enum). Dynamic: values another operation returns (x-ms-dynamic-values)."
            onChange={(v) => {
              setDropdown(v);
              if (v === 'none' || (v === 'static' && p.dynamicValues) || (v === 'dynamic' && p.enum.length)) {
                applyChange(session, { kind: 'set-dropdown', pointer: p.editPointer, dropdown: v });
              }
            }}
          />
          {kind === 'static' ? <EnumField parameter={p} /> : null}
          {kind === 'dynamic' ? <DynamicValuesFields parameter={p} operation={operation} operations={operations} /> : null}
          {p.otherDynamic.length ? <p className="field-hint">Also has {p.otherDynamic.join(', ')}: edit those in the text.</p> : null}
        </>
      )}
      {body && p.schema && p.schemaPointer ? (
        <SchemaTreeView tree={p.schema} label={`Body schema of ${operation.operationId || operation.path}`} />
      ) : null}
      {body && p.schemaPointer ? (
        <DynamicSchemaFields
          schemaPointer={p.schemaPointer}
          newSchemaPointer={`${p.editPointer}/schema`}
          dynamicSchema={p.dynamicSchema}
          dynamicProperties={p.dynamicProperties}
          operation={operation}
          operations={operations}
          of="body"
        />
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="secondary"
          onClick={() => {
            applyChange(session, { kind: 'remove-parameter', pointer: p.pointer });
            onRemoved();
          }}
        >
          {p.shared ? 'Remove from the path' : 'Remove parameter'}
        </button>
      </div>
    </fieldset>
  );
}
