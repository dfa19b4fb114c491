// Ctrl+S (Cmd+S on macOS) saves, wherever the focus is (the editor binds it too, as Monaco keeps keys).
import { useEffect, useRef } from 'react';

export function useSaveShortcut(save: () => void): void {
  const ref = useRef(save);
  ref.current = save;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 's') {
        e.preventDefault();
        ref.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
