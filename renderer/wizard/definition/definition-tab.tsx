// The Definition tab: the actions and triggers (searchable) and the one selected with its trigger
// settings; References and Policies, as the portal's left pane lists them.
import { useState } from 'react';
import type { FormState } from '../../../shared/editing/form-state';
import { OperationDetails } from './operation-details';
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

interface Props {
  form: FormState;
  locked: boolean;
  selected: string | undefined;
  onSelect(pointer: string): void;
}

export function DefinitionTab({ form, locked, selected, onSelect }: Props) {
  const operation = form.operations.find((op) => op.pointer === selected);
  const [section, setSection] = useState<DefinitionSection>('operations');
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
        {section === 'references' ? <ReferencesView form={form} locked={locked} /> : <PoliciesView form={form} />}
      </div>
    );
  }
  return (
    <div className="tab-body definition-tab">
      {sectionSwitch}
      <OperationPicker form={form} selected={selected} onSelect={onSelect} level={2}>
        <NewOperationButton operations={form.operations} disabled={locked} onSelect={onSelect} />
      </OperationPicker>
      <div className="operation-pane">
        {operation ? (
          <>
            <OperationDetails
              key={operation.pointer}
              operation={operation}
              locked={locked}
              form={form}
              onSelect={(p) => p && onSelect(p)}
            />
            <TriggerSettings key={`trigger:${operation.pointer}`} form={form} operation={operation} locked={locked} />
          </>
        ) : (
          <p className="choose-hint">Choose an action or trigger in the list to see and edit it.</p>
        )}
      </div>
    </div>
  );
}
