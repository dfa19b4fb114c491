// One input as the Power Automate card shows it: its label (the name when it has no x-ms-summary,
// flagged), the required mark, the description as the field's placeholder hint, and the control
// the designer gives its type. Read-only: the preview shows the card, the form edits the text.
import { useId } from 'react';
import type { DynamicSource, PreviewInput } from '../../../../shared/engines/designer-preview';

/** "Get companies (GetCompanies), given Entity Type": what a dynamic dropdown calls. */
export function dynamicSourceText(source: DynamicSource): string {
  const op = source.builtIn
    ? source.builtIn
    : source.operationSummary
      ? `${source.operationSummary} (${source.operationId})`
      : source.operationId || 'another operation';
  const passes = source.passes.map((p) => (p.source === 'input' ? (p.label ?? p.value) : `${p.name} = ${p.value}`));
  return `${op}${source.found ? '' : ', not in this connector'}${passes.length ? `, given ${passes.join(', ')}` : ''}`;
}

function FieldLabel({ input, htmlFor, id }: { input: PreviewInput; htmlFor?: string; id?: string }) {
  const content = (
    <>
      {input.parents.length ? <span className="preview-parents">{input.parents.join(' › ')} › </span> : null}
      {input.label}
      {input.required ? (
        <>
          <span className="required-mark" aria-hidden="true">
            *
          </span>
          <span className="visually-hidden"> (required)</span>
        </>
      ) : null}
    </>
  );
  return (
    <div className="preview-label-row">
      {htmlFor ? (
        <label htmlFor={htmlFor} id={id}>
          {content}
        </label>
      ) : (
        <span id={id} className="preview-label">
          {content}
        </span>
      )}
      {input.labelFrom === 'name' ? <span className="badge badge-warn">no x-ms-summary</span> : null}
    </div>
  );
}

// The designer shows a dropdown's placeholder (the description) over as many lines as it needs; a
// select cannot wrap its text, so the hint is shown under it, whole, and the select names the choice.
function SelectHint({ id, hint }: { id: string; hint: string }) {
  return hint ? (
    <p id={`${id}-hint`} className="field-hint preview-select-hint">
      {hint}
    </p>
  ) : null;
}

function described(id: string, hint: string): { 'aria-describedby'?: string } {
  return hint ? { 'aria-describedby': `${id}-hint` } : {};
}

// A text box of the card: the designer shows its placeholder (the description) whole, over as many
// lines as it takes, so the box is a text area as tall as its text or placeholder.
function PreviewText({
  id,
  named,
  value,
  placeholder,
  inputMode,
}: {
  id: string;
  named: { 'aria-label'?: string };
  value: string;
  placeholder: string;
  inputMode?: 'decimal';
}) {
  return (
    <textarea
      id={id}
      {...named}
      className="input preview-text"
      readOnly
      rows={1}
      value={value}
      placeholder={placeholder}
      inputMode={inputMode}
    />
  );
}

function Control({ input, id, label }: { input: PreviewInput; id: string; label?: string }) {
  const c = input.control;
  // Set when no <label> names the control (the one value of an array's item).
  const named = label ? { 'aria-label': label } : {};
  const hint = input.hint ?? '';
  const value = input.default ?? '';
  switch (c.kind) {
    case 'boolean':
      return (
        <>
          <select id={id} {...named} {...described(id, hint)} className="input" defaultValue={value}>
            <option value="">Yes or No</option>
            <option value="true">Yes</option>
            <option value="false">No</option>
          </select>
          <SelectHint id={id} hint={hint} />
        </>
      );
    case 'dropdown':
      return (
        <>
          <select id={id} {...named} {...described(id, hint)} className="input" defaultValue={value}>
            <option value="">Choose a value</option>
            {c.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          <SelectHint id={id} hint={hint} />
        </>
      );
    case 'dynamic':
      return (
        <>
          <select id={id} {...named} className="input" aria-describedby={`${hint ? `${id}-hint ` : ''}${id}-from`}>
            <option value="">Choose a value</option>
          </select>
          <SelectHint id={id} hint={hint} />
          <p id={`${id}-from`} className={c.source.found ? 'field-hint' : 'field-hint warn'}>
            Loaded from {dynamicSourceText(c.source)}
          </p>
        </>
      );
    case 'file':
      return <PreviewText id={id} named={named} value="" placeholder={hint || 'File content'} />;
    case 'date-time':
      return (
        <PreviewText
          id={id}
          named={named}
          value={value}
          placeholder={hint || (c.dateOnly ? 'Example: 2017-01-01' : 'Example: 2017-01-01T12:00:00Z')}
        />
      );
    case 'object':
      return (
        <textarea
          id={id}
          {...named}
          className="input"
          readOnly
          rows={2}
          value={value}
          placeholder={hint || (c.dictionary ? 'Key and value pairs' : 'An object, as JSON')}
        />
      );
    default:
      return <PreviewText id={id} named={named} value={value} placeholder={hint} inputMode={c.kind === 'number' ? 'decimal' : undefined} />;
  }
}

export function PreviewField({ input }: { input: PreviewInput }) {
  const id = useId();
  const c = input.control;
  if (c.kind === 'array') {
    // An array is a group: one set of item fields (or one value) per item the maker adds.
    return (
      <div className="preview-field" role="group" aria-labelledby={`${id}-label`} data-input={input.name}>
        <FieldLabel input={input} id={`${id}-label`} />
        {input.hint ? <p className="field-hint">{input.hint}</p> : null}
        <div className="preview-array-item">
          {c.itemFields.length ? (
            c.itemFields.map((f) => <PreviewField key={f.key} input={f} />)
          ) : (
            <Control input={{ ...input, control: c.item, hint: '' }} id={`${id}-item`} label={`${input.label}, item 1`} />
          )}
        </div>
        <p className="field-hint">+ Add new item (the designer can also take the whole array at once)</p>
      </div>
    );
  }
  return (
    <div className="preview-field" data-input={input.name}>
      <FieldLabel input={input} htmlFor={id} />
      <Control input={input} id={id} />
    </div>
  );
}
