// The Code tab, as the maker portal's Code step: custom code (script.csx, C#) enabled or disabled,
// the operations it runs for, and the platform's limits (under 1 MB, 5 seconds, one script).
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTabSession } from '../../session/session-context';
import type { FormState } from '../../../shared/editing/form-state';
import { OperationsField } from './operations-field';
import { ScriptEditor } from './script-editor';
import type { ScriptFile } from './script-file';
import { useStore } from '../../session/use-store';
import { formatSize, SCRIPT_MAX_BYTES } from './script-limits';
import { SCRIPT_TEMPLATE } from './script-template';
import { usePropertiesValue } from './use-properties-value';
import './code.css';
import { errorMessage } from '../../../shared/core/error-message';

interface Props {
  /** The session's script.csx. */
  script: ScriptFile;
  form: FormState;
  /** Saves the connector (Ctrl+S in the script's editor, which keeps its keys). */
  onSave(): void;
  propertiesLocked: boolean;
}

export function CodeTab({ script, form, propertiesLocked, onSave }: Props) {
  const session = useTabSession();
  const state = useStore(script);
  const properties = usePropertiesValue(session);
  const toggleId = useId();
  const toggleHintId = useId();
  const editorLabelId = useId();
  const uploadId = useId();
  const upload = useRef<HTMLInputElement>(null);
  const [uploadError, setUploadError] = useState<string>();

  const onUpload = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setUploadError(undefined);
    if (file.size > 4 * SCRIPT_MAX_BYTES) {
      setUploadError(`${file.name} is ${formatSize(file.size)}: too large to be a connector's code (the limit is 1 MB).`);
      return;
    }
    file.text().then(
      (text) => {
        script.setEnabled(true);
        script.replaceText(text);
      },
      (err: unknown) => setUploadError(`${file.name} could not be read: ${errorMessage(err)}.`),
    );
  };

  const status = state.enabled
    ? state.onDisk
      ? 'The code is in script.csx.'
      : 'Saving writes the code to script.csx.'
    : state.onDisk
      ? 'Saving removes script.csx from the folder, as the portal deletes disabled code. The code stays here, read-only, until the connector is closed: enable it again to keep it.'
      : 'The connector runs no custom code.';
  const percent = Math.min(100, (state.bytes / SCRIPT_MAX_BYTES) * 100);

  return (
    <div className="tab-body code-tab">
      <h2>Code</h2>
      <p className="section-hint">
        Custom code changes requests and responses beyond what policies can: C# only, at most 5 seconds per call, under 1 MB, one script per
        connector. When code is used, it takes precedence over the codeless definition.
      </p>
      <div className="field code-toggle">
        <input
          id={toggleId}
          type="checkbox"
          role="switch"
          checked={state.enabled}
          aria-describedby={toggleHintId}
          onChange={(e) => script.setEnabled(e.target.checked)}
        />
        <label htmlFor={toggleId}>Code Enabled</label>
        <p id={toggleHintId} className="field-hint">
          {state.enabled ? 'Code Enabled. ' : 'Code Disabled. '}
          {status}
        </p>
      </div>
      <div className="script-actions">
        <button type="button" className="secondary" disabled={!state.enabled} onClick={() => script.replaceText(SCRIPT_TEMPLATE)}>
          New script from template
        </button>
        <label htmlFor={uploadId} className="upload-label">
          Upload a .cs or .csx file
        </label>
        <input id={uploadId} ref={upload} type="file" accept=".cs,.csx,text/plain" onChange={onUpload} />
      </div>
      {uploadError ? (
        <p role="alert" className="error">
          {uploadError}
        </p>
      ) : null}
      <h3 id={editorLabelId} className="script-heading">
        script.csx
      </h3>
      <ScriptEditor script={script} readOnly={!state.enabled} labelledBy={editorLabelId} onSave={onSave} />
      <div className="script-size">
        <div className="size-bar" aria-hidden="true">
          <div className={state.tooLarge ? 'size-fill over' : 'size-fill'} style={{ width: `${percent}%` }} />
        </div>
        <p className="field-hint">
          {formatSize(state.bytes)} of the 1 MB limit{state.enabled ? '' : ' (not saved while code is disabled)'}.
        </p>
      </div>
      {state.tooLarge ? (
        <p role="alert" className="error">
          script.csx is {formatSize(state.bytes)}: the platform refuses custom code of 1 MB or more. Make it smaller before you upload the
          connector.
        </p>
      ) : null}
      {form.hasProperties ? (
        <OperationsField operations={form.operations} properties={properties} disabled={propertiesLocked || !state.enabled} />
      ) : (
        <p className="section-hint">This connector has no apiProperties.json, where the operations the code runs for are listed.</p>
      )}
    </div>
  );
}
