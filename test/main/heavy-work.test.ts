// Heavy work off the thread that answers calls: the built browser host (dist/host.cjs) and the
// built Electron main (dist/main/index.cjs, under the stand-in electron module) import a large
// OpenAPI 3 YAML description in their heavy-work worker (dist/main/heavy-work-worker.cjs) while
// other calls keep being answered; errors cross the worker as code and sentence; a worker that runs
// out of memory gives one sentence and the next job works. `npm run build` makes the bundles.
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Envelope } from '../../shared/contracts/ipc/contract';
import { StudioError } from '../../shared/contracts/ipc/studio-error';
import { runHeavyJob } from '../../main/services/heavy-jobs';
import { createHeavyWorkPool } from '../../main/services/heavy-work-pool';
import { launchBuiltMain } from '../support/built-main';
import { heavyOpenApi3Yaml } from '../support/heavy-openapi3';
import { REPO_ROOT } from '../support/corpus';
import { startHostProcess } from '../support/host-process';

const WORKER_BUNDLE = path.join(REPO_ROOT, 'dist', 'main', 'heavy-work-worker.cjs');
const MAIN_BUNDLE = path.join(REPO_ROOT, 'dist', 'main', 'index.cjs');

let tmp = '';
let heavyYaml = '';

/**
 * Starts `heavy`, then calls `quick` again and again, one after the other, until `heavy` answers.
 * Returns how many quick calls were answered before it did, and the heavy call's envelope.
 */
async function quickCallsDuring(
  heavy: Promise<Envelope<unknown>>,
  quick: () => Promise<Envelope<unknown>>,
): Promise<{ answered: number; heavy: Envelope<unknown> }> {
  let done = false;
  const settled = heavy.finally(() => {
    done = true;
  });
  let answered = 0;
  while (!done) {
    const reply = await quick();
    expect(reply.ok).toBe(true);
    if (!done) answered++;
  }
  return { answered, heavy: await settled };
}

beforeAll(async () => {
  for (const bundle of [WORKER_BUNDLE, MAIN_BUNDLE])
    if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run npm run build first.`);
  tmp = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'studio-heavy-')));
  heavyYaml = path.join(tmp, 'specs', 'heavy.yaml');
  await fs.mkdir(path.dirname(heavyYaml));
  await fs.writeFile(heavyYaml, heavyOpenApi3Yaml(1200));
});

afterAll(async () => {
  if (tmp) await fs.rm(tmp, { recursive: true, force: true });
});

describe('the built browser host', () => {
  it('answers other calls while an import parses and converts a large YAML description', async () => {
    const { host, stop } = await startHostProcess(undefined, { ...process.env, CONNECTOR_STUDIO_APP_DATA: path.join(tmp, 'host-data') });
    try {
      const call = async (channel: string, payload: unknown): Promise<Envelope<unknown>> => {
        const res = await fetch(`${host.origin}/ipc/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Studio-Token': host.token, Origin: host.origin },
          body: JSON.stringify(payload),
        });
        return (await res.json()) as Envelope<unknown>;
      };
      const target = path.join(tmp, 'Heavy from host');
      const { answered, heavy } = await quickCallsDuring(
        call('importConnector', { source: { kind: 'path', path: heavyYaml }, dir: target }),
        () => call('recentConnectors', {}),
      );
      expect(heavy).toMatchObject({ ok: true, value: { format: 'openapi3', connector: { dir: target } } });
      // On the answering thread, calls get through only while the import waits for the disk (10 measured);
      // beside a worker, they are answered all along (over 2,000 measured).
      expect(answered).toBeGreaterThanOrEqual(100);
      // The import went through the worker and came back whole: the recent list names it.
      const recent = (await call('recentConnectors', {})) as Envelope<{ entries: { dir: string; title?: string }[] }>;
      expect(recent.ok && recent.value.entries[0]).toMatchObject({ dir: target, title: 'Heavy' });

      // A refusal from the worker is the sentence the import gives in-process.
      const missing = path.join(tmp, 'specs', 'missing.yaml');
      const again = await call('importConnector', { source: { kind: 'path', path: missing }, dir: path.join(tmp, 'Missing') });
      const inProcess = await runHeavyJob({
        kind: 'import',
        source: { kind: 'path', path: missing },
        dir: path.join(tmp, 'Missing'),
      }).catch((err: StudioError) => ({ ok: false, error: { code: err.code, message: err.message } }));
      expect(again).toEqual(inProcess);
      expect(again.ok).toBe(false);
    } finally {
      await stop();
    }
  }, 120_000);
});

describe('the built Electron main', () => {
  it('answers other calls while an import runs, and opens the imported folder in its worker', async () => {
    const app = await launchBuiltMain(MAIN_BUNDLE, {
      cwd: tmp,
      env: { ...process.env, CONNECTOR_STUDIO_APP_DATA: path.join(tmp, 'main-data') },
    });
    try {
      const target = path.join(tmp, 'Heavy from main');
      const { answered, heavy } = await quickCallsDuring(
        app.invoke('studio:importConnector', { source: { kind: 'path', path: heavyYaml }, dir: target }),
        () => app.invoke('studio:recentConnectors', {}),
      );
      expect(heavy).toMatchObject({ ok: true, value: { format: 'openapi3', connector: { dir: target } } });
      expect(answered).toBeGreaterThanOrEqual(100);
      const opened = await app.invoke<{ files: Record<string, unknown>; fingerprints: Record<string, string> }>('studio:openConnector', {
        dir: target,
      });
      expect(opened.ok && Object.keys(opened.value.fingerprints).sort()).toEqual(Object.keys(opened.ok ? opened.value.files : {}).sort());
      expect(app.stderr()).toBe('');
    } finally {
      await app.stop();
    }
  }, 120_000);
});

describe('the heavy-work pool', () => {
  it('turns a worker that runs out of memory into one sentence, and the next job works', async () => {
    // A worker script of the test's own: "open" of the folder "grow" allocates until the heap limit.
    const script = path.join(tmp, 'greedy-worker.cjs');
    await fs.writeFile(
      script,
      `const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, job }) => {
  if (job.dir === 'grow') { const kept = []; for (;;) kept.push(new Array(1e6).fill(Math.random())); }
  parentPort.postMessage({ id, ok: true, value: { connector: { dir: job.dir }, title: undefined } });
});\n`,
    );
    const pool = createHeavyWorkPool({ script, size: 1, heapMb: 32 });
    try {
      const failure = await pool.run({ kind: 'open', dir: 'grow' }).catch((err: unknown) => err);
      expect(failure).toBeInstanceOf(StudioError);
      expect(failure).toMatchObject({
        code: 'out-of-memory',
        message: 'Opening grow needed more than the 32 MB of memory the studio allows it, so it was stopped.',
      });
      await expect(pool.run({ kind: 'open', dir: 'small' })).resolves.toEqual({ connector: { dir: 'small' }, title: undefined });
    } finally {
      await pool.dispose();
    }
    await expect(pool.run({ kind: 'open', dir: 'late' })).rejects.toThrow('Opening late was refused: the studio is closing.');
  }, 60_000);

  it('runs the built worker: an open gives what the open in this thread gives', async () => {
    const dir = path.join(tmp, 'Heavy from host');
    const pool = createHeavyWorkPool({ script: WORKER_BUNDLE });
    try {
      expect(await pool.run({ kind: 'open', dir })).toEqual(await runHeavyJob({ kind: 'open', dir }));
    } finally {
      await pool.dispose();
    }
  }, 60_000);
});
