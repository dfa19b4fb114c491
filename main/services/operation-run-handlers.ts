// Operation testing behind the contract's test channels: runs and their history here, triggers in
// trigger-handlers.ts. A run is kept in the history of its operation, masked; what the renderer gets
// is masked too, with a long body cut to what a page can show.
import type { testChannels, GroupHandlers } from '../../shared/contracts/ipc';
import { formatBytes } from './http-client';
import type { OperationTestResult } from './operation-run';
import type { ServiceContext } from './service-context';
import { createTestHistory } from './operation-run-history';
import { prepareRun, runPrepared } from './studio-operation-run';
import { createTriggerHandlers } from './trigger-handlers';

/** Most body characters sent to the page: the whole body was checked, this much is shown. */
export const SHOWN_BODY_CHARS = 1024 * 1024;

function forDisplay(result: OperationTestResult): OperationTestResult {
  const response = result.response;
  if (!response || response.body.length <= SHOWN_BODY_CHARS) return result;
  return {
    ...result,
    notes: [
      ...result.notes,
      `Only the first ${formatBytes(SHOWN_BODY_CHARS)} of the body are shown (${formatBytes(response.body.length)} were read).`,
    ],
    response: { ...response, body: response.body.slice(0, SHOWN_BODY_CHARS) },
  };
}

export function createTestHandlers(ctx: ServiceContext): GroupHandlers<typeof testChannels> {
  const history = createTestHistory(ctx.appDataDir);
  const { dispose, ...triggers } = createTriggerHandlers(ctx);
  ctx.onDispose(dispose);
  return {
    runOperationTest: async (request) => {
      const prepared = await prepareRun(ctx, request);
      const run = await runPrepared(ctx, request, prepared, request.timeoutMs !== undefined ? { timeoutMs: request.timeoutMs } : {});
      const result = forDisplay(run.result);
      const entry = {
        at: new Date().toISOString(),
        ...(run.connectionName !== undefined ? { connectionName: run.connectionName } : {}),
        result,
      };
      try {
        await history.append(request.dir, result.operation, entry, run.secretValues);
      } catch (err) {
        // The run itself is what was asked for: it is shown even when it cannot be kept.
        return { ...result, notes: [...result.notes, (err as Error).message] };
      }
      return result;
    },
    listTestHistory: async ({ dir, operation }) => ({ entries: await history.list(dir, operation) }),
    clearTestHistory: async ({ dir, operation }) => ({ cleared: await history.clear(dir, operation) }),
    ...triggers,
  };
}
