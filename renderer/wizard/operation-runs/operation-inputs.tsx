// The inputs of one operation: a field per parameter (path, query, header, form), labelled with its
// summary and name, and the body as JSON text pre-filled with an example built from its schema.
// Empty fields are not sent: the request builder then uses the declared default, or says which
// required value is missing.
import { useEffect, useId } from 'react';
import type { OperationView, ParameterView } from '../../../shared/core/model';
import { rawParameter } from './run-model';
import { schemaExampleText } from './schema-example';
import type { TestStore } from './run-store';

interface Props {
  store: TestStore;
  operation: OperationView;
  operationKey: string;
  definition: unknown;
  values: Record<string, string>;
}

const WHERE: Record<string, string> = { path: 'path', query: 'query', header: 'header', body: 'body', formData: 'form' };
const DELIMITER: Record<string, string> = {
  csv: 'commas',
  ssv: 'spaces',
  tsv: 'tabs',
  pipes: '|',
  multi: 'commas (sent as repeated parameters)',
};

function hintOf(p: ParameterView, raw: Record<string, unknown>): string {
  const parts = [`${WHERE[p.in] ?? p.in} parameter "${p.name}"`];
  if (p.in === 'body') parts.push('JSON');
  else if (p.type === 'array') {
    const format = typeof raw.collectionFormat === 'string' ? raw.collectionFormat : 'csv';
    parts.push(`a list: a JSON array, or items separated by ${DELIMITER[format] ?? format} (${format})`);
  } else if (p.type) parts.push(p.format ? `${p.type}, ${p.format}` : p.type);
  if (p.default !== undefined) parts.push(`default ${JSON.stringify(p.default)} when left empty`);
  if (p.visibility === 'internal') parts.push('internal: people do not see it on the platform');
  if (raw['x-ms-url-encoding'] === 'double') parts.push('encoded twice in the path (x-ms-url-encoding: double)');
  return `${parts.join('; ')}.`;
}

export function OperationInputs({ store, operation, operationKey, definition, values }: Props) {
  const base = useId();
  const params = operation.parameters.filter((p) => p.resolved);

  // The body starts as an example of its schema, once per operation.
  useEffect(() => {
    const body = operation.parameters.find((p) => p.in === 'body' && p.resolved);
    if (!body) return;
    const example = body.schema ? schemaExampleText(definition, body.schema.value) : '';
    store.prefill(operationKey, { [body.name]: example });
  }, [store, operation, operationKey, definition]);

  if (!params.length) return <p className="section-hint">This operation takes no inputs.</p>;
  return (
    <fieldset className="form-section">
      <legend>Inputs</legend>
      {params.map((p, i) => {
        const id = `${base}-${i}`;
        const raw = rawParameter(definition, p);
        const summary = typeof raw['x-ms-summary'] === 'string' ? raw['x-ms-summary'] : undefined;
        const label = `${summary ?? p.name}${p.required ? ' (required)' : ''}`;
        const value = values[p.name] ?? '';
        const set = (v: string) => store.setInput(operationKey, p.name, v);
        const described = { 'aria-describedby': `${id}-hint` };
        let control;
        if (p.in === 'body' || p.type === 'file') {
          control = (
            <textarea
              id={id}
              className="input code-input"
              rows={p.in === 'body' ? 10 : 4}
              spellCheck={false}
              value={value}
              onChange={(e) => set(e.target.value)}
              {...described}
            />
          );
        } else if ((p.enum && p.type !== 'array') || p.type === 'boolean') {
          const options = p.type === 'boolean' && !p.enum ? ['true', 'false'] : (p.enum ?? []).map(String);
          control = (
            <select id={id} className="input" value={value} onChange={(e) => set(e.target.value)} {...described}>
              <option value="">{p.default !== undefined ? `(default: ${String(p.default)})` : '(not sent)'}</option>
              {options.map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))}
            </select>
          );
        } else {
          control = (
            <input
              id={id}
              className="input code-input"
              autoComplete="off"
              spellCheck={false}
              value={value}
              onChange={(e) => set(e.target.value)}
              {...described}
            />
          );
        }
        return (
          <div className="field" key={`${p.in}:${p.name}`}>
            <label htmlFor={id}>{label}</label>
            {control}
            <p id={`${id}-hint`} className="field-hint">
              {p.description ? `${p.description} ` : ''}
              {hintOf(p, raw)}
            </p>
          </div>
        );
      })}
    </fieldset>
  );
}
