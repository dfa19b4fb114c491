// The command palette (Ctrl+Shift+P, Cmd+Shift+P on a Mac, or its toolbar button): a modal dialog
// with a combobox that filters a list of commands (the ARIA combobox and listbox pattern: focus stays
// in the text box, the arrow keys move the active option, Enter runs it, Escape closes). Focus goes
// back where it was, unless the command puts it elsewhere.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { ModalDialog } from '../ui/modal-dialog';
import {
  filterCommands,
  OPEN_PALETTE_EVENT,
  paletteCommands,
  type AppCommand,
  type PaletteCommand,
  type PaletteContext,
} from './command-palette-commands';
import type { ConnectorSession } from './connector-session';
import { EDITABLE_FILES, FILE_NAMES, type EditableFile } from '../workers/editable-files';
import type { FormState } from '../../shared/editing/form-state';
import { tabId } from './studio-tabs';
import { TABS, type TabId } from './tab-registry';
import './command-palette.css';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

interface StudioProps {
  session: ConnectorSession;
  form: FormState | undefined;
  activeTab: TabId;
  onTab(id: TabId): void;
  formHidden: boolean;
  editorHidden: boolean;
  onToggleForm(): void;
  onToggleEditor(): void;
  onSave(): void;
  onSelectOperation(pointer: string): void;
  /** The File menu's commands, offered in the palette too. */
  fileCommands?: readonly AppCommand[];
}

/** The toolbar button and the dialog; the shortcut works wherever focus is in the window. */
export function StudioCommandPalette(props: StudioProps) {
  const { session, form } = props;
  const [open, setOpen] = useState(false);
  const chosen = useRef<PaletteCommand>(undefined);

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.shiftKey && !e.altKey && e.key.toLowerCase() === 'p') {
        // Before the editor sees it.
        e.preventDefault();
        e.stopPropagation();
        setOpen(true);
      }
    };
    const onOpen = () => setOpen(true);
    window.addEventListener('keydown', onKey, true);
    window.addEventListener(OPEN_PALETTE_EVENT, onOpen);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener(OPEN_PALETTE_EVENT, onOpen);
    };
  }, []);

  // A command runs once the dialog has gone (and given focus back), so it may move focus itself.
  useEffect(() => {
    if (open || !chosen.current) return;
    const command = chosen.current;
    chosen.current = undefined;
    command.run();
  }, [open]);

  return (
    <>
      <button
        type="button"
        className="secondary"
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+Shift+P Meta+Shift+P"
        onClick={() => setOpen(true)}
      >
        Commands
      </button>
      {open ? (
        <CommandPalette
          commands={paletteCommands(contextOf(props, session.getSnapshot().activeFile, form))}
          onClose={(command) => {
            chosen.current = command;
            setOpen(false);
          }}
        />
      ) : null}
    </>
  );
}

/** Focuses an element as soon as it can take focus (within a few frames). */
function focusWhenShown(id: string, frames = 20): void {
  requestAnimationFrame(() => {
    const el = document.getElementById(id);
    el?.focus();
    if (document.activeElement !== el && frames > 0) focusWhenShown(id, frames - 1);
  });
}

function contextOf(p: StudioProps, activeFile: EditableFile, form: FormState | undefined): PaletteContext {
  const showTab = (id: string) => {
    if (p.formHidden) p.onToggleForm();
    p.onTab(id as TabId);
    // Once the tab has rendered (its pane may have been hidden), focus goes to it, as a click would.
    focusWhenShown(tabId(id as TabId));
  };
  return {
    tabs: TABS,
    activeTab: p.activeTab,
    showTab,
    files: EDITABLE_FILES.filter((k) => p.session.hasFile(k)).map((k) => ({ key: k, name: FILE_NAMES[k] })),
    activeFile,
    showFile: (key) => {
      if (p.editorHidden) p.onToggleEditor();
      p.session.setActiveFile(key as EditableFile);
    },
    formHidden: p.formHidden,
    editorHidden: p.editorHidden,
    toggleForm: p.onToggleForm,
    toggleEditor: p.onToggleEditor,
    save: p.onSave,
    undo: () => p.session.undo(),
    redo: () => p.session.redo(),
    operations: form?.operations ?? [],
    showOperation: (pointer) => {
      p.onSelectOperation(pointer);
      showTab('definition');
    },
    ...(p.fileCommands ? { fileCommands: p.fileCommands } : {}),
  };
}

interface Props {
  commands: PaletteCommand[];
  onClose(command?: PaletteCommand): void;
}

export function CommandPalette({ commands, onClose }: Props) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const inputId = useId();
  const listId = useId();
  const hintId = useId();
  const list = useRef<HTMLUListElement>(null);
  const shown = useMemo(() => filterCommands(commands, query), [commands, query]);
  const current = shown[Math.min(active, shown.length - 1)];
  const optionId = (i: number) => `${listId}-option-${i}`;

  useEffect(() => setActive(0), [query]);
  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active, shown]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const last = shown.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: active >= last ? 0 : active + 1,
      ArrowUp: active <= 0 ? last : active - 1,
      PageDown: Math.min(last, active + 8),
      PageUp: Math.max(0, active - 8),
    };
    if (e.key in moves && shown.length) {
      e.preventDefault();
      setActive(moves[e.key]!);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (current) onClose(current);
    }
  };

  const index = current ? shown.indexOf(current) : -1;
  return (
    <ModalDialog title="Command palette" className="command-palette" onClose={() => onClose()}>
      <label htmlFor={inputId} className="palette-label">
        Type a command
      </label>
      <input
        id={inputId}
        className="input palette-input"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={index >= 0 ? optionId(index) : undefined}
        aria-describedby={hintId}
        autoComplete="off"
        spellCheck={false}
        autoFocus
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <p id={hintId} className="field-hint">
        Up and Down choose, Enter runs, Escape closes. {isMac ? 'Cmd' : 'Ctrl'}+Shift+P opens this list anywhere.
      </p>
      <ul ref={list} id={listId} role="listbox" aria-label="Commands" className="palette-list">
        {shown.map((c, i) => (
          <li
            key={c.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === index}
            className="palette-option"
            onMouseMove={() => i !== index && setActive(i)}
            onClick={() => onClose(c)}
          >
            <span className="palette-command">
              {c.label}
              {c.detail ? <span className="palette-detail">{c.detail}</span> : null}
            </span>
            <span className="palette-group">
              {c.group}
              {c.keys ? ` · ${c.keys.replace('Control', isMac ? 'Cmd' : 'Ctrl')}` : ''}
            </span>
          </li>
        ))}
      </ul>
      <p className="palette-count" role="status">
        {shown.length ? `${shown.length} ${shown.length === 1 ? 'command' : 'commands'}` : 'No command matches.'}
      </p>
    </ModalDialog>
  );
}
