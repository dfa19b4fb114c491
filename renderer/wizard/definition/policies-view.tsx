// Policies: apiProperties.json's policy template instances. New policy picks a template from the
// catalogue (every template of the reference), each instance's parameters are edited with the
// controls their definitions call for, the operations it applies to are chosen from the
// connector's operations (none chosen: every operation), and a policy can be removed.
import { useDeferredValue, useId, useState } from 'react';
import {
  newPolicyInstance,
  OPERATIONS_KEY,
  POLICY_TEMPLATES,
  SECTION_KEY,
  templateFor,
  type PolicyInstanceRow,
} from '../../../shared/editing/policy-templates';
import type { FormState } from '../../../shared/editing/form-state';
import { useSessionSnapshot, useTabSession } from '../../session/session-context';
import { bindText, setOnce } from '../fields/field-binding';
import { SelectField } from '../fields/select-field';
import { TextField } from '../fields/text-field';
import { CheckBox } from '../fields/check-box';
import { escapeSegment } from '../../../shared/core/text';
import { PolicyParameterField } from './policies-parameter-field';
import './references-policies.css';

interface Props {
  form: FormState;
}

export function PoliciesView({ form }: Props) {
  const session = useTabSession();
  const snapshot = useSessionSnapshot();
  const locked = snapshot.files.properties?.hasErrors ?? true;
  const templateId = useId();
  const [template, setTemplate] = useState(POLICY_TEMPLATES[0]?.id ?? '');
  const [selected, setSelected] = useState<number | undefined>(form.policies.length ? 0 : undefined);
  const policy = selected !== undefined ? form.policies[selected] : undefined;

  if (!session.hasFile('properties')) {
    return (
      <div className="policies-view">
        <h2>Policies</h2>
        <p>This connector has no apiProperties.json, where policies are kept. Export the connector to generate one.</p>
      </div>
    );
  }

  const add = () => {
    const t = templateFor(template);
    if (!t) return;
    session.edit('properties', 'policy:add', { kind: 'policy-add', instance: newPolicyInstance(t, []) });
    session.endEditGroup();
    setSelected(form.policies.length);
  };

  return (
    <div className="policies-view">
      {/* Across both columns: the template names are too long for the list's column. */}
      <div className="policies-head">
        <h2>Policies</h2>
        <p className="section-hint">Policy template instances in apiProperties.json: they change requests and responses at run time.</p>
        <fieldset className="form-section" disabled={locked}>
          <legend>New policy</legend>
          <div className="field">
            <label htmlFor={templateId}>Template</label>
            <div className="field-control">
              <select
                id={templateId}
                className="input"
                value={template}
                aria-describedby={`${templateId}-id`}
                onChange={(e) => setTemplate(e.target.value)}
              >
                {POLICY_TEMPLATES.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.title}
                  </option>
                ))}
              </select>
              <button type="button" onClick={add}>
                Add policy
              </button>
            </div>
            <p id={`${templateId}-id`} className="field-hint">
              templateId: <code>{template}</code>
            </p>
          </div>
        </fieldset>
      </div>
      <div className="policies-list-pane">
        {form.policies.length ? (
          <ul className="policy-list" aria-label="Policy template instances">
            {form.policies.map((p) => {
              const problems = Object.keys(p.problems).length;
              return (
                <li key={p.pointer}>
                  <button type="button" className="policy-item" aria-pressed={p.index === selected} onClick={() => setSelected(p.index)}>
                    <span className="policy-item-title">
                      {p.title || templateFor(p.templateId)?.title || p.templateId || 'Untitled policy'}
                    </span>
                    <span className="policy-item-sub">
                      <code>{p.templateId}</code> · {operationsText(p)}
                      {problems ? <span className="badge badge-warn">{problems === 1 ? '1 problem' : `${problems} problems`}</span> : null}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        ) : (
          <p>No policies yet.</p>
        )}
      </div>
      <div className="policies-detail-pane">
        {policy ? (
          <PolicyEditor
            key={policy.pointer}
            policy={policy}
            operationIds={form.operations.map((o) => o.operationId).filter(Boolean)}
            locked={locked}
            onRemoved={() => setSelected(undefined)}
          />
        ) : (
          <p className="choose-hint">Choose a policy to edit it, or add one.</p>
        )}
      </div>
    </div>
  );
}

function operationsText(p: PolicyInstanceRow): string {
  if (!p.operations?.length) return 'every operation';
  return p.operations.length === 1 ? p.operations[0]! : `${p.operations.length} operations`;
}

interface EditorProps {
  policy: PolicyInstanceRow;
  operationIds: string[];
  locked: boolean;
  onRemoved?(): void;
  /** Hides the title, operations and remove controls (the trigger settings show only the parameters). */
  parametersOnly?: boolean;
}

export function PolicyEditor({ policy: p, operationIds, locked, onRemoved, parametersOnly }: EditorProps) {
  const session = useTabSession();
  const template = templateFor(p.templateId);
  const parametersPointer = `${p.pointer}/parameters`;
  const known = new Set([OPERATIONS_KEY, SECTION_KEY, ...(template?.parameters.map((x) => x.key) ?? [])]);
  const others = Object.keys(p.parameters).filter((k) => !known.has(k));
  const headingId = useId();
  return (
    <section className="policy-editor" aria-labelledby={parametersOnly ? undefined : headingId}>
      {parametersOnly ? null : (
        <h3 id={headingId}>
          {template?.title ?? 'Unknown template'} <code>{p.templateId}</code>
        </h3>
      )}
      {p.problems[''] ? <p className="warn">{p.problems['']}</p> : null}
      <fieldset className="form-section" disabled={locked} aria-labelledby={parametersOnly ? undefined : headingId}>
        {parametersOnly ? <legend>{template?.title ?? p.templateId} policy</legend> : <legend>Parameters</legend>}
        {parametersOnly ? null : (
          <TextField label="Title" value={p.title} hint="title" {...bindText(session, 'properties', `${p.pointer}/title`)} />
        )}
        {template?.sections.length ? (
          <div className={p.problems[SECTION_KEY] ? 'has-error' : undefined}>
            <SelectField
              label="Run policy on"
              value={p.section ?? ''}
              options={[
                { value: '', label: '(not set)' },
                ...withCurrent(template.sections, p.section).map((s) => ({ value: s, label: s })),
              ]}
              hint={p.problems[SECTION_KEY] ?? 'x-ms-apimTemplate-policySection: when the policy runs.'}
              onChange={(v) => setOnce(session, 'properties', `${parametersPointer}/${SECTION_KEY}`, v || undefined)}
            />
          </div>
        ) : null}
        {template?.parameters.map((param) => (
          <PolicyParameterField
            key={param.key}
            parametersPointer={parametersPointer}
            parameter={param}
            value={p.parameters[param.key]}
            {...(p.problems[param.key] ? { error: p.problems[param.key] } : {})}
          />
        ))}
        {others.length ? (
          <div className="other-parameters">
            <p className="section-hint">
              {template?.open
                ? 'This template is not documented; its parameters are edited in the text:'
                : 'Parameters the template does not define (edit them in the text):'}
            </p>
            <ul>
              {others.map((k) => (
                <li key={k}>
                  <code>{k}</code>: <code>{JSON.stringify(p.parameters[k])}</code>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </fieldset>
      {parametersOnly ? null : (
        <>
          <OperationsPicker policy={p} operationIds={operationIds} locked={locked} />
          <div className="button-row">
            <button
              type="button"
              className="secondary"
              disabled={locked}
              onClick={() => {
                setOnce(session, 'properties', p.pointer, undefined);
                onRemoved?.();
              }}
            >
              Remove policy
            </button>
          </div>
        </>
      )}
    </section>
  );
}

/** The operations a policy applies to (x-ms-apimTemplate-operationName), as check boxes. */
function OperationsPicker({ policy: p, operationIds, locked }: { policy: PolicyInstanceRow; operationIds: string[]; locked: boolean }) {
  const session = useTabSession();
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const deferred = useDeferredValue(filter.trim().toLowerCase());
  const chosen = p.operations ?? [];
  const pointer = `${p.pointer}/parameters/${escapeSegment(OPERATIONS_KEY)}`;
  // Operations the policy names but the definition lacks stay listed (and can be unticked).
  const all = [...operationIds, ...chosen.filter((id) => !operationIds.includes(id))];
  const shown = deferred ? all.filter((id) => id.toLowerCase().includes(deferred)) : all;
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...chosen, id] : chosen.filter((x) => x !== id);
    setOnce(session, 'properties', pointer, next.length ? next : undefined);
  };
  return (
    <fieldset className="form-section operations-picker" disabled={locked}>
      <legend>Operations</legend>
      <p className="field-hint">
        x-ms-apimTemplate-operationName.{' '}
        {chosen.length
          ? `Applies to ${chosen.length === 1 ? 'one operation' : `${chosen.length} operations`}.`
          : 'None chosen: the policy applies to every operation.'}
      </p>
      {p.problems[OPERATIONS_KEY] ? <p className="field-hint field-error">{p.problems[OPERATIONS_KEY]}</p> : null}
      {all.length > 8 ? (
        <div className="field">
          <label htmlFor={filterId}>Filter operations</label>
          <input
            id={filterId}
            type="search"
            className="input"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            autoComplete="off"
          />
        </div>
      ) : null}
      <ul className="operation-checks">
        {shown.map((id) => (
          <li key={id}>
            <OperationCheck id={id} checked={chosen.includes(id)} missing={!operationIds.includes(id)} onChange={(on) => toggle(id, on)} />
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function OperationCheck({
  id,
  checked,
  missing,
  onChange,
}: {
  id: string;
  checked: boolean;
  missing: boolean;
  onChange(on: boolean): void;
}) {
  return (
    <CheckBox checked={checked} onChange={onChange} className="operation-check">
      <code>{id}</code>
      {missing ? ' (not an operation of this connector)' : ''}
    </CheckBox>
  );
}

function withCurrent<T extends string>(known: readonly T[], current: string | undefined): T[] {
  return current && !known.includes(current as T) ? [...known, current as T] : [...known];
}
