// Messages between the studio and its parse worker. The worker mirrors each file's text from
// Monaco's change events (so a keystroke sends a few bytes, not the whole file), parses it, and
// answers with the form state and the problems found; a form edit is computed there too, against
// exactly the text version the form saw. Every answer names the version it is for: the studio drops
// answers about a text that has moved on.
import type { DefinitionChange } from '../../shared/definition-edits';
import type { ReferenceSection } from '../../shared/definition-references';
import type { SecurityChange, SecurityPart } from '../../shared/security-settings';
import type { Diagnostic, TextEdit } from '../../shared/text';
import type { EditableFile } from '../studio/editable-files';
import type { FormState } from '../studio/form-state';

/** A change as Monaco reports it: offsets into the text before the change. */
export interface TextChange {
  offset: number;
  length: number;
  text: string;
}

/** A form edit, resolved to text edits by the worker against the current text. */
export type EditOp =
  | { kind: 'set'; pointer: string; value: unknown }
  | { kind: 'remove'; pointer: string }
  /** An `x-ms-connector-metadata` entry by `propertyName`; `undefined` removes the entry. */
  | { kind: 'metadata'; name: string; value: string | undefined }
  /** A Security tab choice, resolved against this file's part (security definitions or connection parameters). */
  | { kind: 'security'; part: SecurityPart; change: SecurityChange }
  /** A Definition tab change (operations, parameters, responses, samples, operationId renames). */
  | { kind: 'definition'; change: DefinitionChange }
  /** Renames a definition, parameter or response and every `$ref` to it. */
  | { kind: 'reference-rename'; section: ReferenceSection; from: string; to: string }
  /** Deletes an unused definition, parameter or response. */
  | { kind: 'reference-delete'; section: ReferenceSection; name: string }
  /** Appends a policy template instance to apiProperties.json. */
  | { kind: 'policy-add'; instance: Record<string, unknown> }
  /** Makes a body property the webhook callback (x-ms-notification-url); undefined un-marks it. */
  | { kind: 'callback-property'; operation: string; property: string | undefined };

export type ToWorker =
  | { type: 'open'; files: Partial<Record<EditableFile, { text: string; version: number }>>; hasScript: boolean }
  /** Edits in place, or (after Monaco replaced the whole text, e.g. a line-ending change) the full text. */
  | { type: 'change'; file: EditableFile; version: number; changes: TextChange[]; text?: string }
  | { type: 'edit'; id: number; file: EditableFile; version: number; op: EditOp }
  /** Whether the form state should list every reference and its uses (the References view is open). */
  | { type: 'want-references'; on: boolean };

export interface FileParse {
  version: number;
  diagnostics: Diagnostic[];
  hasErrors: boolean;
}

export type FromWorker =
  | {
      type: 'state';
      files: Partial<Record<EditableFile, FileParse>>;
      /** Built from the last text of each file that parsed without errors. */
      form: FormState;
      /** Time the worker spent parsing and building the form state (what the UI thread is spared). */
      parseMs: number;
    }
  | { type: 'edits'; id: number; file: EditableFile; version: number; edits: TextEdit[] }
  | { type: 'edit-failed'; id: number; file: EditableFile; version: number; stale: boolean; message: string };
