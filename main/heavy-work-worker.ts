// Entry of the heavy-work worker thread (bundled to dist/main/heavy-work-worker.cjs): runs the jobs
// main/services/heavy-work-pool.ts sends, one at a time, and posts each outcome back. Errors go
// back as code and sentence, never as stacks.
import { parentPort } from 'node:worker_threads';
import { StudioError } from '../shared/contracts/ipc';
import { errorMessage } from '../shared/core/error-message';
import { type HeavyJob, runHeavyJob } from './services/heavy-jobs';
import type { HeavyReply } from './services/heavy-work-pool';

const port = parentPort;
if (!port) throw new Error('heavy-work-worker runs only as a worker thread.');

port.on('message', ({ id, job }: { id: number; job: HeavyJob }) => {
  runHeavyJob(job).then(
    (value) => port.postMessage({ id, ok: true, value } satisfies HeavyReply),
    (err: unknown) => {
      const studio = err instanceof StudioError;
      const error = { studio, code: studio ? err.code : 'internal', message: errorMessage(err) };
      port.postMessage({ id, ok: false, error } satisfies HeavyReply);
    },
  );
});
