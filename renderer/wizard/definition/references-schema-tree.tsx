// A definition's properties as a tree (nested lists of buttons: every row is reachable with Tab),
// and the chosen property's fields in the portal's wording (Title is x-ms-summary, Is required is
// the enclosing schema's `required` list). A `$ref` property is edited where its definition is.
import { useState } from 'react';
import { schemaTree, type SchemaPropertyNode } from '../../../shared/definition-references';
import type { ConnectorSession } from '../../studio/connector-session';
import { bindText, setOnce } from '../fields/field-binding';
import { SelectField } from '../fields/select-field';
import { TextField } from '../fields/text-field';
import { CheckBox } from '../fields/check-box';
import { definitionDocument } from './references-source';
import { AddSchemaProperty, RemoveSchemaProperty } from './schema-property-actions';

const TYPES = ['', 'string', 'integer', 'number', 'boolean', 'array', 'object'] as const;
const VISIBILITY = ['', 'advanced', 'internal', 'important'] as const;

interface Props {
  session: ConnectorSession;
  schemaPointer: string;
  locked: boolean;
}

export function SchemaTreeView({ session, schemaPointer, locked }: Props) {
  const [chosen, setChosen] = useState<string>();
  const doc = definitionDocument(session);
  const tree = doc ? schemaTree(doc.value, schemaPointer) : [];
  const node = chosen ? find(tree, chosen) : undefined;
  const root = { pointer: schemaPointer, parentPointer: '', name: schemaPointer.split('/').pop() ?? '', required: false };
  return (
    <div className="schema-tree-view">
      {tree.length ? <SchemaList nodes={tree} chosen={chosen} onChoose={setChosen} label="Properties" /> : <p>This schema declares no properties.</p>}
      {node ? (
        <PropertyFields key={node.pointer} session={session} node={node} locked={locked} />
      ) : (
        <>
          {tree.length ? <p className="choose-hint">Choose a property to edit it.</p> : null}
          {locked ? null : <AddSchemaProperty session={session} row={root} siblings={tree.map((n) => n.name)} />}
        </>
      )}
    </div>
  );
}

function find(nodes: readonly SchemaPropertyNode[], pointer: string): SchemaPropertyNode | undefined {
  for (const n of nodes) {
    if (n.pointer === pointer) return n;
    const inner = find(n.children, pointer);
    if (inner) return inner;
  }
  return undefined;
}

function SchemaList({ nodes, chosen, onChoose, label }: { nodes: readonly SchemaPropertyNode[]; chosen: string | undefined; onChoose(p: string): void; label: string }) {
  return (
    <ul className="schema-tree" aria-label={label}>
      {nodes.map((n) => (
        <li key={n.pointer}>
          <button type="button" className="schema-node" aria-pressed={n.pointer === chosen} onClick={() => onChoose(n.pointer)}>
            <code>{n.name}</code>
            <span className="schema-node-type">{n.ref ? n.ref.replace(/^#\/definitions\//, '→ ') : [n.type, n.format].filter(Boolean).join(', ') || 'any'}</span>
            {n.required ? <span className="badge">required</span> : null}
          </button>
          {n.children.length ? <SchemaList nodes={n.children} chosen={chosen} onChoose={onChoose} label={`Properties of ${n.name}`} /> : null}
        </li>
      ))}
    </ul>
  );
}

function PropertyFields({ session, node, locked }: { session: ConnectorSession; node: SchemaPropertyNode; locked: boolean }) {
  const at = (key: string) => `${node.pointer}/${key}`;
  return (
    <fieldset className="form-section property-fields" disabled={locked}>
      <legend>
        Property <code>{node.name}</code>
      </legend>
      {node.ref ? (
        <p className="section-hint">
          A reference to <code>{node.ref}</code>: edit that definition to change its fields.
        </p>
      ) : (
        <>
          <TextField label="Title" value={node.summary} hint="x-ms-summary" {...bindText(session, 'definition', at('x-ms-summary'), { removeWhenEmpty: true })} />
          <TextField label="Description" value={node.description} multiline hint="description" {...bindText(session, 'definition', at('description'), { removeWhenEmpty: true })} />
          <SelectField
            label="Type"
            value={node.type as (typeof TYPES)[number]}
            options={withCurrent(TYPES, node.type).map((t) => ({ value: t, label: t || '(not set)' }))}
            hint="type"
            onChange={(v) => setOnce(session, 'definition', at('type'), v || undefined)}
          />
          <TextField label="Format" value={node.format} code hint="format: date-time, int32, email, binary…" {...bindText(session, 'definition', at('format'), { removeWhenEmpty: true })} />
          <SelectField
            label="Visibility"
            value={node.visibility as (typeof VISIBILITY)[number]}
            options={withCurrent(VISIBILITY, node.visibility).map((v) => ({ value: v, label: v || 'none' }))}
            hint="x-ms-visibility"
            onChange={(v) => setOnce(session, 'definition', at('x-ms-visibility'), v || undefined)}
          />
        </>
      )}
      <CheckBox
        checked={node.required}
        onChange={(required) => {
          session.edit('definition', `required:${node.pointer}`, { kind: 'schema-required', schema: node.parentPointer, name: node.name, required });
          session.endEditGroup();
        }}
      >
        Is required
      </CheckBox>
      {!node.ref && node.type === 'object' ? <AddSchemaProperty session={session} row={node} siblings={node.children.map((c) => c.name)} /> : null}
      <RemoveSchemaProperty session={session} row={node} />
    </fieldset>
  );
}

/** The known values, plus what the file holds when it is something else (shown, never lost). */
function withCurrent<T extends string>(known: readonly T[], current: string): T[] {
  return known.includes(current as T) ? [...known] : [...known, current as T];
}
