import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { IpcMainInvokeEvent, Session, WebContents } from 'electron';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNEL_PREFIX, channelNames, type Envelope, type StudioEnvelopeApi } from '../../shared/contracts/ipc/contract';
import { createDispatcher } from '../../shared/contracts/ipc/dispatch';
import type { StudioMenuBridge } from '../../shared/contracts/ipc/menu-commands';
import { createStudioHandlers } from '../../main/services/studio-handlers';

type Listener = (...args: any[]) => any;

const fake = vi.hoisted(() => {
  /** A webContents that records its listeners so a test can emit events at it. */
  class FakeContents {
    listeners = new Map<string, Listener[]>();
    openHandler: Listener | undefined;
    send = vi.fn();
    on(name: string, fn: Listener) {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), fn]);
      return this;
    }
    setWindowOpenHandler(fn: Listener) {
      this.openHandler = fn;
    }
    /** The user's click, as Electron reports input to a webContents. */
    click() {
      for (const fn of this.listeners.get('input-event') ?? []) fn({}, { type: 'mouseUp' });
    }
    /** Emits an Electron-style event; returns whether a listener called preventDefault. */
    emit(name: string, url?: string) {
      let prevented = false;
      const event = { url, preventDefault: () => (prevented = true) };
      for (const fn of this.listeners.get(name) ?? []) fn(event);
      return prevented;
    }
  }
  class FakeWindow {
    static instances: FakeWindow[] = [];
    static getAllWindows = () => FakeWindow.instances;
    static getFocusedWindow = () => null;
    static fromWebContents = (c: unknown) => FakeWindow.instances.find((w) => w.webContents === c) ?? null;
    webContents = new FakeContents();
    loadURL = vi.fn(async (_url: string) => undefined);
    on = vi.fn();
    once = vi.fn();
    show = vi.fn();
    constructor(readonly options: Record<string, any>) {
      FakeWindow.instances.push(this);
    }
  }
  /** A session that keeps the handlers the shell installs. */
  function fakeSession() {
    const got: Record<string, Listener> = {};
    const ses = {
      setPermissionRequestHandler: (fn: Listener) => (got.request = fn),
      setPermissionCheckHandler: (fn: Listener) => (got.check = fn),
      webRequest: {
        onBeforeRequest: (_filter: unknown, fn: Listener) => (got.before = fn),
        onHeadersReceived: (fn: Listener) => (got.headers = fn),
      },
    };
    return { ses, got };
  }
  const defaultSession = fakeSession();
  let resolveReady!: () => void;
  const ready = new Promise<void>((r) => (resolveReady = r));
  const appListeners = new Map<string, Listener>();
  const module = {
    app: {
      enableSandbox: vi.fn(),
      commandLine: { appendSwitch: vi.fn() },
      requestSingleInstanceLock: vi.fn(() => true),
      on: vi.fn((name: string, fn: Listener) => appListeners.set(name, fn)),
      whenReady: vi.fn(() => ready),
      getVersion: () => '9.9.9',
      getPath: (name: string) => `/tmp/connector-studio-test/${name}`,
      setName: vi.fn(),
      setPath: vi.fn(),
      isReady: () => true,
      isPackaged: false,
      quit: vi.fn(),
      setAboutPanelOptions: vi.fn(),
    },
    Menu: { buildFromTemplate: vi.fn((template: unknown[]) => ({ template })), setApplicationMenu: vi.fn() },
    BrowserWindow: FakeWindow,
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession: defaultSession.ses },
    shell: { openExternal: vi.fn(async () => undefined) },
    ipcMain: { handle: vi.fn() },
    dialog: { showOpenDialog: vi.fn() },
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
  };
  return { FakeContents, FakeWindow, fakeSession, defaultSession, resolveReady, appListeners, module };
});

vi.mock('electron', () => ({ ...fake.module, default: fake.module }));

const { appPaths, windowOptions, hardenSession, hardenWebContents, isRendererUrl, CONTENT_SECURITY_POLICY } = await import(
  '../../main/window'
);
const { registerIpc, senderCheck } = await import('../../main/ipc');

const rendererUrl = 'studio://app/index.html';
const asContents = (c: unknown) => c as WebContents;

function event(url: string | null, sender: unknown, parent: unknown = null): IpcMainInvokeEvent {
  return { senderFrame: url === null ? null : { url, parent }, sender } as unknown as IpcMainInvokeEvent;
}

describe('window', () => {
  it('is hardened: isolated, sandboxed, no Node, web security on, preload from dist/preload', () => {
    const prefs = windowOptions('/opt/studio/dist/preload/index.cjs').webPreferences!;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/opt/studio/dist/preload/index.cjs',
    });
  });

  it('finds preload and renderer beside the bundled main', () => {
    const p = appPaths(path.join('/opt/studio', 'dist', 'main'));
    expect(p.preload).toBe(path.join('/opt/studio', 'dist', 'preload', 'index.cjs'));
    expect(p.rendererDir).toBe(path.join('/opt/studio', 'dist', 'renderer'));
    expect(p.rendererUrl).toBe(rendererUrl);
  });

  it('recognises only its own renderer document', () => {
    expect(isRendererUrl(`${rendererUrl}#/wizard`, rendererUrl)).toBe(true);
    expect(isRendererUrl(`${rendererUrl}?x=1`, rendererUrl)).toBe(true);
    expect(isRendererUrl('file:///etc/passwd', rendererUrl)).toBe(false);
    expect(isRendererUrl('file:///index.html', rendererUrl)).toBe(false);
    expect(isRendererUrl('studio://app/assets/other.html', rendererUrl)).toBe(false);
    expect(isRendererUrl('studio://evil/index.html', rendererUrl)).toBe(false);
    expect(isRendererUrl('studio://user@app/index.html', rendererUrl)).toBe(false);
    expect(isRendererUrl('https://app/index.html', rendererUrl)).toBe(false);
    expect(isRendererUrl('https://example.com/dist/renderer/index.html', rendererUrl)).toBe(false);
    expect(isRendererUrl('not a url', rendererUrl)).toBe(false);
  });

  it('denies webviews, window.open and navigation away; https links the user clicked go to the OS browser', async () => {
    const wc = new fake.FakeContents();
    hardenWebContents(asContents(wc), rendererUrl);
    expect(wc.emit('will-attach-webview')).toBe(true);
    // Without a click just before, the page cannot open the browser.
    expect(wc.openHandler?.({ url: 'https://learn.microsoft.com/' })).toEqual({ action: 'deny' });
    expect(fake.module.shell.openExternal).not.toHaveBeenCalled();
    wc.click();
    expect(wc.openHandler?.({ url: 'https://learn.microsoft.com/' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(fake.module.shell.openExternal).toHaveBeenLastCalledWith('https://learn.microsoft.com/'));

    fake.module.shell.openExternal.mockClear();
    expect(wc.emit('will-navigate', `${rendererUrl}#/security`)).toBe(false);
    expect(wc.emit('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(wc.openHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(fake.module.shell.openExternal).not.toHaveBeenCalled();
    expect(wc.emit('will-navigate', 'https://evil.example/')).toBe(true);
    await vi.waitFor(() => expect(fake.module.shell.openExternal).toHaveBeenCalledWith('https://evil.example/'));
    expect(wc.emit('will-redirect', 'https://evil.example/')).toBe(true);
  });

  it('denies every permission, cancels web requests and adds the CSP header', () => {
    const { ses, got } = fake.fakeSession();
    hardenSession(ses as unknown as Session);
    const answer = vi.fn();
    got.request!(null, 'media', answer, {});
    expect(answer).toHaveBeenCalledWith(false);
    expect(got.check!(null, 'clipboard-read', 'file://', {})).toBe(false);
    const cancel = vi.fn();
    got.before!({ url: 'https://cdn.example/x.js' }, cancel);
    expect(cancel).toHaveBeenCalledWith({ cancel: true });
    const headers = vi.fn();
    got.headers!({ responseHeaders: { 'X-Kept': ['1'] } }, headers);
    expect(headers).toHaveBeenCalledWith({ responseHeaders: { 'X-Kept': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:/);
  });
});

describe('ipc registration', () => {
  const ours = new fake.FakeContents();
  const trusted = senderCheck(rendererUrl, (wc) => wc === asContents(ours));

  function register(dispatch = createDispatcher(createStudioHandlers({ host: 'electron', version: '1.2.3' }))) {
    const handlers = new Map<string, Listener>();
    const names = registerIpc({ handle: (name, fn) => void handlers.set(name, fn) }, dispatch, trusted);
    return { handlers, names };
  }

  it('registers exactly the contract channels, with the prefix', () => {
    const { handlers, names } = register();
    const expected = channelNames.map((c) => CHANNEL_PREFIX + c);
    expect([...handlers.keys()].sort()).toEqual([...expected].sort());
    expect(names).toEqual(expected);
    expect(expected).toContain('studio:openConnector');
  });

  it('refuses other senders before the dispatcher runs', async () => {
    const dispatch = vi.fn(async () => ({ ok: true as const, value: 'should not happen' }));
    const { handlers } = register(dispatch);
    const call = handlers.get('studio:appInfo')!;
    const forbidden = { ok: false, error: { code: 'forbidden-sender', message: expect.stringMatching(/refused/) } };
    await expect(call(event('https://evil.example/', ours), {})).resolves.toEqual(forbidden);
    await expect(call(event('file:///tmp/other.html', ours), {})).resolves.toEqual(forbidden);
    await expect(call(event(rendererUrl, new fake.FakeContents()), {})).resolves.toEqual(forbidden);
    await expect(call(event(rendererUrl, ours, { url: rendererUrl }), {})).resolves.toEqual(forbidden); // a subframe
    await expect(call(event(null, ours), {})).resolves.toEqual(forbidden); // frame gone
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('passes valid requests from our window to the real handlers, and rejects bad payloads', async () => {
    const { handlers } = register();
    const ok = (await handlers.get('studio:appInfo')!(event(`${rendererUrl}#/`, ours), {})) as Envelope<unknown>;
    expect(ok).toEqual({ ok: true, value: { host: 'electron', version: '1.2.3', canChooseFolder: false } });
    const bad = (await handlers.get('studio:openConnector')!(event(rendererUrl, ours), { dir: 42 })) as Envelope<unknown>;
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});

describe('entry (main/index.ts)', () => {
  beforeAll(async () => {
    await import('../../main/index');
    fake.resolveReady();
    await vi.waitFor(() => expect(fake.FakeWindow.instances).toHaveLength(1));
  });

  it('enables the sandbox before the app is ready and takes the single-instance lock', () => {
    const { app } = fake.module;
    expect(app.enableSandbox).toHaveBeenCalledOnce();
    expect(app.enableSandbox.mock.invocationCallOrder[0]).toBeLessThan(app.whenReady.mock.invocationCallOrder[0]!);
    expect(app.requestSingleInstanceLock).toHaveBeenCalled();
  });

  it('gives the renderers the V8 flags the benchmark measures with (a larger young generation)', () => {
    expect(fake.module.app.commandLine.appendSwitch).toHaveBeenCalledWith('js-flags', '--max-semi-space-size=64');
  });

  it('registers the app scheme before the app is ready, standard and with the V8 code cache', () => {
    const { protocol, app } = fake.module;
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce();
    const [schemes] = protocol.registerSchemesAsPrivileged.mock.calls[0] as unknown as [
      { scheme: string; privileges: Record<string, boolean> }[],
    ];
    expect(schemes).toEqual([{ scheme: 'studio', privileges: expect.objectContaining({ standard: true, secure: true, codeCache: true }) }]);
    // Never a CSP bypass or service workers for the app's own pages.
    expect(schemes[0]!.privileges.bypassCSP).toBeUndefined();
    expect(schemes[0]!.privileges.allowServiceWorkers).toBeUndefined();
    expect(protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]).toBeLessThan(app.whenReady.mock.invocationCallOrder[0]!);
  });

  it('serves the built renderer on that scheme once ready, before the window opens', async () => {
    const { protocol } = fake.module;
    expect(protocol.handle).toHaveBeenCalledOnce();
    const [scheme, handler] = protocol.handle.mock.calls[0] as unknown as [string, (r: Request) => Promise<Response>];
    expect(scheme).toBe('studio');
    const win = fake.FakeWindow.instances[0]!;
    expect(protocol.handle.mock.invocationCallOrder[0]).toBeLessThan(win.loadURL.mock.invocationCallOrder[0]!);
    // From the source tree, main/../renderer is the renderer's source folder, with its index.html.
    const page = await handler(new Request('studio://app/index.html'));
    expect(page.status).toBe(200);
    expect(await page.text()).toBe(readFileSync(path.resolve('renderer', 'index.html'), 'utf8'));
    expect((await handler(new Request('studio://app/%2e%2e/package.json'))).status).toBe(404);
  });

  it('hardens the default session once ready', () => {
    const answer = vi.fn();
    fake.defaultSession.got.request!(null, 'geolocation', answer, {});
    expect(answer).toHaveBeenCalledWith(false);
    expect(fake.defaultSession.got.headers).toBeTypeOf('function');
  });

  it('opens one hardened window on the built renderer and serves the contract to it', async () => {
    const win = fake.FakeWindow.instances[0]!;
    const mainDir = path.resolve('main'); // __dirname of the source; dist/main once bundled
    expect(win.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, preload: appPaths(mainDir).preload });
    expect(win.loadURL).toHaveBeenCalledWith('studio://app/index.html');

    const handle = fake.module.ipcMain.handle;
    expect(handle.mock.calls.map((c) => c[0]).sort()).toEqual(channelNames.map((c) => CHANNEL_PREFIX + c).sort());
    const appInfo = handle.mock.calls.find((c) => c[0] === 'studio:appInfo')![1] as Listener;
    const url = appPaths(mainDir).rendererUrl;
    await expect(appInfo(event(url, win.webContents), {})).resolves.toEqual({
      ok: true,
      value: { host: 'electron', version: '9.9.9', canChooseFolder: true },
    });
    await expect(appInfo(event(url, new fake.FakeContents()), {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
  });

  it('replaces the default menu with its own, whose studio commands go to the window', () => {
    const { Menu } = fake.module;
    expect(Menu.setApplicationMenu).toHaveBeenCalledOnce();
    const menu = Menu.setApplicationMenu.mock.calls[0]![0] as unknown as {
      template: { label?: string; role?: string; submenu?: { id?: string; role?: string; click?: () => void }[] }[];
    };
    const file = menu.template.find((m) => m.label === 'File')!;
    const save = file.submenu!.find((i) => i.id === 'save')!;
    save.click!();
    const win = fake.FakeWindow.instances[0]!;
    expect(win.webContents.send).toHaveBeenLastCalledWith('studio-menu:command', 'save');
    // A development build: Reload and the developer tools stay (not packaged in this test).
    const view = menu.template.find((m) => m.label === 'View')!;
    expect(view.submenu!.map((i) => i.role)).toContain('toggleDevTools');
  });

  it('guards every webContents created later', () => {
    const guard = fake.appListeners.get('web-contents-created')!;
    const other = new fake.FakeContents();
    guard({}, other);
    expect(other.emit('will-attach-webview')).toBe(true);
    expect(other.openHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
  });

  it('quits when the last window closes (except on macOS)', () => {
    fake.appListeners.get('window-all-closed')!();
    if (process.platform === 'darwin') expect(fake.module.app.quit).not.toHaveBeenCalled();
    else expect(fake.module.app.quit).toHaveBeenCalledOnce();
  });
});

describe('preload', () => {
  let api: StudioEnvelopeApi;
  beforeAll(async () => {
    await import('../../preload/index');
    const [name, exposed] = fake.module.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [string, StudioEnvelopeApi];
    expect(name).toBe('studio');
    api = exposed;
  });

  it('exposes exactly one method per contract channel, and no generic invoke', () => {
    expect(Object.keys(api).sort()).toEqual([...channelNames].sort());
    for (const fn of Object.values(api)) expect(typeof fn).toBe('function');
    // The other exposure is the menu bridge, checked below.
    expect(fake.module.contextBridge.exposeInMainWorld.mock.calls.map((c) => c[0])).toEqual(['studio', 'studioMenu']);
  });

  it('passes only known menu commands to the page, never the IPC event, and stops on request', () => {
    const [, bridge] = fake.module.contextBridge.exposeInMainWorld.mock.calls[1] as unknown as [string, StudioMenuBridge];
    expect(Object.isFrozen(bridge)).toBe(true);
    const got: unknown[][] = [];
    const stop = bridge.onCommand((...args: unknown[]) => got.push(args));
    const [channel, handler] = fake.module.ipcRenderer.on.mock.calls.at(-1) as unknown as [
      string,
      (event: unknown, command: unknown) => void,
    ];
    expect(channel).toBe('studio-menu:command');
    const ipcEvent = { sender: { send() {} }, ports: [] };
    handler(ipcEvent, 'save');
    handler(ipcEvent, 'command-palette');
    for (const bad of ['rm -rf', '__proto__', 'toString', 42, null, { command: 'save' }]) handler(ipcEvent, bad);
    expect(got).toEqual([['save'], ['command-palette']]);
    stop();
    expect(fake.module.ipcRenderer.removeListener).toHaveBeenCalledWith('studio-menu:command', handler);
    expect(() => bridge.onCommand('not a function' as never)).toThrow(TypeError);
  });

  it('invokes the prefixed channel and resolves with the envelope', async () => {
    const value = { host: 'electron', version: '1', canChooseFolder: true };
    fake.module.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value });
    await expect(api.appInfo({})).resolves.toEqual({ ok: true, value });
    expect(fake.module.ipcRenderer.invoke).toHaveBeenLastCalledWith('studio:appInfo', {});
  });

  it('resolves with a failing envelope (code and sentence), copying only its known fields', async () => {
    const sentence = 'Cannot save: the folder /x does not exist.';
    fake.module.ipcRenderer.invoke.mockResolvedValueOnce({
      ok: false,
      error: { code: 'not-found', message: sentence, stack: 'at main.js:1' },
      extra: 1,
    });
    await expect(api.saveConnector({ dir: '/x', files: {} })).resolves.toStrictEqual({
      ok: false,
      error: { code: 'not-found', message: sentence },
    });
  });

  it('never rejects: a malformed reply or a failed invoke becomes an internal envelope', async () => {
    const internal = { ok: false, error: { code: 'internal', message: expect.stringMatching(/malformed reply/) } };
    for (const reply of [
      undefined,
      null,
      'ok',
      { ok: 'yes', value: 1 },
      { ok: true },
      { ok: false },
      { ok: false, error: { code: 7, message: 'x' } },
      { ok: false, error: { code: 'x' } },
    ]) {
      fake.module.ipcRenderer.invoke.mockResolvedValueOnce(reply);
      await expect(api.openConnector({ dir: '/x' }), JSON.stringify(reply)).resolves.toEqual(internal);
    }
    fake.module.ipcRenderer.invoke.mockRejectedValueOnce(new Error("No handler registered for 'studio:openConnector'"));
    await expect(api.openConnector({ dir: '/x' })).resolves.toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: expect.stringMatching(/could not reach its main process for openConnector: No handler registered/),
      },
    });
    fake.module.ipcRenderer.invoke.mockImplementationOnce(() => {
      throw new Error('An object could not be cloned.');
    });
    await expect(api.openConnector({ dir: '/x' })).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
