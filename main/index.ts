// The Electron entry (bundled to dist/main/index.cjs). A thin shell: the services behind the contract
// are plain Node (main/services); this file only wires the app lifecycle, the windows and the IPC.
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, type WebContents } from 'electron';
import { createDispatcher, MENU_CHANNEL, type MenuCommand, StudioError } from '../shared/contracts/ipc';
import { appMenuTemplate } from './app-menu';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, appRequestHandler } from './app-protocol';
import { folderArgumentFromArgv, type LaunchRequest } from './launch-arguments';
import { linkVerdict, openExternalLink } from './external-links';
import { registerIpc, senderCheck } from './ipc';
import { RENDERER_JS_FLAGS } from './renderer-flags';
import { defaultAppDataDir } from './services/app-data';
import { checkFolderArgument } from './services/folder-argument';
import { createStudioServices } from './services/studio-handlers';
import { appPaths, createWindow, hardenSession, hardenWebContents } from './window';

// One name and one app data folder for the window, the CLI and the browser host (app-data.ts), on every
// platform; set before anything reads userData (the single-instance lock lives there too).
app.setName('Connector Studio');
app.setPath('userData', defaultAppDataDir());
// Sandbox every renderer, including any created by accident, before anything starts.
app.enableSandbox();
app.commandLine.appendSwitch('js-flags', RENDERER_JS_FLAGS);
// The renderer's own scheme (app-protocol.ts) must be known before the app is ready.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

const mainDir = __dirname; // dist/main once bundled
const paths = appPaths(mainDir);
/** Each open window and the connector folder it was opened on (none: the start page). */
const windows = new Map<WebContents, { window: BrowserWindow; folder: string | undefined }>();

// This launch's folder argument, resolved where the user typed it; a second launch sends it to us.
const launch: LaunchRequest = { folder: folderArgumentFromArgv(process.argv, app.isPackaged), cwd: process.cwd() };

/** Opens a window on `request`'s folder; a bad folder argument opens the start page and says why. */
function openWindow(request?: LaunchRequest): BrowserWindow {
  const checked = request?.folder === undefined ? undefined : checkFolderArgument(request.folder, request.cwd);
  const win = createWindow(mainDir);
  const contents = win.webContents;
  windows.set(contents, { window: win, folder: checked && 'dir' in checked ? checked.dir : undefined });
  win.on('closed', () => windows.delete(contents));
  if (checked && 'error' in checked) {
    process.stderr.write(`${checked.error}\n`);
    contents.once('did-finish-load', () => void dialog.showMessageBox(win, { type: 'warning', message: checked.error }));
  }
  return win;
}

/** The window a menu command or a dialog belongs to: the focused one, else the last opened. */
function currentWindow(): BrowserWindow | undefined {
  return BrowserWindow.getFocusedWindow() ?? [...windows.values()].at(-1)?.window;
}

/** A native menu command goes to the current window's page; with no window (macOS), one opens first. */
function sendMenuCommand(command: MenuCommand): void {
  const win = currentWindow();
  if (win) {
    win.webContents.send(MENU_CHANNEL, command);
    return;
  }
  const contents = openWindow().webContents;
  contents.once('did-finish-load', () => contents.send(MENU_CHANNEL, command));
}

if (!app.requestSingleInstanceLock(launch)) {
  // Another instance owns the windows; it opens our folder through 'second-instance'.
  app.quit();
} else {
  // A second launch with a folder opens it in a new window; without one, the current window comes forward.
  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    const request = (additionalData as LaunchRequest | undefined) ?? {
      folder: folderArgumentFromArgv(argv, app.isPackaged),
      cwd: workingDirectory,
    };
    if (typeof request.folder === 'string' && typeof request.cwd === 'string') {
      if (app.isReady()) openWindow({ folder: request.folder, cwd: request.cwd });
      return;
    }
    const win = currentWindow();
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
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
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(appMenuTemplate({ isMac: process.platform === 'darwin', isPackaged: app.isPackaged, send: sendMenuCommand })),
    );
    const services = createStudioServices({
      host: 'electron',
      version: app.getVersion(),
      // Opening, importing and packaging run in worker threads, so the window's other calls are answered meanwhile.
      workerScript: path.join(mainDir, 'heavy-work-worker.cjs'),
      chooseFolder: async () => {
        const options = { properties: ['openDirectory' as const] };
        const win = currentWindow();
        const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
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
        const win = currentWindow();
        const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      context: {
        appDataDir: app.getPath('userData'),
        // An OAuth sign-in page, after the user's Sign in: https opens, http after a question, nothing else.
        openExternal: async (url) => {
          if (linkVerdict(url) === 'refuse')
            throw new StudioError('link-refused', `Only https and http addresses open in the browser; ${url.slice(0, 80)} is neither.`);
          if (!(await openExternalLink(url, currentWindow())))
            throw new StudioError('link-cancelled', 'Opening the sign-in page was cancelled.');
        },
      },
    });
    const dispatch = createDispatcher(services.handlers);
    registerIpc(
      ipcMain,
      async (channel, payload, event) => {
        const envelope = await dispatch(channel, payload);
        // Each window was opened on its own folder: appInfo answers with that window's.
        const folder = event && windows.get(event.sender)?.folder;
        return channel === 'appInfo' && envelope.ok && folder
          ? { ok: true, value: { ...(envelope.value as object), initialDir: folder } }
          : envelope;
      },
      senderCheck(paths.rendererUrl, (wc) => windows.has(wc)),
    );
    // Receivers and other servers the services started stop before the app does.
    app.on('will-quit', () => void services.dispose());
    openWindow(launch);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
  });
}
