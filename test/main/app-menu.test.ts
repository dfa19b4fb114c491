// The native menu's template: every studio command once (Undo and Redo included), with the shortcut
// the page handles shown (not registered, so a key press is handled once, by the page), standard
// roles for the rest, and no Reload or developer tools in a packaged build.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { appMenuTemplate } from '../../main/app-menu';
import { MENU_COMMANDS, type MenuCommand } from '../../shared/contracts/ipc/menu-commands';

type Item = MenuItemConstructorOptions;

function items(template: Item[]): Item[] {
  return template.flatMap((m) => [m, ...items(Array.isArray(m.submenu) ? m.submenu : [])]);
}

describe('native menu', () => {
  it('offers each studio command once and sends it when clicked', () => {
    const send = vi.fn<(c: MenuCommand) => void>();
    const all = items(appMenuTemplate({ isMac: false, isPackaged: true, send }));
    for (const command of MENU_COMMANDS) {
      const found = all.filter((i) => i.id === command);
      expect(found, command).toHaveLength(1);
      (found[0]!.click as () => void)();
      expect(send).toHaveBeenLastCalledWith(command);
    }
    expect(send).toHaveBeenCalledTimes(MENU_COMMANDS.length);
  });

  it('shows the shortcuts the page owns without registering them', () => {
    const all = items(appMenuTemplate({ isMac: false, isPackaged: true, send: () => {} }));
    const shortcuts = Object.fromEntries(all.filter((i) => i.accelerator).map((i) => [i.id, i.accelerator]));
    expect(shortcuts).toEqual({
      'new-connector': 'CmdOrCtrl+N',
      'open-folder': 'CmdOrCtrl+O',
      'import-file': 'CmdOrCtrl+I',
      save: 'CmdOrCtrl+S',
      'command-palette': 'CmdOrCtrl+Shift+P',
      undo: 'CmdOrCtrl+Z',
      redo: 'Ctrl+Shift+Z',
    });
    const mac = items(appMenuTemplate({ isMac: true, isPackaged: true, send: () => {} }));
    expect(mac.find((i) => i.id === 'redo')!.accelerator).toBe('Shift+Cmd+Z');
    for (const i of all.filter((x) => x.accelerator)) expect(i.registerAccelerator, i.id).toBe(false);
  });

  it("uses the studio's undo, the standard roles for the clipboard, and leaves out Reload and the developer tools when packaged", () => {
    const packaged = items(appMenuTemplate({ isMac: false, isPackaged: true, send: () => {} }));
    const roles = packaged.map((i) => i.role).filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll', 'quit', 'about']));
    // Chromium's undo is not the editor's (linked across both files): the menu sends the studio's.
    expect(roles).not.toContain('undo');
    expect(roles).not.toContain('redo');
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).not.toContain('forceReload');
    const dev = items(appMenuTemplate({ isMac: false, isPackaged: false, send: () => {} })).map((i) => i.role);
    expect(dev).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('follows the platform: an application menu on macOS, Exit and Help with About elsewhere', () => {
    const mac = appMenuTemplate({ isMac: true, isPackaged: true, send: () => {} });
    expect(mac[0]!.role).toBe('appMenu');
    expect(items(mac).map((i) => i.role)).not.toContain('quit');
    const other = appMenuTemplate({ isMac: false, isPackaged: true, send: () => {} });
    expect(other.map((m) => m.label ?? m.role)).toEqual(['File', 'Edit', 'View', 'windowMenu', 'help']);
    expect(items(other).find((i) => i.role === 'quit')!.label).toBe('Exit');
  });
});
