// Undo and Redo keys in a form field bound to the connector: Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z (Cmd on
// macOS). They go to the history the form shares with the editor, never to the field's own, which
// would undo one character and send it as a new edit.

/** The attribute that marks a field whose keys run the shared history (read by the Edit menu too). */
export const SHARED_HISTORY_ATTRIBUTE = 'data-shared-history';

export type HistoryCommand = 'undo' | 'redo';

export function historyCommandOf(e: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}): HistoryCommand | undefined {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return undefined;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return undefined;
}
