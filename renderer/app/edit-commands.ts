// Edit > Undo and Redo in the desktop app's menu bar do what Ctrl+Z and Ctrl+Shift+Z do where the
// focus is. Electron's standard undo role would run the browser's own undo everywhere, which in the
// editor is not the studio's (the editor keeps its own history, linked across the two files).
import type { ConnectorSession } from '../studio/connector-session';
import { SHARED_HISTORY_ATTRIBUTE } from '../wizard/fields/history-keys';

export type EditCommand = 'undo' | 'redo';

/** A text box of the page (a form field, a dialog's field), not the editor's hidden input. */
function focusedTextBox(): HTMLInputElement | HTMLTextAreaElement | undefined {
  const el = document.activeElement;
  if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) return undefined;
  return el.closest('.monaco-editor') ? undefined : el;
}

/**
 * In a form field bound to the connector: what its keys do (the shared history). In another field
 * (a search box, a dialog's field): that field's own undo. Anywhere else, unless a dialog is open:
 * the studio's undo of the file shown, as the Undo button and Ctrl+Z in the editor do.
 */
export function runEditCommand(command: EditCommand, session: ConnectorSession | undefined): void {
  const box = focusedTextBox();
  if (box?.hasAttribute(SHARED_HISTORY_ATTRIBUTE)) {
    const init = { key: 'z', ctrlKey: true, shiftKey: command === 'redo', bubbles: true, cancelable: true };
    box.dispatchEvent(new KeyboardEvent('keydown', init));
    return;
  }
  if (box) {
    // The one way to reach a field's own undo history; deprecated, still what browsers run for Ctrl+Z.
    document.execCommand(command);
    return;
  }
  if (document.querySelector('dialog[open]')) return;
  if (command === 'undo') session?.undo();
  else session?.redo();
}
