// The hardened application window. Everything a web page could use to escape the renderer sandbox is
// switched off here, in one place, so a unit test can assert it (architecture principle 6).
import { BrowserWindow, dialog, type BrowserWindowConstructorOptions, type Session, type WebContents } from 'electron';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../shared/contracts/content-security-policy';
import { errorMessage } from '../shared/core/error-message';
import { APP_INDEX_URL } from './app-protocol';
import { followsUserGesture, openExternalLink, trackUserGestures } from './external-links';

// The policy itself lives in shared/contracts/content-security-policy.ts so the window, the browser host and index.html agree.
export { CONTENT_SECURITY_POLICY };

/** Where the bundles live, relative to the bundled main (dist/main/index.cjs), and the page's address. */
export function appPaths(mainDir: string) {
  return {
    preload: path.join(mainDir, '..', 'preload', 'index.cjs'),
    /** Served as studio://app/ (app-protocol.ts). */
    rendererDir: path.join(mainDir, '..', 'renderer'),
    rendererUrl: APP_INDEX_URL,
  };
}

/** True when `url` is the renderer document itself (hash and query ignored: in-app routing only). */
export function isRendererUrl(url: string, rendererUrl: string): boolean {
  let a: URL;
  let b: URL;
  try {
    a = new URL(url);
    b = new URL(rendererUrl);
  } catch {
    return false;
  }
  // The app's scheme is registered as standard, so its host and path parse as for http.
  return (
    a.protocol === b.protocol &&
    a.host === b.host &&
    a.port === b.port &&
    a.username === '' &&
    a.password === '' &&
    a.pathname === b.pathname
  );
}

export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 500,
    title: 'Connector Studio',
    show: false, // shown on ready-to-show, so no white flash
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // A dropped file must not replace the app page; the renderer handles drops itself.
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}

/** A link the page follows leaves the app only after the user's own click, and by the link policy. */
function openLinkFromPage(contents: WebContents, url: string): void {
  if (!followsUserGesture(contents)) return;
  void openExternalLink(url, BrowserWindow.fromWebContents(contents)).catch((err: unknown) => {
    // The address may carry a token: say what failed, never where to.
    process.stderr.write(`A link could not be opened in the browser (${errorMessage(err)}).\n`);
  });
}

const hardened = new WeakSet<WebContents>();

/** Applied to every webContents (index.ts calls it from `web-contents-created`). Idempotent. */
export function hardenWebContents(contents: WebContents, rendererUrl: string): void {
  if (hardened.has(contents)) return;
  hardened.add(contents);
  trackUserGestures(contents);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openLinkFromPage(contents, url);
    return { action: 'deny' };
  });
  // Only the main frame navigates (CSP allows no frames); a link to the web opens in the OS browser.
  contents.on('will-navigate', (event) => {
    if (isRendererUrl(event.url, rendererUrl)) return;
    event.preventDefault();
    openLinkFromPage(contents, event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isRendererUrl(event.url, rendererUrl)) event.preventDefault();
  });
}

/** Session-wide rules: no permissions, no remote requests from web content, CSP on every response. */
export function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  // The renderer never talks to the network: outbound HTTP for connector tests runs in main.
  ses.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] }, (_details, callback) =>
    callback({ cancel: true }),
  );
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}

export function createWindow(mainDir: string): BrowserWindow {
  const paths = appPaths(mainDir);
  const win = new BrowserWindow(windowOptions(paths.preload));
  hardenWebContents(win.webContents, paths.rendererUrl);
  win.once('ready-to-show', () => win.show());
  // The renderer's unsaved-changes guard (beforeunload) only blocks the close in Electron; ask
  // here, and let the window close when the user chooses to discard.
  win.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      buttons: ['Discard changes', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      title: 'Unsaved changes',
      message: 'This connector has unsaved changes.',
      detail: 'Closing now discards them.',
    });
    if (choice === 0) event.preventDefault();
  });
  void win.loadURL(paths.rendererUrl);
  return win;
}
