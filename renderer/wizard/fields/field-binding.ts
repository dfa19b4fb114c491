// Binds form fields to JSON pointers in one of the connector's files: typing sets the value (one
// undo step per visit to the field); leaving an optional field empty removes its key, so an empty
// field never leaves `"summary": ""` behind.
import type { Editing } from '../../session/editing';
import type { EditableFile } from '../../workers/editable-files';

export interface TextBinding {
  onChange(value: string): void;
  onCommit(value: string): void;
}

export function bindText(session: Editing, file: EditableFile, pointer: string, options: { removeWhenEmpty?: boolean } = {}): TextBinding {
  return {
    onChange: (value) => session.edit(file, pointer, { kind: 'set', pointer, value }),
    onCommit: (value) => {
      if (value === '' && options.removeWhenEmpty) session.edit(file, pointer, { kind: 'remove', pointer });
      session.endEditGroup();
    },
  };
}

/** One edit, one undo step (drop-downs, check boxes). */
export function setOnce(session: Editing, file: EditableFile, pointer: string, value: unknown): void {
  session.edit(file, pointer, value === undefined ? { kind: 'remove', pointer } : { kind: 'set', pointer, value });
  session.endEditGroup();
}
