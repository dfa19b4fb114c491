// Runs heavy jobs (heavy-jobs.ts) in worker threads, so the thread that answers the studio's other
// calls (the recent list, a status, a save) stays free while a 16 MB description is parsed. A small
// pool: jobs beyond its size wait their turn; a worker left idle ends after a while. Each worker has
// a heap limit: a job that needs more ends its worker, not the studio, and its caller gets one
// sentence; the next job starts a fresh worker. Errors cross as code and sentence, as over IPC.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { StudioError } from '../../shared/contracts/ipc';
import { errorMessage } from '../../shared/core/error-message';
import { describeJob, type HeavyJob, type HeavyRunner } from './heavy-jobs';

/** A job's outcome as the worker posts it (main/heavy-work-worker.ts). */
export type HeavyReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: { studio: boolean; code: string; message: string } };

export interface HeavyWorkPoolOptions {
  /** The worker's script: the bundled main/heavy-work-worker.ts. */
  script: string;
  /** Workers at most (default: 2, or 1 on a single core). */
  size?: number;
  /** Heap limit of each worker in MB (default 1024). */
  heapMb?: number;
  /** A worker idle this long ends (default 30 s). */
  idleMs?: number;
}

export interface HeavyWorkPool {
  run: HeavyRunner;
  /** Ends every worker; jobs still waiting are refused. */
  dispose(): Promise<void>;
}

interface Pending {
  id: number;
  job: HeavyJob;
  resolve(value: unknown): void;
  reject(err: Error): void;
}

interface Slot {
  worker: Worker;
  busy?: Pending;
  ending?: boolean;
  failure?: unknown;
  idleTimer?: NodeJS.Timeout;
}

export const DEFAULT_WORKER_HEAP_MB = 1024;

export function createHeavyWorkPool(options: HeavyWorkPoolOptions): HeavyWorkPool {
  const size = Math.max(1, options.size ?? Math.min(2, os.availableParallelism()));
  const heapMb = options.heapMb ?? DEFAULT_WORKER_HEAP_MB;
  const idleMs = options.idleMs ?? 30_000;
  const slots = new Set<Slot>();
  const queue: Pending[] = [];
  let nextId = 1;
  let disposed = false;

  const stopped = (job: HeavyJob, failure: unknown): StudioError => {
    if ((failure as { code?: string } | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
      return new StudioError(
        'out-of-memory',
        `${describeJob(job)} needed more than the ${heapMb} MB of memory the studio allows it, so it was stopped.`,
      );
    }
    const why = failure === undefined ? 'its worker thread ended' : errorMessage(failure).replace(/\.$/, '');
    return new StudioError('work-stopped', `${describeJob(job)} stopped before it finished: ${why}.`);
  };

  const idle = (slot: Slot) => {
    slot.worker.unref();
    slot.idleTimer = setTimeout(() => {
      slot.ending = true;
      void slot.worker.terminate();
    }, idleMs);
    slot.idleTimer.unref();
  };

  const spawn = (): Slot => {
    const worker = new Worker(options.script, { resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    const slot: Slot = { worker };
    slots.add(slot);
    worker.on('message', (reply: HeavyReply) => {
      const pending = slot.busy;
      if (!pending || reply.id !== pending.id) return;
      slot.busy = undefined;
      if (reply.ok) pending.resolve(reply.value);
      else pending.reject(reply.error.studio ? new StudioError(reply.error.code, reply.error.message) : new Error(reply.error.message));
      idle(slot);
      pump();
    });
    // 'exit' always follows: the job is refused there.
    worker.on('error', (err) => {
      slot.failure = err;
    });
    worker.on('exit', () => {
      slots.delete(slot);
      clearTimeout(slot.idleTimer);
      const pending = slot.busy;
      slot.busy = undefined;
      if (pending) pending.reject(stopped(pending.job, slot.failure));
      pump();
    });
    return slot;
  };

  const pump = () => {
    while (queue.length && !disposed) {
      let slot = [...slots].find((s) => !s.busy && !s.ending);
      if (!slot) {
        if (slots.size >= size) return;
        slot = spawn();
      }
      const pending = queue.shift()!;
      clearTimeout(slot.idleTimer);
      slot.busy = pending;
      slot.worker.ref();
      slot.worker.postMessage({ id: pending.id, job: pending.job });
    }
  };

  const run = ((job: HeavyJob) =>
    new Promise((resolve, reject) => {
      if (disposed) {
        reject(new StudioError('stopped', `${describeJob(job)} was refused: the studio is closing.`));
        return;
      }
      queue.push({ id: nextId++, job, resolve, reject });
      pump();
    })) as HeavyRunner;

  return {
    run,
    dispose: async () => {
      disposed = true;
      for (const pending of queue.splice(0))
        pending.reject(new StudioError('stopped', `${describeJob(pending.job)} was refused: the studio is closing.`));
      await Promise.all(
        [...slots].map((slot) => {
          slot.ending = true;
          return slot.worker.terminate();
        }),
      );
    },
  };
}
