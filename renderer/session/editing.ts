// What a tab may do with the open connector, and all it may: change it, show it in the editor, read
// its form state and its texts. Tabs receive these through React context (session-context.tsx) and
// never see the session's class, so a tab can be rendered over anything that keeps this promise.
import type { EditOp } from '../../shared/editing/edit-op';
import type { EditableFile } from '../workers/editable-files';
import type { SessionSnapshot } from './session-snapshot';

export type { EditableFile };

export interface Editing {
  /**
   * A form edit of one file. `field` names the form field: consecutive edits of one field are one
   * undo step (until endEditGroup), and only the latest value of a field still waiting is computed.
   */
  edit(file: EditableFile, field: string, op: EditOp): void;
  /** Ends the current undo step (a field lost focus, or a one-shot control changed). */
  endEditGroup(): void;
  /**
   * Undo and Redo in the one history the form and the editor share (the file the editor shows), as
   * the toolbar's buttons do; a field's keys come here rather than to the field's own history.
   */
  undo(): void;
  redo(): void;
  /** Selects a range of a file in the editor and scrolls it into view. */
  reveal(file: EditableFile, offset: number, length: number): void;
  /** Selects several ranges of a file at once (one cursor each), the first scrolled into view. */
  revealAll(file: EditableFile, ranges: readonly { offset: number; length: number }[]): void;
  /** The form state and the files' status, for useSyncExternalStore (see useSessionSnapshot). */
  subscribe(listener: () => void): () => void;
  getSnapshot(): SessionSnapshot;
  /** Lists every reference and its uses in the form state until the returned function is called. */
  wantReferences(): () => void;
}

/** The connector's texts as edited, saved or not. */
export interface ConnectorTexts {
  hasFile(file: EditableFile): boolean;
  /** The file's text now; undefined when the connector has no such file, or it was closed. */
  text(file: EditableFile): string | undefined;
  /** Changes with every change of the file's text; undefined as for `text`. */
  version(file: EditableFile): number | undefined;
  /** Calls `listener` after each change of the file's text, until the returned function is called. */
  onTextChange(file: EditableFile, listener: () => void): () => void;
}

/** What the tabs receive: the two together. */
export type TabSession = Editing & ConnectorTexts;
