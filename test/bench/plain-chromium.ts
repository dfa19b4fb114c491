// Chromium driven over the DevTools protocol (through a pipe, as Playwright does) with nothing but
// Page.navigate and Runtime.evaluate: no Network, Page or Log domain is enabled. Playwright enables
// them for every page it drives, and with it attached, responses reach the page far slower: on a
// 2-core machine a 3.6 MB script fetched from the host took 210-236 ms against 52-71 ms here, and
// each load of the studio some 0.35 s longer than anyone using it waits. So loads are timed here;
// everything else in the benches drives the page with Playwright.
import { spawn, type ChildProcess } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';

export interface PlainPage {
  /** Starts a navigation and returns once Chromium has accepted it (not when the page has loaded). */
  navigate(url: string): Promise<void>;
  /** The value of a JavaScript expression in the page (a promise is awaited); it must be JSON-serialisable. */
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

interface Reply {
  id?: number;
  result?: Record<string, unknown>;
  error?: { message: string };
}

export async function launchPlainPage(executablePath: string, args: readonly string[]): Promise<PlainPage> {
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), 'studio-bench-chromium-'));
  const child: ChildProcess = spawn(
    executablePath,
    ['--headless', '--remote-debugging-pipe', `--user-data-dir=${profile}`, ...args, 'about:blank'],
    {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
    },
  );
  const toChromium = child.stdio[3] as Writable;
  const fromChromium = child.stdio[4] as Readable;
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (c: string) => (stderr = (stderr + c).slice(-4000)));

  const pending = new Map<number, { resolve(r: Record<string, unknown>): void; reject(e: Error): void }>();
  let nextId = 0;
  let buffered = '';
  fromChromium.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    // Messages are JSON texts, each ended by a NUL character.
    for (let end = buffered.indexOf('\0'); end >= 0; end = buffered.indexOf('\0')) {
      const reply = JSON.parse(buffered.slice(0, end)) as Reply;
      buffered = buffered.slice(end + 1);
      const waiting = reply.id !== undefined ? pending.get(reply.id) : undefined;
      if (!waiting) continue;
      pending.delete(reply.id!);
      if (reply.error) waiting.reject(new Error(reply.error.message));
      else waiting.resolve(reply.result ?? {});
    }
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => {
    for (const w of pending.values()) w.reject(new Error(`Chromium exited. ${stderr}`));
    pending.clear();
  });
  child.once('error', (err) => {
    for (const w of pending.values()) w.reject(err);
    pending.clear();
  });

  const send = (method: string, params: Record<string, unknown>, sessionId?: string) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, { resolve, reject });
      toChromium.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });

  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    await fs.rm(profile, { recursive: true, force: true });
  };

  try {
    const { targetId } = (await send('Target.createTarget', { url: 'about:blank' })) as { targetId: string };
    const { sessionId } = (await send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
    return {
      navigate: async (url) => {
        const result = (await send('Page.navigate', { url }, sessionId)) as { errorText?: string };
        if (result.errorText) throw new Error(`Chromium could not open ${url}: ${result.errorText}`);
      },
      evaluate: async <T>(expression: string) => {
        const result = (await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true }, sessionId)) as {
          result?: { value?: unknown };
          exceptionDetails?: { text?: string; exception?: { description?: string } };
        };
        if (result.exceptionDetails) {
          throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text ?? 'The expression threw.');
        }
        return result.result?.value as T;
      },
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}
