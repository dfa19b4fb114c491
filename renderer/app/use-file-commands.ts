// The File menu's commands and every way to run them: the in-page File menu (and the studio's command
// palette, which lists the same commands), the keys (Ctrl/Cmd+N, O, I), the desktop app's native menu
// and a file dropped on the window (Import).
import { useCallback, type RefObject } from 'react';
import type { ConnectorSession } from '../studio/connector-session';
import { OPEN_PALETTE_EVENT } from '../studio/command-palette-commands';
import type { DialogName } from './dialog-state';
import type { DroppedFile } from './dropped-file';
import { runEditCommand } from './edit-commands';
import type { FileMenuCommand } from './file-menu';
import { useDocumentShortcuts } from './use-document-shortcuts';
import { useFileDrop } from './use-file-drop';
import { useMenuCommands } from './use-menu-commands';

export interface FileCommandsInput {
  session: ConnectorSession | undefined;
  sessionRef: RefObject<ConnectorSession | undefined>;
  /** Opens a folder chosen in the desktop app's native dialog, or in the page's own path picker. */
  chooseFolder(): Promise<void>;
  showDialog(dialog: DialogName): void;
  importDropped(file: DroppedFile): void;
  showError(message: string): void;
  /** Shows the dismissed report of the import that made the open connector, when there is one. */
  showImportReport?: () => void;
}

export function useFileCommands({
  session,
  sessionRef,
  chooseFolder,
  showDialog,
  importDropped,
  showError,
  showImportReport,
}: FileCommandsInput) {
  const openCommand = useCallback(() => void chooseFolder(), [chooseFolder]);

  useDocumentShortcuts({ newConnector: () => showDialog('new'), open: openCommand, importFile: () => showDialog('import') });
  useMenuCommands((command) => {
    const current = sessionRef.current;
    if (command === 'new-connector') showDialog('new');
    else if (command === 'open-folder') openCommand();
    else if (command === 'import-file') showDialog('import');
    else if (command === 'save') void current?.save();
    else if (command === 'undo' || command === 'redo') runEditCommand(command, current);
    else if (command === 'export-package') {
      if (current) showDialog('export');
    } else window.dispatchEvent(new Event(OPEN_PALETTE_EVENT));
  });
  const dragging = useFileDrop(importDropped, showError);

  const commands: FileMenuCommand[] = [
    { label: 'New connector…', shortcut: 'Ctrl+N', keys: 'Control+N', run: () => showDialog('new') },
    { label: 'Open folder…', shortcut: 'Ctrl+O', keys: 'Control+O', run: openCommand },
    { label: 'Import file…', shortcut: 'Ctrl+I', keys: 'Control+I', run: () => showDialog('import') },
    { label: 'Save', shortcut: 'Ctrl+S', keys: 'Control+S', disabled: !session, run: () => void sessionRef.current?.save() },
    { label: 'Export package…', disabled: !session, run: () => showDialog('export') },
    ...(showImportReport ? [{ label: 'Show import report', run: showImportReport }] : []),
  ];

  return { commands, dragging };
}
