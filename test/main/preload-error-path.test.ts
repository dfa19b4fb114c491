// One error path: a failure raised by the main-side services reaches the renderer as the same
// StudioError (code and sentence) whether the page runs in Electron or under the browser host.
// The Electron side is the BUILT preload (dist/preload/index.cjs, from `node scripts/build.mjs`)
// loaded with a stand-in 'electron': its contextBridge copies data and, like the real one, passes a
// rejected Error's message only; its ipcRenderer.invoke calls the real dispatcher and services.
import { existsSync, promises as fs, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../main/host';
import { createStudioHandlers } from '../../main/services/studio-handlers';
import { channelNames, CHANNEL_PREFIX, type StudioApi, type StudioEnvelopeApi } from '../../shared/contracts/ipc/contract';
import { createDispatcher } from '../../shared/contracts/ipc/dispatch';
import { StudioError } from '../../shared/contracts/ipc/studio-error';
import { createHttpStudioApi, fromEnvelopes } from '../../renderer/api/envelope-api';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bundle = path.join(root, 'dist', 'preload', 'index.cjs');
/** What the bundle is built from: a bundle older than any of them would test old code. */
const bundleSources = [
  'preload/index.ts',
  'shared/contracts/ipc/index.ts',
  'shared/contracts/ipc/envelope.ts',
  'shared/contracts/ipc/menu-commands.ts',
];

const DEFINITION =
  '{\n  "swagger": "2.0",\n  "info": { "title": "Held", "version": "1.0" },\n  "host": "api.example.com",\n  "paths": {}\n}\n';
const OPENAPI = JSON.stringify({
  openapi: '3.0.0',
  info: { title: 'Imported', version: '1.0' },
  servers: [{ url: 'https://api.example.com' }],
  paths: {},
});

/** What crosses contextBridge: plain data deep-copied, functions proxied, a rejection as `new Error(message)`. */
function acrossBridge(value: unknown): unknown {
  if (typeof value === 'function') {
    return (...args: unknown[]) => {
      const result = (value as (...a: unknown[]) => unknown)(...structuredClone(args));
      if (!(result instanceof Promise)) return acrossBridge(result);
      return result.then(
        (resolved) => acrossBridge(resolved),
        (err: unknown) => {
          throw new Error(err instanceof Error ? err.message : String(err));
        },
      );
    };
  }
  if (value && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) copy[key] = acrossBridge(v);
    return Array.isArray(value) ? Object.values(copy) : copy;
  }
  return value;
}

/** Requires the preload bundle with `electron` answered by `stand-in`; returns what it exposed. */
function loadPreload(standIn: unknown): void {
  const Module = createRequire(import.meta.url)('node:module') as { _load: (request: string, ...rest: unknown[]) => unknown };
  const load = Module._load;
  Module._load = function (this: unknown, request: string, ...rest: unknown[]) {
    return request === 'electron' ? standIn : load.call(this, request, ...rest);
  };
  try {
    createRequire(import.meta.url)(bundle);
  } finally {
    Module._load = load;
    delete createRequire(import.meta.url).cache[bundle];
  }
}

let tmp: string;
let held: string;
let connector: string;
let host: BrowserHost;
const world: Record<string, unknown> = {};
let electronApi: StudioApi;
let browserApi: StudioApi;

beforeAll(async () => {
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run node scripts/build.mjs first.`);
  for (const source of bundleSources) {
    if (statSync(path.join(root, source)).mtimeMs > statSync(bundle).mtimeMs) {
      throw new Error(`${bundle} is older than ${source}: run node scripts/build.mjs again.`);
    }
  }
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'studio-error-path-'));
  held = path.join(tmp, 'Held Connector');
  connector = path.join(tmp, 'Source Connector');
  for (const dir of [held, connector, path.join(tmp, 'renderer')]) await fs.mkdir(dir);
  await fs.writeFile(path.join(held, 'apiDefinition.swagger.json'), DEFINITION);
  await fs.writeFile(path.join(connector, 'apiDefinition.swagger.json'), DEFINITION);
  await fs.writeFile(path.join(tmp, 'renderer', 'index.html'), '<!doctype html><title>test</title>');

  const dispatch = createDispatcher(
    createStudioHandlers({ host: 'electron', version: '0.0.0-test', context: { appDataDir: path.join(tmp, 'electron-data') } }),
  );
  const electron = {
    contextBridge: { exposeInMainWorld: (name: string, api: unknown) => void (world[name] = acrossBridge(api)) },
    ipcRenderer: {
      // Electron's IPC clones the request and the reply (structured clone).
      invoke: async (channel: string, payload: unknown) => {
        if (!channel.startsWith(CHANNEL_PREFIX)) throw new Error(`No handler registered for '${channel}'`);
        return structuredClone(await dispatch(channel.slice(CHANNEL_PREFIX.length), structuredClone(payload)));
      },
      on: () => undefined,
      removeListener: () => undefined,
    },
  };
  loadPreload(electron);
  electronApi = fromEnvelopes(world.studio as StudioEnvelopeApi);

  host = await startBrowserHost({
    rendererDir: path.join(tmp, 'renderer'),
    version: '0.0.0-test',
    context: { appDataDir: path.join(tmp, 'browser-data') },
  });
  const origin = `http://127.0.0.1:${host.port}`;
  // A page's fetch sends the cookie and its Origin; here the token travels in its header instead.
  const pageFetch: typeof fetch = (input, init) =>
    fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), 'X-Studio-Token': host.token, Origin: origin } });
  browserApi = createHttpStudioApi(origin, pageFetch);
});

afterAll(async () => {
  await host?.close();
  if (tmp) await fs.rm(tmp, { recursive: true, force: true });
});

/** The failure each host's renderer API gives for the same call. */
async function failures(call: (api: StudioApi) => Promise<unknown>): Promise<[unknown, unknown]> {
  const failure = (api: StudioApi) =>
    call(api).then(
      () => new Error('the call succeeded'),
      (err: unknown) => err,
    );
  return [await failure(electronApi), await failure(browserApi)];
}

function expectSameStudioError([viaElectron, viaBrowser]: [unknown, unknown], code: string, message?: RegExp): void {
  for (const err of [viaElectron, viaBrowser]) {
    expect(err).toBeInstanceOf(StudioError);
    expect((err as StudioError).code).toBe(code);
    if (message) expect((err as StudioError).message).toMatch(message);
  }
  const { code: ec, message: em } = viaElectron as StudioError;
  const { code: bc, message: bm } = viaBrowser as StudioError;
  expect({ code: ec, message: em }).toEqual({ code: bc, message: bm });
}

describe('the Electron stand-in', () => {
  it('loses an Error code across the bridge, as Electron does (why the preload resolves envelopes)', async () => {
    const bridged = acrossBridge(async () => {
      throw new StudioError('not-found', 'gone');
    }) as () => Promise<unknown>;
    const err = await bridged().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(StudioError);
    expect(err).toMatchObject({ message: 'gone' });
    expect((err as { code?: string }).code).toBeUndefined();
  });

  it('received one method per channel from the built preload, and the menu bridge', () => {
    expect(Object.keys(world).sort()).toEqual(['studio', 'studioMenu']);
    expect(Object.keys(world.studio as object).sort()).toEqual([...channelNames].sort());
  });
});

describe('one error path: Electron preload and browser host give the same StudioError', () => {
  it('answers the same value on success', async () => {
    const [viaElectron, viaBrowser] = await Promise.all([
      electronApi.openConnector({ dir: held }),
      browserApi.openConnector({ dir: held }),
    ]);
    expect(viaElectron.files['apiDefinition.swagger.json']?.text).toBe(DEFINITION);
    expect(viaElectron).toEqual(viaBrowser);
  });

  it('export into a folder holding connector files: target-has-connector', async () => {
    const got = await failures((api) => api.exportPackage({ dir: connector, target: held }));
    expectSameStudioError(got, 'target-has-connector', /already holds connector files/);
  });

  it('create or import into a folder holding connector files: folder-has-connector', async () => {
    expectSameStudioError(
      await failures((api) => api.createConnector({ dir: held, template: 'blank', title: 'New' })),
      'folder-has-connector',
    );
    const source = { kind: 'content' as const, name: 'api.json', base64: Buffer.from(OPENAPI).toString('base64') };
    expectSameStudioError(await failures((api) => api.importConnector({ source, dir: held })), 'folder-has-connector');
  });

  it('a request the contract refuses: invalid-request', async () => {
    expectSameStudioError(await failures((api) => api.openConnector({ dir: 42 as unknown as string })), 'invalid-request');
    expectSameStudioError(await failures((api) => api.openConnector({ dir: '/tmp/a\0b' })), 'invalid-request', /path must not contain NUL/);
    expectSameStudioError(await failures((api) => api.appInfo({ sneaky: true } as never)), 'invalid-request');
  });

  it('a folder that does not exist: not-found', async () => {
    const missing = path.join(tmp, 'no such folder');
    const got = await failures((api) => api.openConnector({ dir: missing }));
    expectSameStudioError(got, 'not-found');
    expect((got[0] as StudioError).message).toBe(`${missing} does not exist.`);
  });
});
