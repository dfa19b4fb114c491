// Playwright fixtures for the browser host: each test gets its own temporary folder for connector
// files and can start `node dist/host.cjs [dir]` (random port and token), reading the address it
// prints. Hosts are stopped after the test. `npm test` builds dist/ before the end-to-end tests.
import { test as base } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export { expect } from '@playwright/test';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const HOST_BUNDLE = path.join(REPO_ROOT, 'dist', 'host.cjs');

export interface StudioHost {
  /** The printed address, token included. */
  url: string;
  /** http://127.0.0.1:<port> */
  origin: string;
  port: number;
  token: string;
  /** What the host wrote to stderr so far. */
  stderr(): string;
}

export interface HostExit {
  code: number | null;
  stdout: string;
  stderr: string;
}

interface Fixtures {
  /** A fresh temporary folder, removed after the test. */
  workDir: string;
  /**
   * Starts a browser host (optionally with a connector folder argument) and waits for its address.
   * Its per-user app data folder (recent list, connections, history) is `<workDir>/app-data`, never
   * the real one; `env` adds to its environment.
   */
  startHost(dir?: string, env?: Record<string, string>): Promise<StudioHost>;
}

export interface ConnectorFiles {
  /** Objects are written as JSON with two-space indents; strings are written as they are. */
  definition: unknown;
  properties?: unknown;
}

/** Writes a connector folder and returns its path. */
export async function writeConnector(dir: string, files: ConnectorFiles): Promise<string> {
  await fs.mkdir(dir, { recursive: true });
  const text = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v, null, 2) + '\n');
  await fs.writeFile(path.join(dir, 'apiDefinition.swagger.json'), text(files.definition));
  if (files.properties !== undefined) await fs.writeFile(path.join(dir, 'apiProperties.json'), text(files.properties));
  return dir;
}

/** Runs the host CLI to completion (for arguments it refuses). */
export function runHostCli(args: string[], timeoutMs = 15_000): Promise<HostExit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [HOST_BUNDLE, ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The host CLI did not exit within ${timeoutMs} ms.`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

function launchHost(dir: string | undefined, children: ChildProcess[], env: NodeJS.ProcessEnv): Promise<StudioHost> {
  if (!existsSync(HOST_BUNDLE)) {
    throw new Error(`${HOST_BUNDLE} is missing: run npm run build before the end-to-end tests.`);
  }
  const child = spawn(process.execPath, [HOST_BUNDLE, ...(dir !== undefined ? [dir] : [])], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The host printed no address within 15 s. stderr: ${stderr}`)), 15_000);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The host exited (code ${code}) before printing its address. stderr: ${stderr}`));
    });
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      stdout += c;
      const newline = stdout.indexOf('\n');
      if (newline < 0) return;
      clearTimeout(timer);
      const url = new URL(stdout.slice(0, newline).trim());
      resolve({
        url: url.href,
        origin: url.origin,
        port: Number(url.port),
        token: url.searchParams.get('token') ?? '',
        stderr: () => stderr,
      });
    });
  });
}

async function stopHost(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  workDir: async ({}, use) => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'studio-e2e-'));
    await use(dir);
    await fs.rm(dir, { recursive: true, force: true });
  },
  startHost: async ({ workDir }, use) => {
    const children: ChildProcess[] = [];
    const appData = path.join(workDir, 'app-data');
    await use((dir, env) => launchHost(dir, children, { ...process.env, CONNECTOR_STUDIO_APP_DATA: appData, ...env }));
    await Promise.all(children.map(stopHost));
  },
});
