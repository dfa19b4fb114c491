// What the command palette offers, built from the studio's state each time it opens, and how typed
// text picks among them: every word typed must appear in the command's words (in any order), and
// commands whose words start with what was typed come first.

export interface PaletteCommand {
  id: string;
  label: string;
  /** What kind of command, shown beside it (Tab, File, View, Operation...). */
  group: string;
  /** Its own shortcut, when it has one (shown, and given as aria-keyshortcuts). */
  keys?: string;
  /** More words it is found by, shown under the label (an operation's summary, verb and path). */
  detail?: string;
  run(): void;
}

export interface PaletteContext {
  tabs: readonly { id: string; label: string }[];
  activeTab: string;
  showTab(id: string): void;
  files: readonly { key: string; name: string }[];
  activeFile: string;
  showFile(key: string): void;
  formHidden: boolean;
  editorHidden: boolean;
  toggleForm(): void;
  toggleEditor(): void;
  save(): void;
  undo(): void;
  redo(): void;
  operations: readonly { pointer: string; operationId: string; method: string; path: string; summary?: string }[];
  showOperation(pointer: string): void;
  /** The File menu's commands (new, open, import, export); Save is the studio's own. */
  fileCommands?: readonly AppCommand[];
}

/** Opens the palette from outside the studio (the native menu's View > Command Palette). */
export const OPEN_PALETTE_EVENT = 'studio:open-command-palette';

/** A command of the application around the studio (its File menu). */
export interface AppCommand {
  label: string;
  keys?: string;
  disabled?: boolean;
  run(): void;
}

export function paletteCommands(c: PaletteContext): PaletteCommand[] {
  const commands: PaletteCommand[] = [];
  for (const t of c.tabs) {
    commands.push({
      id: `tab:${t.id}`,
      label: `Go to ${t.label}${t.id === c.activeTab ? ' (shown)' : ''}`,
      group: 'Tab',
      run: () => c.showTab(t.id),
    });
  }
  commands.push({ id: 'save', label: 'Save', group: 'File', keys: 'Control+S', run: c.save });
  for (const f of c.fileCommands ?? []) {
    if (f.disabled || f.label === 'Save') continue;
    commands.push({
      id: `app:${f.label}`,
      label: f.label.replace(/…$/, ''),
      group: 'File',
      ...(f.keys ? { keys: f.keys } : {}),
      run: f.run,
    });
  }
  commands.push({ id: 'undo', label: 'Undo', group: 'Edit', run: c.undo });
  commands.push({ id: 'redo', label: 'Redo', group: 'Edit', run: c.redo });
  for (const f of c.files) {
    if (f.key === c.activeFile) continue;
    commands.push({ id: `file:${f.key}`, label: `Show ${f.name} in the editor`, group: 'Editor', run: () => c.showFile(f.key) });
  }
  commands.push({ id: 'form', label: c.formHidden ? 'Show form' : 'Hide form', group: 'View', run: c.toggleForm });
  commands.push({ id: 'editor', label: c.editorHidden ? 'Show editor' : 'Hide editor', group: 'View', run: c.toggleEditor });
  commands.push({ id: 'certify', label: 'Run certification checks', group: 'Certification', run: () => c.showTab('certification') });
  for (const op of c.operations) {
    const name = op.operationId || `${op.method.toUpperCase()} ${op.path}`;
    const where = `${op.method.toUpperCase()} ${op.path}`;
    commands.push({
      id: `op:${op.pointer}`,
      label: `Go to operation ${name}`,
      group: 'Operation',
      detail: op.summary ? `${op.summary} · ${where}` : where,
      run: () => c.showOperation(op.pointer),
    });
  }
  return commands;
}

const words = (s: string) =>
  s
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** The commands matching `query`, best first (stable among equals). */
export function filterCommands(commands: readonly PaletteCommand[], query: string): PaletteCommand[] {
  const typed = words(query);
  if (!typed.length) return [...commands];
  const scored: { command: PaletteCommand; score: number; index: number }[] = [];
  commands.forEach((command, index) => {
    const label = `${command.label} ${command.detail ?? ''}`.toLowerCase();
    const own = words(`${command.label} ${command.group} ${command.detail ?? ''}`);
    let score = 0;
    for (const t of typed) {
      if (own.some((w) => w.startsWith(t))) continue;
      if (label.includes(t) || command.group.toLowerCase().includes(t)) score += 1;
      else return;
    }
    scored.push({ command, score, index });
  });
  return scored.sort((a, b) => a.score - b.score || a.index - b.index).map((s) => s.command);
}
