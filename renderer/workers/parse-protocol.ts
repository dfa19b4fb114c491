// Messages between the studio and its parse worker. The worker mirrors each file's text from
// Monaco's change events (so a keystroke sends a few bytes, not the whole file), parses it, and
// answers with the form state and the problems found; a form edit is computed there too, against
// exactly the text version the form saw. Every answer names the version it is for: the studio drops
// answers about a text that has moved on.
import type { Diagnostic, TextEdit } from '../../shared/core/text';
import type { EditableFile } from './editable-files';
import type { FormState } from '../../shared/editing/form-state';

/** A change as Monaco reports it: offsets into the text before the change. */
export interface TextChange {
  offset: number;
  length: number;
  text: string;
}

export type { EditOp } from '../../shared/editing/edit-op';
import type { EditOp } from '../../shared/editing/edit-op';

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

/** The version a new Monaco model starts at: the texts sent before the models exist carry it. */
export const FIRST_MODEL_VERSION = 1;

/** A parse worker started on a connector's texts before the session existed (see studio/early-parse.ts). */
export interface EarlyParse {
  worker: Worker;
  /** Answers that arrived before the session took the worker over. */
  buffered: FromWorker[];
  /** The texts sent, by file. */
  texts: Partial<Record<EditableFile, string>>;
}
