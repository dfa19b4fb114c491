// The File menu in the app's header (the same in the desktop window and the browser host): new,
// open, import, save, export package and the recent connectors. A menu button: Enter, Space or
// ArrowDown opens it, arrows move, Escape closes and returns focus to the button.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { RecentConnector } from '../../shared/contracts/ipc';
import { displayName } from './recent-list';

export interface FileMenuCommand {
  label: string;
  shortcut?: string;
  /** aria-keyshortcuts value. */
  keys?: string;
  disabled?: boolean;
  run(): void;
}

interface Props {
  commands: FileMenuCommand[];
  recent: RecentConnector[] | undefined;
  onOpenRecent(dir: string): void;
  /** Called when the menu opens (to refresh the recent list). */
  onShow?(): void;
}

export function FileMenu({ commands, recent, onOpenRecent, onShow }: Props) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const buttonId = useId();
  const recentId = useId();

  const items = () => [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])') ?? [])];
  const focusItem = (index: number) => {
    const all = items();
    if (!all.length) return;
    all[(index + all.length) % all.length]!.focus();
  };

  const show = (focus: 'first' | 'last' = 'first') => {
    setOpen(true);
    onShow?.();
    requestAnimationFrame(() => focusItem(focus === 'first' ? 0 : -1));
  };
  const hide = (returnFocus = true) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  // A click anywhere else closes it.
  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      const target = e.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      show(e.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  const onMenuKey = (e: KeyboardEvent) => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        focusItem(at + 1);
        break;
      case 'ArrowUp':
        e.preventDefault();
        focusItem(at - 1);
        break;
      case 'Home':
        e.preventDefault();
        focusItem(0);
        break;
      case 'End':
        e.preventDefault();
        focusItem(-1);
        break;
      case 'Escape':
        e.preventDefault();
        hide();
        break;
      case 'Tab':
        hide(false);
        break;
    }
  };

  const run = (action: () => void) => {
    hide();
    action();
  };

  const available = (recent ?? []).filter((r) => !r.missing);

  return (
    <div className="file-menu">
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        className="menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? hide() : show())}
        onKeyDown={onButtonKey}
      >
        File
      </button>
      {open ? (
        <div ref={menuRef} id={menuId} role="menu" aria-labelledby={buttonId} className="menu" onKeyDown={onMenuKey}>
          {commands.map((c) => (
            <button
              key={c.label}
              type="button"
              role="menuitem"
              tabIndex={-1}
              aria-disabled={c.disabled || undefined}
              aria-keyshortcuts={c.keys}
              className="menu-item"
              onClick={() => (c.disabled ? undefined : run(c.run))}
            >
              <span>{c.label}</span>
              {c.shortcut ? <span className="menu-shortcut">{c.shortcut}</span> : null}
            </button>
          ))}
          {available.length ? (
            <div role="group" aria-labelledby={recentId}>
              <div role="separator" className="menu-separator" />
              <span id={recentId} className="menu-heading" role="presentation">
                Recent
              </span>
              {available.map((r) => (
                <button
                  key={r.dir}
                  type="button"
                  role="menuitem"
                  tabIndex={-1}
                  className="menu-item"
                  title={r.dir}
                  onClick={() => run(() => onOpenRecent(r.dir))}
                >
                  <span>{displayName(r)}</span>
                </button>
              ))}
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
