// The browser host as people run it: `node dist/host.cjs [dir]` in a process of its own (random port
// and token), read from the address it prints. For end-to-end tests and benchmarks; `npm run build`
// makes the bundle.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './corpus';

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

/** Starts a host and waits for its address; `stop` ends it (SIGTERM, then SIGKILL after 5 s). */
export function startHostProcess(dir: string | undefined, env: NodeJS.ProcessEnv): Promise<{ host: StudioHost; stop(): Promise<void> }> {
  if (!existsSync(HOST_BUNDLE)) {
    throw new Error(`${HOST_BUNDLE} is missing: run npm run build first.`);
  }
  const child = spawn(process.execPath, [HOST_BUNDLE, ...(dir !== undefined ? [dir] : [])], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };
  let stdout = '';
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  return new Promise((resolve, reject) => {
    const fail = (err: Error) => {
      clearTimeout(timer);
      void stop().then(() => reject(err));
    };
    const timer = setTimeout(() => fail(new Error(`The host printed no address within 15 s. stderr: ${stderr}`)), 15_000);
    child.on('error', fail);
    child.on('exit', (code) => fail(new Error(`The host exited (code ${code}) before printing its address. stderr: ${stderr}`)));
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      stdout += c;
      const newline = stdout.indexOf('\n');
      if (newline < 0) return;
      clearTimeout(timer);
      const url = new URL(stdout.slice(0, newline).trim());
      resolve({
        host: {
          url: url.href,
          origin: url.origin,
          port: Number(url.port),
          token: url.searchParams.get('token') ?? '',
          stderr: () => stderr,
        },
        stop,
      });
    });
  });
}
