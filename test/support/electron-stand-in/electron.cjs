// A stand-in for the parts of Electron's main-process API that the studio's main uses. It keeps what
// the app asks of it and lets the test that forked the process drive it over Node's IPC channel:
//   {type:'invoke', id, channel, payload, window}  -> the app's ipcMain handler, as that window's page
//   {type:'fetch', id, url}                         -> the app's protocol handler (the served renderer)
//   {type:'second-instance', id, argv, cwd, data}   -> app 'second-instance'
//   {type:'input', window}                          -> a user click in that window
//   {type:'link', id, window, url, how}             -> the page opening a link ('open' or 'navigate')
//   {type:'state', id}                              -> windows, dialogs, links opened, app paths
//   {type:'quit'}                                   -> will-quit, then exit
// It reports {type:'window-loaded'} as each window loads its page.
const { EventEmitter } = require('node:events');
const fs = require('node:fs');
const path = require('node:path');

const report = (message) => process.send?.(message);
const state = { name: '', paths: {}, dialogs: [], opened: [], switches: [], singleInstanceData: undefined, quitting: false };

function appPackage() {
  // Electron reads the app's package.json; the built main lives in <app>/dist/main/.
  let dir = path.dirname(process.argv[1] ?? '.');
  for (let i = 0; i < 5; i++) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8'));
    dir = path.dirname(dir);
  }
  return {};
}

class WebContents extends EventEmitter {
  constructor(window) {
    super();
    this.window = window;
    this.url = '';
    this.sent = [];
    this.openHandler = undefined;
  }
  setWindowOpenHandler(fn) {
    this.openHandler = fn;
  }
  send(channel, ...args) {
    this.sent.push([channel, ...args]);
  }
}

class BrowserWindow extends EventEmitter {
  static all = [];
  static getAllWindows() {
    return BrowserWindow.all.filter((w) => !w.destroyed);
  }
  static getFocusedWindow() {
    return BrowserWindow.getAllWindows().find((w) => w.focused) ?? null;
  }
  static fromWebContents(contents) {
    return BrowserWindow.all.find((w) => w.webContents === contents) ?? null;
  }
  constructor(options) {
    super();
    this.options = options;
    this.destroyed = false;
    this.focused = false;
    this.webContents = new WebContents(this);
    BrowserWindow.all.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  async loadURL(url) {
    this.webContents.url = url;
    // The page loads: Electron emits these in this order.
    setImmediate(() => {
      this.webContents.emit('did-finish-load');
      this.emit('ready-to-show');
      report({ type: 'window-loaded', index: BrowserWindow.all.indexOf(this), url });
    });
  }
  show() {
    this.focused = true;
    for (const w of BrowserWindow.all) if (w !== this) w.focused = false;
  }
  focus() {
    this.show();
  }
  isMinimized() {
    return false;
  }
  restore() {}
}

let resolveReady;
const ready = new Promise((resolve) => (resolveReady = resolve));
let isReady = false;
const app = new EventEmitter();
Object.assign(app, {
  isPackaged: process.env.STAND_IN_PACKAGED === '1',
  commandLine: { appendSwitch: (...args) => state.switches.push(args) },
  enableSandbox() {},
  setName(name) {
    state.name = name;
  },
  getName: () => state.name || appPackage().productName || appPackage().name,
  setPath(name, value) {
    state.paths[name] = value;
  },
  getPath(name) {
    if (!state.paths[name]) throw new Error(`the stand-in knows no path named ${name}`);
    return state.paths[name];
  },
  getVersion: () => appPackage().version,
  requestSingleInstanceLock(data) {
    state.singleInstanceData = data;
    return true;
  },
  whenReady: () => ready,
  isReady: () => isReady,
  setAboutPanelOptions() {},
  quit() {
    if (state.quitting) return;
    state.quitting = true;
    app.emit('will-quit');
    setTimeout(() => process.exit(0), 50);
  },
});

const handlers = new Map();
const ipcMain = {
  handle(channel, fn) {
    if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    handlers.set(channel, fn);
  },
};

const protocolHandlers = new Map();
const protocol = {
  registerSchemesAsPrivileged(schemes) {
    if (isReady) throw new Error('registerSchemesAsPrivileged must be called before the app is ready');
    state.schemes = schemes;
  },
  handle(scheme, fn) {
    protocolHandlers.set(scheme, fn);
  },
};

const sessionState = {};
const session = {
  defaultSession: {
    setPermissionRequestHandler: (fn) => (sessionState.request = fn),
    setPermissionCheckHandler: (fn) => (sessionState.check = fn),
    webRequest: { onBeforeRequest: (_filter, fn) => (sessionState.before = fn), onHeadersReceived: (fn) => (sessionState.headers = fn) },
  },
};

// Dialogs answer as a user would who accepts (response 0) unless the test says otherwise.
const answer = () => Number(process.env.STAND_IN_DIALOG_RESPONSE ?? '0');
const dialog = {
  async showMessageBox(win, options) {
    const o = options ?? win;
    state.dialogs.push({ kind: 'message', type: o.type, message: o.message, detail: o.detail });
    return { response: answer(), checkboxChecked: false };
  },
  showMessageBoxSync(win, options) {
    const o = options ?? win;
    state.dialogs.push({ kind: 'message-sync', type: o.type, message: o.message, detail: o.detail });
    return answer();
  },
  async showOpenDialog() {
    state.dialogs.push({ kind: 'open' });
    return { canceled: true, filePaths: [] };
  },
};
const shell = {
  async openExternal(url) {
    state.opened.push(url);
  },
};
const Menu = {
  buildFromTemplate: (template) => ({ template }),
  setApplicationMenu: (menu) => (state.menu = menu.template.map((m) => m.label ?? m.role)),
};

function windowAt(index) {
  const win = BrowserWindow.all[index ?? BrowserWindow.all.length - 1];
  if (!win) throw new Error(`no window ${index}`);
  return win;
}

async function answerMessage(message) {
  switch (message.type) {
    case 'invoke': {
      const handler = handlers.get(message.channel);
      if (!handler) return { error: `no handler for ${message.channel}` };
      const win = windowAt(message.window);
      const event = { sender: win.webContents, senderFrame: { url: win.webContents.url, parent: null } };
      return { envelope: await handler(event, message.payload) };
    }
    case 'fetch': {
      const url = new URL(message.url);
      const handler = protocolHandlers.get(url.protocol.slice(0, -1));
      const response = await handler(new Request(message.url));
      return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() };
    }
    case 'second-instance':
      app.emit('second-instance', {}, message.argv, message.cwd, message.data);
      return {};
    case 'input':
      windowAt(message.window).webContents.emit('input-event', {}, { type: 'mouseUp' });
      return {};
    case 'link': {
      const contents = windowAt(message.window).webContents;
      if (message.how === 'open') return { result: contents.openHandler?.({ url: message.url }) };
      let prevented = false;
      contents.emit('will-navigate', { url: message.url, preventDefault: () => (prevented = true) });
      return { prevented };
    }
    case 'state':
      return {
        name: app.getName(),
        paths: state.paths,
        dialogs: state.dialogs,
        opened: state.opened,
        schemes: state.schemes,
        menu: state.menu,
        singleInstanceData: state.singleInstanceData,
        channels: [...handlers.keys()],
        windows: BrowserWindow.getAllWindows().map((w) => ({ url: w.webContents.url, webPreferences: w.options.webPreferences })),
      };
    case 'quit':
      app.quit();
      return {};
    default:
      return { error: `unknown message ${message.type}` };
  }
}

process.on('message', (message) => {
  answerMessage(message).then(
    (reply) => report({ type: 'reply', id: message.id, ...reply }),
    (err) => report({ type: 'reply', id: message.id, error: err instanceof Error ? err.message : String(err) }),
  );
});

// The app becomes ready once its entry has run (as in Electron, after the main script's first turn).
setImmediate(() => {
  isReady = true;
  app.emit('ready');
  resolveReady();
});

module.exports = { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell, contextBridge: undefined, ipcRenderer: undefined };
