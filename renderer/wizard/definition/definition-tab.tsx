// The Definition tab: the actions and triggers (searchable) and the one selected with its trigger
// settings and designer preview; References and Policies, as the portal's left pane lists them.
import { useCallback, useEffect, useId, useState } from 'react';
import type { FormState } from '../../../shared/editing/form-state';
import { useTabSession } from '../../session/session-context';
import type { Finding } from '../../workers/certify-protocol';
import { DesignerPreviewPanel } from './designer-preview/designer-preview-panel';
import { OperationDetails } from './operation-details';
import { isPending, newerRequest, ParameterFocusContext, parameterFocusRequest, type ParameterFocusRequest } from './parameter-focus';
import { useOperationDetail } from './use-operation-detail';
import { NewOperationButton } from './new-operation-button';
import { OperationPicker } from './operation-picker';
import { PoliciesView } from './policies-view';
import { ReferencesView } from './references-view';
import { TriggerSettings } from './trigger-settings';

type DefinitionSection = 'operations' | 'references' | 'policies';
const SECTIONS: readonly { id: DefinitionSection; label: string }[] = [
  { id: 'operations', label: 'Actions and triggers' },
  { id: 'references', label: 'References' },
  { id: 'policies', label: 'Policies' },
];

/** The section showing the form a request asks for: a `#/definitions` schema's is in References. */
function sectionAsked(request: ParameterFocusRequest | undefined): DefinitionSection | undefined {
  if (!isPending(request)) return undefined;
  return request.pointer.startsWith('/definitions/') ? 'references' : 'operations';
}

/** A store read with useStore (the icon file, the certification checker). */
interface Readable<T> {
  subscribe(listener: () => void): () => void;
  getSnapshot(): T;
}

interface Props {
  form: FormState;
  locked: boolean;
  selected: string | undefined;
  onSelect(pointer: string): void;
  /** icon.png, shown on the preview's card. */
  icon: Readable<{ base64: string | undefined }>;
  /** The checker, whose findings the preview's problems link to. */
  certification: Readable<{ findings: Finding[] | undefined }>;
  /** A parameter's, response's or schema property's field to show, asked for from another tab ("Show in form" on a finding). */
  parameterFocus?: ParameterFocusRequest | undefined;
}

export function DefinitionTab({ form, locked, selected, onSelect, icon, certification, parameterFocus }: Props) {
  const session = useTabSession();
  const operation = form.operations.find((op) => op.pointer === selected);
  const [section, setSection] = useState<DefinitionSection>(() => sectionAsked(parameterFocus) ?? 'operations');
  useEffect(() => {
    const asked = sectionAsked(parameterFocus);
    if (asked) setSection(asked);
  }, [parameterFocus]);
  const detailState = useOperationDetail(session, operation?.pointer, form);
  const [previewShown, setPreviewShown] = useState(true);
  const previewId = useId();
  const [focusRequest, setFocusRequest] = useState<ParameterFocusRequest>();
  const focusParameter = useCallback((pointer: string, field: string) => {
    setFocusRequest(parameterFocusRequest(pointer, field));
  }, []);
  const sectionSwitch = (
    <div role="group" aria-label="Definition sections" className="definition-sections">
      {SECTIONS.map((s) => (
        <button key={s.id} type="button" className="file-button" aria-pressed={section === s.id} onClick={() => setSection(s.id)}>
          {s.label}
        </button>
      ))}
    </div>
  );
  if (section !== 'operations') {
    return (
      <div className="tab-body definition-tab-other">
        {sectionSwitch}
        {section === 'references' ? (
          <ParameterFocusContext.Provider value={parameterFocus}>
            <ReferencesView form={form} locked={locked} />
          </ParameterFocusContext.Provider>
        ) : (
          <PoliciesView form={form} />
        )}
      </div>
    );
  }
  return (
    <div className="tab-body definition-tab">
      {sectionSwitch}
      <OperationPicker form={form} selected={selected} onSelect={onSelect} level={2}>
        <NewOperationButton operations={form.operations} disabled={locked} onSelect={onSelect} />
      </OperationPicker>
      <div className="operation-pane operation-workspace">
        {operation ? (
          <ParameterFocusContext.Provider value={newerRequest(focusRequest, parameterFocus)}>
            <div className="preview-toggle-row">
              <button
                type="button"
                className="secondary small"
                aria-expanded={previewShown}
                aria-controls={previewId}
                onClick={() => setPreviewShown(!previewShown)}
              >
                {previewShown ? 'Hide designer preview' : 'Show designer preview'}
              </button>
            </div>
            <div className={previewShown ? 'operation-workspace-columns with-preview' : 'operation-workspace-columns'}>
              <div className="operation-form-column">
                <OperationDetails
                  key={operation.pointer}
                  operation={operation}
                  locked={locked}
                  form={form}
                  state={detailState}
                  onSelect={(p) => p && onSelect(p)}
                />
                <TriggerSettings key={`trigger:${operation.pointer}`} form={form} operation={operation} locked={locked} />
              </div>
              {previewShown ? (
                <DesignerPreviewPanel
                  id={previewId}
                  preview={detailState.preview}
                  error={detailState.error}
                  icon={icon}
                  certification={certification}
                  onFocusParameter={focusParameter}
                />
              ) : null}
            </div>
          </ParameterFocusContext.Provider>
        ) : (
          <p className="choose-hint">Choose an action or trigger in the list to see and edit it.</p>
        )}
      </div>
    </div>
  );
}
