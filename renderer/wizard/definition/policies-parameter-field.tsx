// One template parameter of a policy instance, with the control its definition in the reference
// calls for: a text box, a drop-down (enum), a number, or a table of names and values (the polling
// trigger's query parameters). Problems show under the control and describe it.
import { useId, useState, type FormEvent } from 'react';
import { escapeSegment } from '../../../shared/core/text';
import type { TemplateParameter } from '../../../shared/editing/policy-templates';
import { useTabSession } from '../../session/session-context';
import { bindText, setOnce } from '../fields/field-binding';
import { SelectField } from '../fields/select-field';
import { TextField } from '../fields/text-field';

interface Props {
  /** Pointer of the instance's `parameters` object in apiProperties.json. */
  parametersPointer: string;
  parameter: TemplateParameter;
  value: unknown;
  error?: string;
}

export function PolicyParameterField({ parametersPointer, parameter: p, value, error }: Props) {
  const session = useTabSession();
  const pointer = `${parametersPointer}/${escapeSegment(p.key)}`;
  const hint =
    error ?? [p.description, p.required ? 'Required.' : p.default !== undefined ? `Default: ${p.default}.` : ''].filter(Boolean).join(' ');
  const label = p.required ? `${p.label} *` : p.label;
  if (p.kind === 'map') return <MapField pointer={pointer} parameter={p} value={value} error={error} />;
  if (p.kind === 'choice') {
    const current = typeof value === 'string' ? value : '';
    const options = [...(p.options ?? [])];
    if (current && !options.includes(current)) options.push(current);
    return (
      <div className={error ? 'has-error' : undefined}>
        <SelectField
          label={label}
          value={current}
          options={[
            { value: '', label: p.default !== undefined ? `(not set: ${p.default})` : '(not set)' },
            ...options.map((o) => ({ value: o, label: o })),
          ]}
          hint={hint}
          onChange={(v) => setOnce(session, 'properties', pointer, v === '' ? undefined : v)}
        />
      </div>
    );
  }
  const text =
    typeof value === 'string'
      ? value
      : value === undefined || value === null
        ? ''
        : typeof value === 'number'
          ? String(value)
          : JSON.stringify(value);
  const binding = bindText(session, 'properties', pointer, { removeWhenEmpty: !p.required });
  return (
    <div className={error ? 'has-error' : undefined}>
      <TextField
        label={label}
        value={text}
        code
        hint={hint}
        {...binding}
        onChange={(v) => {
          // A number parameter keeps being a number while it reads as one.
          const n = p.kind === 'number' && /^-?\d+$/.test(v) ? Number(v) : v;
          session.edit('properties', pointer, { kind: 'set', pointer, value: n });
        }}
      />
    </div>
  );
}

/** A name -> value object: each value edited in place, names added and removed. */
function MapField({
  pointer,
  parameter: p,
  value,
  error,
}: {
  pointer: string;
  parameter: TemplateParameter;
  value: unknown;
  error?: string;
}) {
  const session = useTabSession();
  const headingId = useId();
  const newId = useId();
  const [newName, setNewName] = useState('');
  const map = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const names = Object.keys(map);
  const duplicate = names.includes(newName);
  const add = (e: FormEvent) => {
    e.preventDefault();
    const name = newName.trim();
    if (!name || names.includes(name)) return;
    setOnce(session, 'properties', `${pointer}/${escapeSegment(name)}`, '');
    setNewName('');
  };
  return (
    <fieldset className={error ? 'map-field has-error' : 'map-field'} aria-labelledby={headingId}>
      <legend id={headingId}>{p.required ? `${p.label} *` : p.label}</legend>
      {p.description ? <p className="field-hint">{p.description}</p> : null}
      {error ? <p className="field-hint field-error">{error}</p> : null}
      {names.length === 0 ? <p className="section-hint">No entries.</p> : null}
      {names.map((name) => {
        const v = map[name];
        const at = `${pointer}/${escapeSegment(name)}`;
        return (
          <div key={name} className="map-row">
            {/* A value is often an expression longer than the row ($filter of a polling trigger): it wraps. */}
            <TextField
              label={name}
              value={typeof v === 'string' ? v : JSON.stringify(v)}
              code
              multiline
              {...bindText(session, 'properties', at)}
            />
            <button
              type="button"
              className="secondary"
              aria-label={`Remove ${name}`}
              onClick={() => setOnce(session, 'properties', at, undefined)}
            >
              Remove
            </button>
          </div>
        );
      })}
      <form className="map-add" onSubmit={add}>
        <div className="field">
          <label htmlFor={newId}>New name</label>
          <div className="field-control">
            <input
              id={newId}
              className="input code-input"
              value={newName}
              onChange={(e) => setNewName(e.target.value)}
              autoComplete="off"
              spellCheck={false}
            />
            <button type="submit" disabled={!newName.trim() || duplicate}>
              Add
            </button>
          </div>
          {duplicate ? <p className="field-hint field-error">There is already an entry named "{newName}".</p> : null}
        </div>
      </form>
    </fieldset>
  );
}
