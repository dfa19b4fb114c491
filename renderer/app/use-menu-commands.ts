// The desktop app's native menu (main/app-menu.ts) sends its commands here through the preload's
// `window.studioMenu`; the browser host has no native menu, and the in-page File menu does the same.
// Like the shortcuts, a command is ignored while a modal dialog is open (the dialog owns the window),
// except Undo and Redo, which act where the focus is (edit-commands.ts).
import { useEffect, useRef } from 'react';
import { FOCUS_COMMANDS, type MenuCommand, type StudioMenuBridge } from '../../shared/contracts/ipc';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a plain browser. */
    studioMenu?: StudioMenuBridge;
  }
}

export function useMenuCommands(run: (command: MenuCommand) => void): void {
  const ref = useRef(run);
  ref.current = run;
  useEffect(() => {
    const bridge = window.studioMenu;
    if (!bridge) return undefined;
    return bridge.onCommand((command) => {
      if (document.querySelector('dialog[open]') && !FOCUS_COMMANDS.includes(command)) return;
      ref.current(command);
    });
  }, []);
}
