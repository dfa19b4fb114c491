// Edit > Undo and Redo in the desktop app's menu bar do what Ctrl+Z and Ctrl+Shift+Z do where the
// focus is. Electron's standard undo role would run the browser's own undo everywhere, which in the
// editor is not the studio's (the editor keeps its own history, linked across the two files).
import type { ConnectorSession } from '../studio/connector-session';

export type EditCommand = 'undo' | 'redo';

/** A text box of the page (a form field, a dialog's field), not the editor's hidden input. */
function focusedTextBox(): HTMLInputElement | HTMLTextAreaElement | undefined {
  const el = document.activeElement;
  if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) return undefined;
  return el.closest('.monaco-editor') ? undefined : el;
}

/**
 * In a form or dialog field: that field's undo, as its keys do (the field then sends its value as an
 * edit). Anywhere else, unless a dialog is open: the studio's undo of the file shown, as the Undo
 * button and Ctrl+Z in the editor do.
 */
export function runEditCommand(command: EditCommand, session: ConnectorSession | undefined): void {
  if (focusedTextBox()) {
    // The one way to reach a field's own undo history; deprecated, still what browsers run for Ctrl+Z.
    document.execCommand(command);
    return;
  }
  if (document.querySelector('dialog[open]')) return;
  if (command === 'undo') session?.undo();
  else session?.redo();
}
