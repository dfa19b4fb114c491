// Playwright fixtures for the browser host: each test gets its own temporary folder for connector
// files and can start `node dist/host.cjs [dir]` (test/support/host-process.ts). Hosts are stopped
// after the test. `npm test` builds dist/ before the end-to-end tests.
import { test as base } from '@playwright/test';
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOST_BUNDLE, startHostProcess, type StudioHost } from '../support/host-process';

export { expect } from '@playwright/test';
export type { StudioHost };

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

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
  const text = (v: unknown) => (typeof v === 'string' ? v : `${JSON.stringify(v, null, 2)}\n`);
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

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  workDir: async ({}, use) => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'studio-e2e-'));
    await use(dir);
    await fs.rm(dir, { recursive: true, force: true });
  },
  startHost: async ({ workDir }, use) => {
    const stops: (() => Promise<void>)[] = [];
    const appData = path.join(workDir, 'app-data');
    await use(async (dir, env) => {
      const started = await startHostProcess(dir, { ...process.env, CONNECTOR_STUDIO_APP_DATA: appData, ...env });
      stops.push(started.stop);
      return started.host;
    });
    await Promise.all(stops.map((stop) => stop()));
  },
});
