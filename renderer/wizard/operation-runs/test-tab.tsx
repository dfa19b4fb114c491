// The Test tab: a connection, the actions and triggers (searchable), the inputs of the one selected,
// "Test operation" and "Test all" (triggers: listening or polling instead), and what came back: the
// request as sent (and as curl), the response, schema mismatches that lead to the schema in the
// editor, and the operation's history.
// State lives in a per-session store, so a run in progress survives switching tabs.
import { useEffect, useId, useMemo, useState } from 'react';
import { asObject } from '../../../shared/core/model';
import { valueAt } from '../../../shared/core/text';
import { useTabSession } from '../../session/session-context';
import type { EditableFile } from '../../workers/editable-files';
import type { FormState } from '../../../shared/editing/form-state';
import { OperationPicker } from '../definition/operation-picker';
import { ConnectionPanel } from './connection-panel';
import { OperationInputs } from './operation-inputs';
import { TestAllSummary } from './run-all-summary';
import { TestHistoryList } from './run-history-list';
import { connectionFields, currentTexts, findOperation, operationKey, readTestModel } from './run-model';
import { TestResultView } from './run-result';
import type { TestStore } from './run-store';
import { TriggerPollingPanel } from './trigger-polling-panel';
import type { TriggerStore } from './trigger-store';
import { TriggerWebhookPanel } from './trigger-webhook-panel';
import { useStore } from '../../session/use-store';
import './test-tab.css';

interface Props {
  /** The session's operation runs and triggers: they go on while another tab is shown. */
  runs: TestStore;
  triggers: TriggerStore;
  form: FormState;
  selected: string | undefined;
  onSelect(pointer: string): void;
  onReveal(file: EditableFile, at: { line: number; column: number }): void;
}

export function TestTab({ runs: store, triggers, form, selected, onSelect, onReveal }: Props) {
  const session = useTabSession();
  const state = useStore(store);
  const timeoutId = useId();
  const [includeUnsafe, setIncludeUnsafe] = useState(false);
  // The connector as edited, read again whenever the parse worker reports a change.
  const tm = useMemo(() => readTestModel(session), [session, form]);
  const operation = findOperation(tm.model, selected);
  const key = operation ? operationKey(operation) : undefined;
  const fields = useMemo(() => connectionFields(tm.model), [tm.model]);
  const security = tm.model.securityDefinitions[0];
  const oauth =
    security?.type === 'oauth2'
      ? { grant: security.flow === 'application' ? ('client_credentials' as const) : ('authorization_code' as const) }
      : undefined;
  const texts = () => currentTexts(session);

  useEffect(() => {
    void store.loadSecretStatus();
    void store.loadConnections();
  }, [store]);
  useEffect(() => {
    if (key !== undefined) void store.loadHistory(key);
  }, [store, key]);

  const runnable = tm.model.operations.filter((op) => {
    if (op.kind === 'webhook-trigger') return false;
    const raw = asObject(valueAt(tm.definition, op.pointer)) ?? {};
    if (raw['x-ms-no-generic-test'] === true) return false;
    return includeUnsafe || op.method === 'get' || op.method === 'head' || raw['x-ms-safe-operation'] === true;
  });

  const result = key !== undefined ? state.results[key] : undefined;
  const viewing = key !== undefined ? state.viewing[key] : undefined;
  const running = key !== undefined && state.running[key] === true;

  return (
    <div className="tab-body test-tab">
      <h2>Test</h2>
      <p className="section-hint">
        Calls the live API with the connector as edited (saved or not). Secrets are kept in the secret store and shown as **** in everything
        here and in the history.
      </p>
      <ConnectionPanel store={store} state={state} fields={fields} oauth={oauth} texts={texts} />

      <div className="test-settings">
        <div className="field inline-field">
          <label htmlFor={timeoutId}>Timeout (seconds)</label>
          <input
            id={timeoutId}
            className="input timeout-input"
            type="number"
            min={0.1}
            max={600}
            step="any"
            value={state.timeoutSeconds}
            onChange={(e) => store.setTimeoutSeconds(e.target.value)}
          />
        </div>
        <label className="check">
          <input type="checkbox" checked={includeUnsafe} onChange={(e) => setIncludeUnsafe(e.target.checked)} />
          Test all includes operations that may change data (POST, PUT, PATCH, DELETE)
        </label>
        <button
          type="button"
          className="secondary"
          disabled={state.all?.running || runnable.length === 0}
          onClick={() =>
            void store.runAll(
              runnable.map((op) => ({ key: operationKey(op), pointer: op.pointer })),
              texts(),
            )
          }
        >
          Test all ({runnable.length})
        </button>
        {state.all?.running ? (
          <button type="button" className="secondary" disabled={state.all.stopping} onClick={() => store.stopAll()}>
            {state.all.stopping ? 'Stopping after this one…' : 'Stop'}
          </button>
        ) : null}
      </div>
      {state.all ? <TestAllSummary rows={state.all.rows} running={state.all.running} onShow={onSelect} /> : null}

      <div className="test-grid">
        <OperationPicker form={form} selected={selected} onSelect={onSelect} level={3} />
        <div className="operation-pane">
          {operation && key !== undefined ? (
            <section aria-labelledby="test-operation-heading">
              <h3 id="test-operation-heading">
                <span className={`method method-${operation.method}`}>{operation.method.toUpperCase()}</span> <code>{operation.path}</code>
              </h3>
              <p className="section-hint">
                {operation.summary ? `${operation.summary} — ` : ''}
                <code>{key}</code>
                {operation.kind === 'webhook-trigger'
                  ? '. A webhook trigger.'
                  : operation.kind === 'polling-trigger'
                    ? '. A polling trigger.'
                    : ''}
              </p>
              <OperationInputs
                store={store}
                operation={operation}
                operationKey={key}
                definition={tm.definition}
                values={state.inputs[key] ?? {}}
              />
              {/* Triggers are tested by listening or polling; a past run from the history still shows. */}
              {operation.kind === 'webhook-trigger' ? (
                <TriggerWebhookPanel
                  store={triggers}
                  operationKey={key}
                  onReveal={(line, column) => onReveal('definition', { line, column })}
                />
              ) : operation.kind === 'polling-trigger' ? (
                <TriggerPollingPanel
                  store={triggers}
                  operationKey={key}
                  onReveal={(line, column) => onReveal('definition', { line, column })}
                />
              ) : (
                <div className="button-row">
                  <button type="button" disabled={running} onClick={() => void store.run(key, texts())}>
                    Test operation
                  </button>
                  <p role="status" className="section-hint">
                    {running ? 'Testing… the request runs in the background; you can keep working.' : ''}
                  </p>
                </div>
              )}
              {state.runErrors[key] && !viewing ? (
                <p className="error" role="alert">
                  {state.runErrors[key]}
                </p>
              ) : null}
              {viewing ? (
                <TestResultView
                  result={viewing.result}
                  at={viewing.at}
                  onReveal={(line, column) => onReveal('definition', { line, column })}
                />
              ) : result ? (
                <TestResultView result={result} onReveal={(line, column) => onReveal('definition', { line, column })} />
              ) : null}
              {operation.kind === 'action' || state.history[key]?.length ? (
                <TestHistoryList
                  store={store}
                  operationKey={key}
                  entries={state.history[key]}
                  error={state.historyError[key]}
                  viewing={viewing}
                />
              ) : null}
            </section>
          ) : (
            <p className="choose-hint">Choose an action or trigger in the list to test it.</p>
          )}
        </div>
      </div>
    </div>
  );
}
