// What the studio's views read from a ConnectorSession: immutable, replaced on every change.
import type { ConnectorFileName, FileDiagnostic } from '../../shared/contracts/ipc';
import type { Diagnostic } from '../../shared/core/text';
import type { EditableFile } from '../workers/editable-files';
import type { FormState } from '../../shared/editing/form-state';

export interface LocatedDiagnostic extends Diagnostic {
  file: EditableFile;
  /** 1-based, as editors show them. */
  line: number;
  column: number;
}

export interface FileStatus {
  name: ConnectorFileName;
  /** Changed since it was opened or last saved. */
  dirty: boolean;
  /** The text does not parse: the form shows its last good state and cannot edit it. */
  hasErrors: boolean;
  diagnostics: LocatedDiagnostic[];
  /** Monaco keeps one line ending per file: saving such a file writes them all alike. */
  mixedLineEndings: boolean;
}

export interface SessionSnapshot {
  dir: string;
  /** info.title of the last good definition. */
  title: string | undefined;
  /** Undefined until the worker's first answer. */
  form: FormState | undefined;
  /** Increases with each form state received. */
  formVersion: number;
  files: Partial<Record<EditableFile, FileStatus>>;
  /** Problems met while reading the files' bytes (encoding fallbacks). */
  notices: FileDiagnostic[];
  /** The file the editor shows. */
  activeFile: EditableFile;
  dirty: boolean;
  saving: boolean;
  saveMessage?: { kind: 'done' | 'error'; text: string };
  /**
   * A save waits for an answer: a file it would write does not parse, or parses only leniently
   * (`parses`: every file parses, some not as standard JSON). The question ends "Save anyway?".
   */
  saveQuestion?: { text: string; parses: boolean };
  /** Why the last form edit could not be applied. */
  editError?: string;
}
