// Runs a built Electron main (dist/main/index.cjs, or the one in a packaged app) under plain Node with
// the stand-in `electron` module (electron-stand-in/), and drives it as its windows would: IPC calls
// from a window's page, requests on the app's scheme, second launches, clicks and links.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Envelope } from '../../shared/contracts/ipc/contract';

const REGISTER = fileURLToPath(new URL('./electron-stand-in/register.cjs', import.meta.url));

export interface StandInState {
  name: string;
  paths: Record<string, string>;
  dialogs: { kind: string; type?: string; message?: string; detail?: string }[];
  opened: string[];
  schemes: { scheme: string; privileges: Record<string, boolean> }[];
  menu: string[];
  singleInstanceData: unknown;
  channels: string[];
  windows: { url: string; webPreferences: Record<string, unknown> }[];
}

export interface BuiltMain {
  /** Calls a contract channel as the page of window `window` (default: the last opened). */
  invoke<T = unknown>(channel: string, payload: unknown, window?: number): Promise<Envelope<T>>;
  fetch(url: string): Promise<{ status: number; headers: Record<string, string>; body: string }>;
  secondInstance(argv: string[], cwd: string, data?: unknown): Promise<void>;
  click(window?: number): Promise<void>;
  link(url: string, how: 'open' | 'navigate', window?: number): Promise<{ result?: unknown; prevented?: boolean }>;
  state(): Promise<StandInState>;
  /** Waits until `count` windows have loaded their page. */
  windowsLoaded(count: number): Promise<void>;
  stderr(): string;
  stop(): Promise<void>;
}

export interface LaunchOptions {
  args?: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Run as a packaged app (process.argv = [exe, ...args], app.isPackaged). */
  packaged?: boolean;
}

export async function launchBuiltMain(mainFile: string, options: LaunchOptions = {}): Promise<BuiltMain> {
  const child: ChildProcess = fork(mainFile, options.args ?? [], {
    cwd: options.cwd ?? process.cwd(),
    env: { ...(options.env ?? process.env), ...(options.packaged ? { STAND_IN_PACKAGED: '1' } : {}) },
    execArgv: ['--require', REGISTER],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  child.stdout!.resume();
  let nextId = 1;
  let loaded = 0;
  const waiting = new Map<number, (reply: Record<string, unknown>) => void>();
  const loadWaiters: (() => void)[] = [];
  child.on('message', (m: Record<string, unknown>) => {
    if (m.type === 'reply') {
      waiting.get(m.id as number)?.(m);
      waiting.delete(m.id as number);
    } else if (m.type === 'window-loaded') {
      loaded++;
      for (const w of loadWaiters.splice(0)) w();
    }
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const ask = (message: Record<string, unknown>): Promise<Record<string, unknown>> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, (reply) => (reply.error ? reject(new Error(String(reply.error))) : resolve(reply)));
      child.send({ ...message, id });
      void exited.then((code) => reject(new Error(`the app exited (code ${code}) before answering. stderr: ${stderr}`)));
    });

  const windowsLoaded = (count: number) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${count} window(s) did not load within 20 s (${loaded} did). stderr: ${stderr}`)),
        20_000,
      );
      const check = () => {
        if (loaded >= count) {
          clearTimeout(timer);
          resolve();
        } else loadWaiters.push(check);
      };
      check();
      void exited.then((code) => reject(new Error(`the app exited (code ${code}) before its window loaded. stderr: ${stderr}`)));
    });

  await windowsLoaded(1);
  return {
    invoke: async (channel, payload, window) => (await ask({ type: 'invoke', channel, payload, window })).envelope as never,
    fetch: async (url) => {
      const { status, headers, body } = await ask({ type: 'fetch', url });
      return { status, headers, body } as never;
    },
    secondInstance: async (argv, cwd, data) => void (await ask({ type: 'second-instance', argv, cwd, data })),
    click: async (window) => void (await ask({ type: 'input', window })),
    link: async (url, how, window) => {
      const { result, prevented } = await ask({ type: 'link', url, how, window });
      return how === 'open' ? { result } : { prevented: prevented as boolean };
    },
    state: async () => (await ask({ type: 'state' })) as unknown as StandInState,
    windowsLoaded,
    stderr: () => stderr,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.send({ type: 'quit', id: 0 });
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
