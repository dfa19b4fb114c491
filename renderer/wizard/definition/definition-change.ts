// Sends a Definition tab change to the parse worker as one edit and one undo step.
import type { DefinitionChange } from '../../../shared/editing/definition-edits';
import type { Editing } from '../../session/editing';

let seq = 0;

export function applyChange(session: Editing, change: DefinitionChange, file: 'definition' | 'properties' = 'definition'): void {
  // Each change is its own field: two quick clicks are two changes, not one replacing the other.
  session.edit(file, `definition-change-${++seq}`, { kind: 'definition', change });
  session.endEditGroup();
}
