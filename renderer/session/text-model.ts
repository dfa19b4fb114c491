// The part of a text model the session's edit queue and linked undo use. Monaco's ITextModel has all
// of it (the session hands them Monaco's models); test/renderer/support/plain-text-model.ts is a plain
// implementation over a string with a real undo stack. Positions are 1-based, as in Monaco.
export interface TextPosition {
  readonly lineNumber: number;
  readonly column: number;
}

export interface TextRange {
  readonly startLineNumber: number;
  readonly startColumn: number;
  readonly endLineNumber: number;
  readonly endColumn: number;
}

/** One replaced range of a change, with offsets into the text before the change. */
export interface TextModelChange {
  readonly rangeOffset: number;
  readonly rangeLength: number;
  readonly text: string;
}

export interface TextModelChangeEvent {
  readonly changes: readonly TextModelChange[];
  readonly versionId: number;
  readonly isUndoing: boolean;
  readonly isRedoing: boolean;
  /** The whole text was replaced (setValue). */
  readonly isFlush: boolean;
  readonly isEolChange: boolean;
}

export interface TextEditOperation {
  range: TextRange;
  text: string;
}

/** Monaco's TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges: typing next to a range leaves it as it is. */
export const NEVER_GROWS_WHEN_TYPING_AT_EDGES = 1;

export interface TextModel {
  getValue(): string;
  /** Increases with every change, undo and redo included. */
  getVersionId(): number;
  /** Like the version id, but undoing returns to the id the text had before: equal ids, equal texts. */
  getAlternativeVersionId(): number;
  getOffsetAt(position: TextPosition): number;
  getPositionAt(offset: number): TextPosition;
  getValueInRange(range: TextRange): string;
  /** Closes the current undo step: the next edit starts a new one. */
  pushStackElement(): void;
  /** Applies edits as part of the current undo step; `selections` are the editor's, mapped through the edits. */
  pushEditOperations(selections: unknown[] | null, operations: TextEditOperation[], cursorStateComputer: () => null): unknown;
  undo(): void | Promise<void>;
  redo(): void | Promise<void>;
  /** A range that follows the text through every edit (a decoration): replaces `old` with `added`. */
  deltaDecorations(old: string[], added: { range: TextRange; options: { stickiness?: number } }[]): string[];
  getDecorationRange(id: string): TextRange | null;
  onDidChangeContent(listener: (e: TextModelChangeEvent) => void): { dispose(): void };
}

export function rangeAt(model: TextModel, offset: number, length: number): TextRange {
  const start = model.getPositionAt(offset);
  const end = model.getPositionAt(offset + length);
  return { startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column };
}

export function startOf(range: TextRange): TextPosition {
  return { lineNumber: range.startLineNumber, column: range.startColumn };
}

export function isEmptyRange(range: TextRange): boolean {
  return range.startLineNumber === range.endLineNumber && range.startColumn === range.endColumn;
}
