// The Electron entry (bundled to dist/main/index.cjs). A thin shell: the services behind the contract
// are plain Node (main/services); this file only wires the app lifecycle, the window and the IPC.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { statSync } from 'node:fs';
import path from 'node:path';
import { createDispatcher } from '../shared/ipc/dispatch';
import { MENU_CHANNEL, type MenuCommand } from '../shared/ipc/menu-commands';
import { appMenuTemplate } from './app-menu';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, appRequestHandler } from './app-protocol';
import { registerIpc, senderCheck } from './ipc';
import { RENDERER_JS_FLAGS } from './renderer-flags';
import { createStudioServices } from './services/studio-handlers';
import { appPaths, createWindow, hardenSession, hardenWebContents } from './window';

/** First non-flag argument that is an existing directory (`connector-studio ./my-connector`). */
export function initialDirFromArgv(argv: readonly string[], isPackaged: boolean): string | undefined {
  // Packaged: [exe, ...args]. Development: [electron, '.', ...args].
  const first = argv.slice(isPackaged ? 1 : 2).find((a) => !a.startsWith('-'));
  if (!first) return undefined;
  try {
    return statSync(first).isDirectory() ? path.resolve(first) : undefined;
  } catch {
    return undefined;
  }
}

// Sandbox every renderer, including any created by accident, before anything starts.
app.enableSandbox();
app.commandLine.appendSwitch('js-flags', RENDERER_JS_FLAGS);
// The renderer's own scheme (app-protocol.ts) must be known before the app is ready.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

const mainDir = __dirname; // dist/main once bundled
const paths = appPaths(mainDir);
let mainWindow: BrowserWindow | null = null;

function openWindow(): void {
  mainWindow = createWindow(mainDir);
  mainWindow.on('closed', () => (mainWindow = null));
}

/** A native menu command goes to the window's page; with no window (macOS), one opens first. */
function sendMenuCommand(command: MenuCommand): void {
  if (mainWindow) {
    mainWindow.webContents.send(MENU_CHANNEL, command);
    return;
  }
  openWindow();
  const contents = mainWindow!.webContents;
  contents.once('did-finish-load', () => contents.send(MENU_CHANNEL, command));
}

if (!app.requestSingleInstanceLock()) {
  // Another instance owns the window; it gets focused through 'second-instance'.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  // Every webContents, not only ours: no <webview>, no window.open, no navigation away.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, paths.rendererUrl));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    protocol.handle(APP_SCHEME, appRequestHandler(paths.rendererDir));
    app.setAboutPanelOptions({ applicationName: 'Connector Studio', applicationVersion: app.getVersion() });
    Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate({ isMac: process.platform === 'darwin', isPackaged: app.isPackaged, send: sendMenuCommand })));
    const services = createStudioServices({
      host: 'electron',
      version: app.getVersion(),
      initialDir: initialDirFromArgv(process.argv, app.isPackaged),
      chooseFolder: async () => {
        const options = { properties: ['openDirectory' as const] };
        const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      chooseFile: async () => {
        const options = {
          properties: ['openFile' as const],
          filters: [
            { name: 'API descriptions', extensions: ['json', 'yaml', 'yml'] },
            { name: 'All files', extensions: ['*'] },
          ],
        };
        const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      context: {
        appDataDir: app.getPath('userData'),
        // Only web addresses (an OAuth sign-in page) ever go to the system browser.
        openExternal: async (url) => {
          if (!/^https?:\/\//i.test(url)) throw new Error('only http and https addresses are opened');
          await shell.openExternal(url);
        },
      },
    });
    registerIpc(ipcMain, createDispatcher(services.handlers), senderCheck(paths.rendererUrl, (wc) => wc === mainWindow?.webContents));
    // Receivers and other servers the services started stop before the app does.
    app.on('will-quit', () => void services.dispose());
    openWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
  });
}
