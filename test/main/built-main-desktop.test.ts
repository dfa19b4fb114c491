// The built Electron main (dist/main/index.cjs under plain Node with the stand-in electron module) as a
// desktop app behaves: folder arguments read where they were typed, a bad one refused with the browser
// host's sentence, a second launch with a folder opening it in a window of its own, links leaving the
// app only after the user's click and by the link policy, the page served on the app's scheme.
import { spawnSync } from 'node:child_process';
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBuiltMain, type BuiltMain } from '../support/built-main';
import { REPO_ROOT } from '../support/corpus';

const MAIN_BUNDLE = path.join(REPO_ROOT, 'dist', 'main', 'index.cjs');
const HOST_BUNDLE = path.join(REPO_ROOT, 'dist', 'host.cjs');
let tmp = '';
let env: NodeJS.ProcessEnv = {};
const running: BuiltMain[] = [];

async function launch(args: string[], cwd = tmp, extraEnv: NodeJS.ProcessEnv = {}) {
  const app = await launchBuiltMain(MAIN_BUNDLE, { args, cwd, env: { ...env, ...extraEnv } });
  running.push(app);
  return app;
}

beforeAll(async () => {
  if (!existsSync(MAIN_BUNDLE)) throw new Error(`${MAIN_BUNDLE} is missing: run npm run build first.`);
  tmp = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'studio-desktop-')));
  for (const name of ['first', 'second']) {
    await fs.mkdir(path.join(tmp, 'connectors', name), { recursive: true });
    await fs.writeFile(
      path.join(tmp, 'connectors', name, 'apiDefinition.swagger.json'),
      JSON.stringify({ swagger: '2.0', info: { title: name, version: '1' }, paths: {} }),
    );
  }
  await fs.writeFile(path.join(tmp, 'a-file.json'), '{}');
  env = { ...process.env, CONNECTOR_STUDIO_APP_DATA: path.join(tmp, 'app-data') };
});

afterAll(async () => {
  await Promise.all(running.map((app) => app.stop()));
  if (tmp) await fs.rm(tmp, { recursive: true, force: true });
});

describe('folder arguments', () => {
  it('a relative folder is read where the command was typed, and the window opens on it', async () => {
    const app = await launch([path.join('connectors', 'first')]);
    const info = await app.invoke('studio:appInfo', {});
    expect(info).toMatchObject({ ok: true, value: { host: 'electron', initialDir: path.join(tmp, 'connectors', 'first') } });
    const state = await app.state();
    expect(state.singleInstanceData).toEqual({ folder: path.join('connectors', 'first'), cwd: tmp });
    expect(state.dialogs).toEqual([]);
  });

  it.each([
    ['does not exist', 'no-such-folder'],
    ['is a file', 'a-file.json'],
  ])("a folder that %s: the browser host's sentence, on stderr and in a warning; the start page opens", async (_what, arg) => {
    const host = spawnSync(process.execPath, [HOST_BUNDLE, arg], { cwd: tmp, env, encoding: 'utf8' });
    expect(host.status).toBe(2);
    const sentence = host.stderr.trim();
    expect(sentence).toMatch(new RegExp(`^Cannot open ${tmp.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/${arg.replace('.', '\\.')}: it `));

    const app = await launch([arg]);
    const info = await app.invoke<{ initialDir?: string }>('studio:appInfo', {});
    expect(info.ok && info.value.initialDir).toBeUndefined();
    await expect.poll(async () => (await app.state()).dialogs).toEqual([{ kind: 'message', type: 'warning', message: sentence }]);
    expect(app.stderr()).toContain(sentence);
  });
});

describe('a second launch', () => {
  it('with a folder opens it in a new window; the first window keeps its own', async () => {
    const app = await launch([path.join('connectors', 'first')]);
    const elsewhere = path.join(tmp, 'connectors');
    await app.secondInstance(['/opt/connector-studio/connector-studio', 'second'], elsewhere, { folder: 'second', cwd: elsewhere });
    await app.windowsLoaded(2);
    expect((await app.state()).windows).toHaveLength(2);
    expect(await app.invoke('studio:appInfo', {}, 1)).toMatchObject({
      ok: true,
      value: { initialDir: path.join(tmp, 'connectors', 'second') },
    });
    expect(await app.invoke('studio:appInfo', {}, 0)).toMatchObject({
      ok: true,
      value: { initialDir: path.join(tmp, 'connectors', 'first') },
    });
    // Both windows are the app's own: each may call the contract.
    expect(await app.invoke('studio:secretStoreStatus', {}, 1)).toMatchObject({ ok: true });
  });

  it('without a folder brings the existing window forward and opens none', async () => {
    const app = await launch([]);
    await app.secondInstance(['/opt/connector-studio/connector-studio'], tmp, { folder: undefined, cwd: tmp });
    expect((await app.state()).windows).toHaveLength(1);
  });
});

describe('links the page follows', () => {
  it("open in the OS browser only after the user's click, https at once, http after a question, nothing else", async () => {
    const app = await launch([]);
    // No click: a page cannot open the browser by itself.
    expect(await app.link('https://learn.microsoft.com/', 'open')).toEqual({ result: { action: 'deny' } });
    expect(await app.link('https://learn.microsoft.com/x', 'navigate')).toEqual({ prevented: true });
    expect((await app.state()).opened).toEqual([]);

    await app.click();
    expect(await app.link('https://learn.microsoft.com/', 'open')).toEqual({ result: { action: 'deny' } });
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'ms-settings:privacy', 'https://user:pass@example.com/']) {
      await app.link(url, 'open');
    }
    await app.link('http://docs.example.com/', 'navigate');
    await expect.poll(async () => (await app.state()).opened).toEqual(['https://learn.microsoft.com/', 'http://docs.example.com/']);
    const state = await app.state();
    // Only the http address was asked about, naming it.
    expect(state.dialogs).toEqual([expect.objectContaining({ kind: 'message', type: 'question', detail: 'http://docs.example.com/' })]);
  });

  it('an http address the user declines stays closed', async () => {
    const app = await launch([], tmp, { STAND_IN_DIALOG_RESPONSE: '1' });
    await app.click();
    await app.link('http://docs.example.com/', 'open');
    await expect.poll(async () => (await app.state()).dialogs.length).toBe(1);
    expect((await app.state()).opened).toEqual([]);
  });
});

describe('the window', () => {
  it('is served the built renderer on the app scheme, hardened, with the native menu', async () => {
    const app = await launch([]);
    const page = await app.fetch('studio://app/index.html');
    expect(page.status).toBe(200);
    expect(page.body).toBe(readFileSync(path.join(REPO_ROOT, 'dist', 'renderer', 'index.html'), 'utf8'));
    expect((await app.fetch('studio://app/%2e%2e/main/index.cjs')).status).toBe(404);
    const state = await app.state();
    expect(state.windows[0]).toMatchObject({
      url: 'studio://app/index.html',
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        preload: path.join(REPO_ROOT, 'dist', 'preload', 'index.cjs'),
      },
    });
    expect(state.menu).toEqual(expect.arrayContaining(['File', 'Edit']));
    expect(state.channels).toContain('studio:openConnector');
  });
});
