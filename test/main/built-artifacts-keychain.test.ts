// What ships, against the real keychain: the built Electron main (dist/main/index.cjs under plain Node
// with the stand-in electron module), the built CLI (bin/connector-studio.cjs -> dist/cli.cjs) and the
// built browser host (dist/host.cjs), each in a process of its own, sharing one per-user app data folder
// as they do on a user's machine. A secret saved through the window's IPC is stored in the OS keychain,
// used by an operation test in the window, by `connector-studio test --connection` and seen by the
// browser host, then deleted. `npm run build` makes the bundles (npm test builds first).
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYCHAIN_SERVICE, loadKeytar } from '../../main/services/secret-store';
import { launchBuiltMain, type BuiltMain } from '../support/built-main';
import { REPO_ROOT } from '../support/corpus';
import { startHostProcess } from '../support/host-process';
import { startKeyedApi, writeEchoConnector, type KeyedApi } from '../support/echo-connector';
import { keychainAvailable } from '../support/keychain-available';
import { describeHits, scanTree, secretForms } from '../support/secret-scan';

const MAIN_BUNDLE = path.join(REPO_ROOT, 'dist', 'main', 'index.cjs');
const CLI = path.join(REPO_ROOT, 'bin', 'connector-studio.cjs');
const available = await keychainAvailable("the built artifacts' keychain tests are");
const SECRET = `sk-${randomBytes(12).toString('hex')}`;

let api: KeyedApi | undefined;

let tmp = '';
let dir = '';
let env: NodeJS.ProcessEnv = {};
let app: BuiltMain | undefined;

beforeAll(async () => {
  if (!existsSync(MAIN_BUNDLE)) throw new Error(`${MAIN_BUNDLE} is missing: run npm run build first.`);
  api = await startKeyedApi(SECRET);
  tmp = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'studio-built-')));
  dir = path.join(tmp, 'Echo connector');
  await writeEchoConnector(dir, api.port);
  // The per-user app data folder every process finds on its own (XDG_CONFIG_HOME on Linux): no override.
  env = { ...process.env, XDG_CONFIG_HOME: path.join(tmp, 'config') };
  delete env.CONNECTOR_STUDIO_APP_DATA;
});

afterAll(async () => {
  await app?.stop();
  await api?.close();
  if (tmp) await fs.rm(tmp, { recursive: true, force: true });
});

describe.skipIf(!available)('the built Electron main, CLI and browser host with the real keychain', () => {
  let connectionId = '';

  it('the window: keychain available, a secret stored through IPC and used by an operation test', async () => {
    app = await launchBuiltMain(MAIN_BUNDLE, { env, cwd: tmp, args: [dir] });
    const status = await app.invoke<{ state: string; message: string }>('studio:secretStoreStatus', {});
    expect(status).toMatchObject({ ok: true, value: { state: 'keychain' } });

    const saved = await app.invoke<{ id: string; secretNames: string[] }>('studio:saveConnection', {
      dir,
      name: 'Prod',
      values: {},
      secrets: { api_key: SECRET },
    });
    expect(saved).toMatchObject({ ok: true, value: { secretNames: ['api_key'] } });
    connectionId = saved.ok ? saved.value.id : '';
    // In the OS keychain, under the app's service name; in no file.
    const keytar = await loadKeytar();
    const entries = (await keytar.findCredentials(KEYCHAIN_SERVICE)).filter((c) => c.password === SECRET);
    expect(entries).toHaveLength(1);
    expect(describeHits((await scanTree(tmp, secretForms(SECRET))).hits)).toEqual([]);

    const definitionText = await fs.readFile(path.join(dir, 'apiDefinition.swagger.json'), 'utf8');
    const propertiesText = await fs.readFile(path.join(dir, 'apiProperties.json'), 'utf8');
    const run = await app.invoke<{ outcome: string; response?: { status: number } }>('studio:runOperationTest', {
      dir,
      operation: 'Echo',
      inputs: {},
      connectionId,
      definitionText,
      propertiesText,
    });
    expect(run.ok ? { status: run.value.response?.status } : run).toEqual({ status: 200 });
  });

  it('the window keeps its data where the CLI and the browser host look for it', async () => {
    const state = await app!.state();
    expect(state.name).toBe('Connector Studio');
    expect(state.paths.userData).toBe(path.join(tmp, 'config', 'Connector Studio'));
    expect(existsSync(path.join(tmp, 'config', 'Connector Studio'))).toBe(true);
  });

  it('the CLI: `connector-studio test --connection` uses the secret the window stored (exit 0)', async () => {
    const r = await promisify(execFile)(process.execPath, [CLI, 'test', dir, '--connection', 'Prod'], { env, cwd: tmp }).catch(
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(r.stderr).toBe('');
    expect((r as { code?: number }).code ?? 0).toBe(0);
    expect(r.stdout).toContain('PASS Echo');
    expect(r.stdout).not.toContain(SECRET);
  });

  it('the browser host: keychain available, the same connection with its secret', async () => {
    const { host, stop } = await startHostProcess(undefined, env);
    try {
      const call = async (channel: string, payload: unknown) => {
        const response = await fetch(`${host.origin}/ipc/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Studio-Token': host.token, Origin: host.origin },
          body: JSON.stringify(payload),
        });
        return (await response.json()) as { ok: boolean; value?: any };
      };
      expect(await call('secretStoreStatus', {})).toMatchObject({ ok: true, value: { state: 'keychain' } });
      expect(await call('listConnections', { dir })).toMatchObject({
        ok: true,
        value: { connections: [{ name: 'Prod', secretNames: ['api_key'] }] },
      });
    } finally {
      await stop();
    }
  });

  it('the window deletes the connection and its keychain entry with it', async () => {
    expect(await app!.invoke('studio:deleteConnection', { dir, id: connectionId })).toEqual({ ok: true, value: { deleted: true } });
    const keytar = await loadKeytar();
    expect((await keytar.findCredentials(KEYCHAIN_SERVICE)).filter((c) => c.password === SECRET)).toEqual([]);
    expect(describeHits((await scanTree(tmp, secretForms(SECRET))).hits)).toEqual([]);
    expect(app!.stderr()).not.toContain(SECRET);
  });
});
