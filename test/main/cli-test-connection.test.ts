// `connector-studio test <dir> --connection <name>` against a real API on 127.0.0.1, with
// connections saved in a real app data folder and their secrets in the real OS keychain (a private
// gnome-keyring under scripts/with-keychain.sh). --param overrides a saved value; an unknown name
// and an unreachable keychain are clear errors with exit 2 (the latter in a child process without
// a D-Bus session, the real library failing as it does on such a machine).
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTest, type TestArgs } from '../../main/cli/test-command';
import { createConnectionStore } from '../../main/services/connection-store';
import { createSessionStore, loadKeytar, probeKeychain } from '../../main/services/secret-store';
import { createSecretVault } from '../../main/services/secret-vault';
import { buildCli } from '../../scripts/cli-bundle.mjs';
import { REPO_ROOT } from '../support/corpus';

async function keychainWorks(): Promise<boolean> {
  try {
    await probeKeychain(await loadKeytar());
    return true;
  } catch {
    return false;
  }
}
const available = await keychainWorks();
if (!available) {
  const message = '[keychain] no working OS keychain here (run under scripts/with-keychain.sh): keychain tests are skipped.';
  if (process.env.STUDIO_REQUIRE_KEYCHAIN === '1') throw new Error(message.replace('are skipped', 'are required'));
  console.warn(message);
}

const SECRET = `sk-${randomBytes(12).toString('hex')}`;
let tmp: string;
let dir: string;
let appData: string;
let port = 0;
const everything: string[] = [];

// Answers 401 without the key; otherwise echoes the headers it got (secrets too: the CLI must mask them).
const server = http.createServer((req, res) => {
  res.writeHead(req.headers['x-api-key'] === SECRET ? 200 : 401, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ headers: req.headers }));
});

const definition = (apiPort: number) => ({
  swagger: '2.0',
  info: { title: 'Echo', version: '1.0' },
  host: `127.0.0.1:${apiPort}`,
  basePath: '/',
  schemes: ['http'],
  produces: ['application/json'],
  paths: { '/echo': { get: { operationId: 'Echo', responses: { '200': { description: 'OK', schema: { type: 'object' } } } } } },
  securityDefinitions: { api_key: { type: 'apiKey', in: 'header', name: 'X-Api-Key' } },
});

const properties = {
  properties: {
    connectionParameters: { api_key: { type: 'securestring' }, region: { type: 'string' } },
    policyTemplateInstances: [
      {
        templateId: 'setheader',
        title: 'Region',
        parameters: {
          'x-ms-apimTemplateParameter.name': 'X-Region',
          'x-ms-apimTemplateParameter.value': "@connectionParameters('region')",
          'x-ms-apimTemplateParameter.existsAction': 'override',
          'x-ms-apimTemplate-policySection': 'Request',
        },
      },
    ],
  },
};

async function run(args: Partial<TestArgs>, deps = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runTest(
    { source: dir, operations: ['Echo'], params: {}, inputs: {}, format: 'text', ...args },
    { out: (s) => out.push(s), err: (s) => err.push(s) },
    { http: { timeoutMs: 5000 }, appDataDir: appData, ...deps },
  );
  everything.push(...out, ...err);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'cs-cli-connection-'));
  dir = path.join(tmp, 'connector');
  appData = path.join(tmp, 'appdata');
  await fs.mkdir(dir);
  await fs.writeFile(path.join(dir, 'apiDefinition.swagger.json'), JSON.stringify(definition(port), null, 2));
  await fs.writeFile(path.join(dir, 'apiProperties.json'), JSON.stringify(properties, null, 2));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await fs.rm(tmp, { recursive: true, force: true });
  expect(everything.join('\n')).not.toContain(SECRET);
});

describe.skipIf(!available)('with a connection saved in the studio', () => {
  let id = '';
  beforeAll(async () => {
    id = (
      await createConnectionStore(appData, createSecretVault()).save({
        dir,
        name: 'Prod',
        values: { region: 'eu-west' },
        secrets: { api_key: SECRET },
      })
    ).id;
  });
  afterAll(async () => {
    // Deleting the connection takes its keychain entry with it.
    expect(await createConnectionStore(appData, createSecretVault()).delete(dir, id)).toBe(true);
  });

  it('uses its values and its secret from the keychain, masked in everything printed; exit 0', async () => {
    const r = await run({ connection: 'prod' });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain("-H 'X-Api-Key: ****'");
    expect(r.out).toContain("-H 'X-Region: eu-west'");
    expect(r.out).toContain('"x-api-key": "****"');
    expect(r.out).toContain('PASS Echo');
  });

  it('--param overrides a saved value, a secret one too', async () => {
    const region = await run({ connection: 'Prod', params: { region: 'us-east' } });
    expect(region.code).toBe(0);
    expect(region.out).toContain('"x-region": "us-east"');
    const key = await run({ connection: 'Prod', params: { api_key: 'another-key-value' } });
    expect(key.code).toBe(1);
    expect(key.out).toContain('FAIL Echo: The API answered 401 Unauthorized.');
  });

  it('a name that is not saved: exit 2, naming the saved ones; in JSON too', async () => {
    const r = await run({ connection: 'Staging' });
    expect(r.code).toBe(2);
    expect(r.err).toBe(`connector-studio: There is no saved connection named "Staging" for ${dir} (saved: "Prod").`);
    const j = await run({ connection: 'Staging', format: 'json' });
    expect(j.code).toBe(2);
    expect(JSON.parse(j.out)).toEqual({
      error: { code: 'connection-not-found', message: `There is no saved connection named "Staging" for ${dir} (saved: "Prod").` },
    });
  });
});

describe.runIf(process.platform === 'linux')('when the keychain cannot be reached', () => {
  it('a connection with secrets is a clear error, exit 2; one without secrets still runs', async () => {
    // Saved in an earlier session: the file records the secret's name, the keychain is not there.
    const store = createConnectionStore(appData, {
      status: async () => ({ state: 'session-only', message: '' }),
      useSessionOnly: async () => ({ state: 'session-only', message: '' }),
      store: async () => createSessionStore(),
    });
    await store.save({ dir, name: 'Locked', values: { region: 'eu' }, secrets: { api_key: SECRET } });
    await store.save({ dir, name: 'Open', values: { region: 'eu' }, secrets: {} });

    const cliDir = await fs.mkdtemp(path.join(tmp, 'cli-'));
    const bundle = path.join(cliDir, 'cli.cjs');
    // As scripts/build.mjs bundles the CLI: the dispatcher and one bundle per command.
    await buildCli({ outdir: cliDir, nodePaths: [path.join(REPO_ROOT, 'node_modules')], logLevel: 'silent' });
    const runner = path.join(cliDir, 'run.cjs');
    await fs.writeFile(runner, `require(${JSON.stringify(bundle)}).main(process.argv.slice(2)).then((c) => { process.exitCode = c; });\n`);
    const env = {
      ...process.env,
      DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/studio-bus',
      NODE_PATH: path.join(REPO_ROOT, 'node_modules'),
      CONNECTOR_STUDIO_APP_DATA: appData,
    };
    const cli = (args: string[]) =>
      new Promise<{ code: number; out: string; err: string }>((resolve) => {
        execFile(process.execPath, [runner, 'test', dir, '--operation', 'Echo', ...args], { env, cwd: REPO_ROOT }, (error, out, err) => {
          everything.push(out, err);
          resolve({ code: error ? Number(error.code) : 0, out, err });
        });
      });

    const locked = await cli(['--connection', 'locked']);
    expect(locked.code).toBe(2);
    expect(locked.out).toBe('');
    expect(locked.err).toMatch(
      /^connector-studio: The connection "locked" keeps its secrets in the OS keychain, which cannot be reached here; give them with --param <name>=<value> instead, or run where the keychain is available\. The OS keychain cannot be reached \(.+\)/,
    );

    // A connection without secrets never asks the keychain; the key then comes with --param.
    const open = await cli(['--connection', 'Open', '--param', `api_key=${SECRET}`]);
    expect(open.err).toBe('');
    expect(open.code).toBe(0);
    expect(open.out).toContain("-H 'X-Region: eu'");
  });
});
