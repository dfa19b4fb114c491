// Turns Security tab choices into edits of both files. A choice becomes one `security` edit per file
// (the parse worker resolves each against the file's current text with shared/editing/security-settings),
// so a switch of type writes the security definition and the connection parameters together.
import {
  rememberSecurity,
  securityChangeFor,
  type RememberedSecurity,
  type SecurityChoice,
  type SecuritySettings,
} from '../../../shared/editing/security-settings';
import type { Editing } from '../../session/editing';
import type { TextBinding } from '../fields/field-binding';

export interface SecurityEditing {
  /** A one-shot choice (a drop-down, a button): one edit, one undo step per file. */
  choose(field: string, choice: SecurityChoice): void;
  /** A text field: each change is sent as typed; leaving the field ends the undo step. */
  text(field: string, choiceOf: (value: string) => SecurityChoice): TextBinding;
}

/** Per open connector: what each authentication type held when it was switched away from. */
const memories = new WeakMap<Editing, RememberedSecurity>();

export function securityEditing(session: Editing, settings: SecuritySettings): SecurityEditing {
  const send = (field: string, choice: SecurityChoice) => {
    let memory = memories.get(session) ?? {};
    if (choice.kind === 'type' && choice.type !== settings.type) memories.set(session, (memory = rememberSecurity(memory, settings)));
    const change = securityChangeFor(settings, choice, memory);
    if (!change.switch && !change.fields) return;
    const key = `security:${field}`;
    session.edit('definition', key, { kind: 'security', part: 'definition', change });
    session.edit('properties', key, { kind: 'security', part: 'properties', change });
  };
  return {
    choose: (field, choice) => {
      send(field, choice);
      session.endEditGroup();
    },
    text: (field, choiceOf) => ({
      onChange: (value) => send(field, choiceOf(value)),
      onCommit: () => session.endEditGroup(),
    }),
  };
}
