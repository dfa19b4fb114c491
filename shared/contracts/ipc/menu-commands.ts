// The commands the desktop app's native menu sends to the page (main -> renderer, one way). The page
// runs them as it runs its own File menu, shortcuts and command palette; the menu carries no data.
export const MENU_COMMANDS = [
  'new-connector',
  'open-folder',
  'import-file',
  'save',
  'export-package',
  'command-palette',
  'undo',
  'redo',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The one channel main sends menu commands on. */
export const MENU_CHANNEL = 'studio-menu:command';

/** What the preload exposes as `window.studioMenu` (absent in the browser host: no native menu). */
export interface StudioMenuBridge {
  /** Calls `listener` with each command the menu sends; returns a function that stops listening. */
  onCommand(listener: (command: MenuCommand) => void): () => void;
}

/** Commands that act where the focus is, dialogs included (the page decides what they do there). */
export const FOCUS_COMMANDS: readonly MenuCommand[] = ['undo', 'redo'];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
