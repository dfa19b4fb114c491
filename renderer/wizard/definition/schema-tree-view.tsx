// A body or response schema as its property tree, and the chosen property's fields (the portal's
// "Schema Property": Title, Description, Is required, plus type, format, default, allowed values and
// visibility), written where the property is (at the definition a `$ref` names, saying so).
import { useContext, useEffect, useId, useState } from 'react';
import { focusField } from '../certification/focus-field';
import { ParameterFocusContext, takeRequest } from './parameter-focus';
import { FORMATS, PARAMETER_TYPES, type SchemaRow, type SchemaTree } from '../../../shared/editing/definition-edits';
import { useTabSession } from '../../session/session-context';
import { bindText, setOnce } from '../fields/field-binding';
import { SelectField } from '../fields/select-field';
import { TextField } from '../fields/text-field';
import { CheckField } from '../fields/check-box';
import { ExpandableTable } from '../fields/expandable-table';
import { AddSchemaProperty, RemoveSchemaProperty } from './schema-property-actions';
import { applyChange } from './definition-change';
import { VISIBILITY } from './visibility-options';
import { DefaultValueField, ValuesField } from './typed-value-fields';

interface Props {
  tree: SchemaTree;
  /** Names the tree for assistive technology ("Body schema of CreateItem"). */
  label: string;
  /** The text does not parse: the tree can be browsed, its fields not edited. */
  locked?: boolean;
}

const SCHEMA_TYPES = [...PARAMETER_TYPES.filter((t) => t !== 'file'), 'object'];

export function SchemaTreeView({ tree, label, locked = false }: Props) {
  const captionId = useId();
  const [open, setOpen] = useState<string>();
  const rows = tree.rows;
  const chosen = rows.find((r) => r.pointer + r.label === open);
  const treeId = useId();
  const focusRequest = useContext(ParameterFocusContext);

  // A finding asked for a property's field: open the property's form, then focus the field.
  useEffect(() => {
    // By where the property is written, or (a request naming a definition) where its fields are.
    const asked = focusRequest && (rows.find((r) => r.at === focusRequest.pointer) ?? rows.find((r) => r.pointer === focusRequest.pointer));
    if (!focusRequest || !asked || !takeRequest(focusRequest)) return;
    setOpen(asked.pointer + asked.label);
    focusField(treeId, focusRequest.field, undefined, focusRequest.line);
  }, [focusRequest, rows, treeId]);

  if (!rows.length) return null;
  return (
    <div className="schema-tree" id={treeId}>
      <ExpandableTable
        items={rows}
        keyOf={(r) => r.pointer + r.label}
        open={open}
        onToggle={setOpen}
        caption={{ id: captionId, text: label }}
        head={{
          header: 'Property',
          label: (r) => r.label || '(schema)',
          indent: (r) => r.depth,
          after: (r) => (
            <>
              {r.ref ? <span className="badge">{r.ref.replace(/^#\/definitions\//, '')}</span> : null}
              {r.cut === 'cycle' ? <span className="badge">repeats</span> : null}
            </>
          ),
        }}
        columns={[
          {
            header: 'Type',
            cell: (r) =>
              `${r.shownType === 'array' && r.itemType ? `array of ${r.itemType}` : r.shownType}${r.format ? ` (${r.format})` : ''}`,
          },
          { header: 'Required', cell: (r) => (r.required ? 'Yes' : '') },
          { header: 'Title', cell: (r) => r.summary },
          { header: 'Visibility', cell: (r) => (r.visibility === 'none' ? '' : r.visibility) },
        ]}
      />
      {tree.truncated ? (
        <p className="field-hint">
          The schema is larger than the form shows: its first {rows.length} properties are listed; the rest is in the text.
        </p>
      ) : null}
      {chosen ? (
        <PropertyForm
          key={chosen.pointer + chosen.label}
          row={chosen}
          siblings={rows.filter((x) => x.parentPointer === chosen.pointer).map((x) => x.name)}
          locked={locked}
        />
      ) : null}
    </div>
  );
}

function PropertyForm({ row: r, siblings, locked }: { row: SchemaRow; siblings: string[]; locked: boolean }) {
  const session = useTabSession();
  const legendId = useId();
  const at = (key: string) => `${r.pointer}/${key}`;
  const text = (key: string) => bindText(session, 'definition', at(key), { removeWhenEmpty: true });
  if (r.unresolved) return <p className="warn">The reference {r.ref} points to nothing: fix it in the text.</p>;
  const typeOptions = [...new Set([r.type, ...SCHEMA_TYPES])].map((t) => ({ value: t, label: t || 'Not set' }));
  const formatOptions = [...new Set(['', ...(FORMATS[r.type] ?? []), r.format])].map((f) => ({ value: f, label: f || 'none' }));
  return (
    <fieldset className="property-form" aria-labelledby={legendId} disabled={locked}>
      <legend id={legendId}>
        Schema property <code>{r.label || '(schema)'}</code>
      </legend>
      {r.ref ? (
        <p className="notice">
          Defined at <code>{r.ref}</code>: these fields edit it there, for every schema that uses it.
        </p>
      ) : null}
      <TextField label="Title" value={r.summary} hint="x-ms-summary: the label people see." {...text('x-ms-summary')} />
      <TextField label="Description" value={r.description} multiline hint="description" {...text('description')} />
      <SelectField
        label="Type"
        value={r.type}
        options={typeOptions}
        hint="type"
        onChange={(v) => applyChange(session, { kind: 'set-type', pointer: r.pointer, type: v })}
      />
      <SelectField
        label="Format"
        value={r.format}
        options={formatOptions}
        hint="format"
        onChange={(v) => setOnce(session, 'definition', at('format'), v || undefined)}
      />
      <DefaultValueField pointer={at('default')} value={r.default} type={r.type} hint="default: the value when none is given." />
      {r.parentPointer ? (
        <CheckField
          label="Is required"
          checked={r.required}
          hint="Listed in the enclosing object's required list."
          onChange={(v) => applyChange(session, { kind: 'schema-required', schemaPointer: r.parentPointer, name: r.name, required: v })}
        />
      ) : null}
      <SelectField
        label="Visibility"
        value={r.visibility}
        options={VISIBILITY}
        hint="x-ms-visibility"
        onChange={(v) => setOnce(session, 'definition', at('x-ms-visibility'), v === 'none' ? undefined : v)}
      />
      <ValuesField pointer={at('enum')} values={r.enum} type={r.type} hint="enum: one value per line; the only values allowed." />
      {r.shownType === 'object' && !r.cut ? <AddSchemaProperty row={r} siblings={siblings} /> : null}
      {r.parentPointer ? <RemoveSchemaProperty row={r} /> : null}
    </fieldset>
  );
}
