// Trigger settings of the selected operation: whether it is a trigger (x-ms-trigger single or
// batch) and its hint; for a webhook, the body property that takes the callback URL
// (x-ms-notification-url) and the notification content (x-ms-notification-content); for polling,
// the pollingtrigger policy in apiProperties.json that names this operation, and
// x-ms-trigger-metadata where the definition uses it.
import { newPolicyInstance, templateFor } from '../../../shared/editing/policy-templates';
import type { FormState, OperationRow } from '../../../shared/editing/form-state';
import { useSessionSnapshot, useTabSession } from '../../session/session-context';
import { bindText, setOnce } from '../fields/field-binding';
import { SelectField } from '../fields/select-field';
import { TextField } from '../fields/text-field';
import { CheckBox } from '../fields/check-box';
import { PolicyEditor } from './policies-view';

interface Props {
  form: FormState;
  operation: OperationRow;
  locked: boolean;
}

export function TriggerSettings({ form, operation: op, locked }: Props) {
  const session = useTabSession();
  const snapshot = useSessionSnapshot();
  const propertiesLocked = snapshot.files.properties?.hasErrors ?? true;
  const t = form.triggers[op.pointer];
  const at = (key: string) => `${op.pointer}/${key}`;
  const trigger = t?.trigger ?? '';
  const triggerOptions = [
    { value: '', label: 'Not a trigger (an action)' },
    { value: 'single', label: 'single (one item per run)' },
    { value: 'batch', label: 'batch (an array of items per run)' },
    ...(trigger && trigger !== 'single' && trigger !== 'batch' ? [{ value: trigger, label: trigger }] : []),
  ];
  return (
    <section className="trigger-settings" aria-labelledby="trigger-settings-heading">
      <h4 id="trigger-settings-heading">Trigger configuration</h4>
      <fieldset className="form-section" disabled={locked}>
        <legend>Trigger settings</legend>
        <SelectField
          label="Trigger"
          value={trigger}
          options={triggerOptions}
          hint="x-ms-trigger: single fires once per item, batch once per array of items."
          onChange={(v) => setOnce(session, 'definition', at('x-ms-trigger'), v || undefined)}
        />
        {t ? (
          <>
            <p className="section-hint">
              Trigger type: {op.kind === 'webhook-trigger' ? 'Webhook (the service calls back)' : 'Polling (the platform asks the service)'}
              .
            </p>
            <TextField
              label="Trigger hint"
              value={t.hint}
              hint="x-ms-trigger-hint: shown while a flow waits for the trigger."
              {...bindText(session, 'definition', at('x-ms-trigger-hint'), { removeWhenEmpty: true })}
            />
          </>
        ) : null}
      </fieldset>
      {t && op.kind === 'webhook-trigger' ? <WebhookSettings form={form} operation={op} locked={locked} /> : null}
      {t && op.kind === 'polling-trigger' ? (
        <PollingSettings form={form} operation={op} locked={locked} propertiesLocked={propertiesLocked} />
      ) : null}
    </section>
  );
}

function WebhookSettings({ form, operation: op, locked }: Omit<Props, 'form'> & { form: FormState }) {
  const session = useTabSession();
  const t = form.triggers[op.pointer]!;
  const candidates = t.callbackCandidates;
  const selected = candidates?.find((c) => c.selected)?.pointer ?? '';
  const n = t.notification;
  const contentAt = (key: string) => `${t.pathItemPointer}/x-ms-notification-content/${key}`;
  const definitions = form.definitionRefs;
  const schemaValue = n?.schemaRef ?? '';
  const schemaOptions = [
    { value: '', label: n?.inlineSchema ? '(written inline: edit it in the text)' : '(none)' },
    ...definitions.map((r) => ({ value: r, label: r.replace(/^#\/definitions\//, '') })),
    ...(schemaValue && !definitions.includes(schemaValue) ? [{ value: schemaValue, label: `${schemaValue} (not found)` }] : []),
  ];
  return (
    <fieldset className="form-section" disabled={locked}>
      <legend>Webhook</legend>
      {candidates ? (
        <SelectField
          label="Callback URL property"
          value={selected}
          options={[
            { value: '', label: '(none chosen)' },
            ...candidates.map((c) => ({ value: c.pointer, label: `${c.path}${c.type && c.type !== 'string' ? ` (${c.type})` : ''}` })),
          ]}
          hint="x-ms-notification-url: the body property that receives the callback URL. It is made a required, internal string."
          onChange={(v) => {
            session.edit('definition', `callback:${op.pointer}`, {
              kind: 'callback-property',
              operation: op.pointer,
              property: v || undefined,
            });
            session.endEditGroup();
          }}
        />
      ) : (
        <p className="warn">This operation has no body parameter: a webhook needs one with a property for the callback URL.</p>
      )}
      <TextField
        label="Notification content description"
        value={n?.description ?? ''}
        hint="x-ms-notification-content description: what the service sends to the callback URL."
        {...bindText(session, 'definition', contentAt('description'), { removeWhenEmpty: true })}
      />
      <SelectField
        label="Notification content schema"
        value={schemaValue}
        options={schemaOptions}
        hint="x-ms-notification-content schema: the definition of the payload the trigger outputs."
        onChange={(v) => {
          if (v) setOnce(session, 'definition', contentAt('schema'), { $ref: v });
          else if (!n?.inlineSchema) setOnce(session, 'definition', contentAt('schema'), undefined);
        }}
      />
    </fieldset>
  );
}

function PollingSettings({ form, operation: op, locked, propertiesLocked }: Props & { propertiesLocked: boolean }) {
  const session = useTabSession();
  const t = form.triggers[op.pointer]!;
  const id = op.operationId;
  const policies = form.policies.filter(
    (p) => p.templateId.toLowerCase() === 'pollingtrigger' && (!p.operations?.length || (id !== '' && p.operations.includes(id))),
  );
  const template = templateFor('pollingtrigger');
  const operationIds = form.operations.map((o) => o.operationId).filter(Boolean);
  const metadataPointer = `${op.pointer}/x-ms-trigger-metadata`;
  return (
    <>
      <fieldset className="form-section" disabled={propertiesLocked}>
        <legend>Polling</legend>
        <p className="section-hint">
          The pollingtrigger policy (apiProperties.json) sets query parameters from the last items seen and names the collection that holds
          the trigger data.
        </p>
        {policies.length ? null : !session.hasFile('properties') ? (
          <p>This connector has no apiProperties.json, where the polling policy is kept.</p>
        ) : !id ? (
          <p className="warn">Give the operation an Operation ID first: the policy names the operations it applies to.</p>
        ) : template ? (
          <button
            type="button"
            onClick={() => {
              session.edit('properties', `polling:${op.pointer}`, {
                kind: 'policy-add',
                instance: newPolicyInstance(template, [id], `Polling trigger for ${id}`),
              });
              session.endEditGroup();
            }}
          >
            Add polling trigger policy
          </button>
        ) : null}
      </fieldset>
      {policies.map((p) => (
        <PolicyEditor key={p.pointer} policy={p} operationIds={operationIds} locked={propertiesLocked} parametersOnly />
      ))}
      <fieldset className="form-section" disabled={locked}>
        <legend>Trigger metadata</legend>
        <CheckBox
          checked={t.metadata !== undefined}
          onChange={(on) => setOnce(session, 'definition', metadataPointer, on ? { kind: 'query', mode: 'polling' } : undefined)}
        >
          Polling trigger metadata
        </CheckBox>
        <p className="field-hint">
          x-ms-trigger-metadata: {t.metadata ? JSON.stringify({ kind: t.metadata.kind, mode: t.metadata.mode }) : 'not set'} (kind "query",
          mode "polling" where used).
        </p>
      </fieldset>
    </>
  );
}
