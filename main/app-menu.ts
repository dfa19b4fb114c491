// The desktop app's native menu bar, in place of Electron's default one (which offers a reload that
// would drop unsaved work and links to Electron's website). The studio's own commands are sent to
// the page (shared/contracts/ipc/menu-commands.ts), which runs them as its in-page File menu does, Undo and
// Redo included; the clipboard, zoom and window commands are Electron's standard roles.
// Shortcuts: the page handles its own keys (they work the same in the browser host), so the menu only
// shows them (registerAccelerator: false, honoured on Windows and Linux). On macOS the menu takes the
// key itself and sends the same command: either way a key press runs the command once.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/contracts/ipc';

export interface MenuOptions {
  isMac: boolean;
  /** Development builds keep Reload and the developer tools. */
  isPackaged: boolean;
  send(command: MenuCommand): void;
}

export function appMenuTemplate({ isMac, isPackaged, send }: MenuOptions): MenuItemConstructorOptions[] {
  const command = (label: string, id: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    id,
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
    click: () => send(id),
  });
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('New Connector…', 'new-connector', 'CmdOrCtrl+N'),
      command('Open Folder…', 'open-folder', 'CmdOrCtrl+O'),
      command('Import File…', 'import-file', 'CmdOrCtrl+I'),
      { type: 'separator' },
      command('Save', 'save', 'CmdOrCtrl+S'),
      command('Export Package…', 'export-package'),
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit', label: 'Exit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    // Undo and Redo are the studio's (the editor's history is its own, linked across both files);
    // the clipboard and Select All are Chromium's, which the editor and form fields both follow.
    submenu: [
      command('Undo', 'undo', 'CmdOrCtrl+Z'),
      command('Redo', 'redo', isMac ? 'Shift+Cmd+Z' : 'Ctrl+Shift+Z'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      command('Command Palette…', 'command-palette', 'CmdOrCtrl+Shift+P'),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(isPackaged ? [] : ([{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }] as MenuItemConstructorOptions[])),
    ],
  };
  // On macOS, About is in the application menu.
  const help: MenuItemConstructorOptions = { role: 'help', submenu: [{ role: 'about', label: 'About Connector Studio' }] };
  return isMac ? [{ role: 'appMenu' }, file, edit, view, { role: 'windowMenu' }] : [file, edit, view, { role: 'windowMenu' }, help];
}
