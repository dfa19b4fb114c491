// Ctrl+N (new), Ctrl+O (open), Ctrl+I (import), Cmd on macOS. Caught in the capture phase, before
// the editor (Monaco binds Ctrl+I to suggestions). Browsers keep Ctrl+N for a new window: in the
// browser host it is the File menu's New that works.
import { useEffect, useRef } from 'react';

export interface DocumentShortcuts {
  newConnector(): void;
  open(): void;
  importFile(): void;
}

export function useDocumentShortcuts(shortcuts: DocumentShortcuts): void {
  const ref = useRef(shortcuts);
  ref.current = shortcuts;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      // A modal dialog is open: it owns the keyboard.
      if (document.querySelector('dialog[open]')) return;
      const key = e.key.toLowerCase();
      const action =
        key === 'n' ? ref.current.newConnector : key === 'o' ? ref.current.open : key === 'i' ? ref.current.importFile : undefined;
      if (!action) return;
      e.preventDefault();
      e.stopPropagation();
      action();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
