// Adding a property to an object schema and removing one, by hand (Import from sample writes a whole
// schema; this is for the property a sample did not have, or one the API no longer sends). Each is
// one edit and one undo step; a removed property also leaves its object's `required` list.
import { useId, useState, type FormEvent } from 'react';
import { appendPointer } from '../../../shared/core/text';
import { useTabSession } from '../../session/session-context';

/** Where a schema is, as both property trees (an operation's, the References view's) know it. */
export interface SchemaPlace {
  /** The schema's own fields (an object schema's properties go under it). */
  pointer: string;
  /** The object schema listing this property in its `properties` and `required`; '' for a root. */
  parentPointer: string;
  name: string;
  required: boolean;
  /** How the tree names it ("documents[].id"); the name when absent. */
  label?: string;
}

const NEW_PROPERTY_TYPES = ['string', 'integer', 'number', 'boolean', 'object', 'array'] as const;

let seq = 0;

/** "Add property" under an object schema: a name (new among its properties) and a type. */
export function AddSchemaProperty({ row, siblings }: { row: SchemaPlace; siblings: readonly string[] }) {
  const session = useTabSession();
  const nameId = useId();
  const typeId = useId();
  const errorId = useId();
  const [name, setName] = useState('');
  const [type, setType] = useState<(typeof NEW_PROPERTY_TYPES)[number]>('string');
  const [error, setError] = useState<string>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setError('Type the name of the new property.');
    if (siblings.includes(trimmed)) return setError(`There is a property named ${trimmed} already.`);
    const value = type === 'array' ? { type, items: { type: 'string' } } : { type };
    session.edit('definition', `schema-property-${++seq}`, {
      kind: 'set',
      pointer: appendPointer(row.pointer, 'properties', trimmed),
      value,
    });
    session.endEditGroup();
    setName('');
    setError(undefined);
  };
  return (
    <form className="add-property" onSubmit={submit} aria-label={`Add a property to ${row.label || row.name || 'the schema'}`}>
      <div className="field">
        <label htmlFor={nameId}>New property name</label>
        <input
          id={nameId}
          className="input"
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          autoComplete="off"
          spellCheck={false}
        />
      </div>
      <div className="field">
        <label htmlFor={typeId}>New property type</label>
        <select id={typeId} className="input" value={type} onChange={(e) => setType(e.target.value as typeof type)}>
          {NEW_PROPERTY_TYPES.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </div>
      <button type="submit" className="secondary">
        Add property
      </button>
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}

/** "Remove property": the property where its object lists it (not the definition a `$ref` names). */
export function RemoveSchemaProperty({ row }: { row: SchemaPlace }) {
  const session = useTabSession();
  const remove = () => {
    const step = ++seq;
    if (row.required) {
      session.edit('definition', `schema-property-${step}-required`, {
        kind: 'definition',
        change: { kind: 'schema-required', schemaPointer: row.parentPointer, name: row.name, required: false },
      });
    }
    session.edit('definition', `schema-property-${step}`, {
      kind: 'remove',
      pointer: appendPointer(row.parentPointer, 'properties', row.name),
    });
    session.endEditGroup();
  };
  return (
    <button type="button" className="secondary" onClick={remove}>
      Remove property {row.name}
    </button>
  );
}
