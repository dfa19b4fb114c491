// Trigger tests send their requests as a test run does (test-run.ts: the connector as edited, the
// saved connection with its secrets, the OAuth token and one retry after a 401), but call more than
// the one operation named: the trigger, its delete operation, the address a Location gave.
import type { LoadedConnector } from '../../shared/core/connector';
import type { OperationView } from '../../shared/core/model';
import { buildRequest } from '../../shared/engines/operation-runs';
import type { OperationTestResult } from './operation-run';
import type { ServiceContext } from './service-context';
import { prepareRun, runPrepared, type RunRequest } from './studio-operation-run';

export type TriggerRunRequest = RunRequest;

/** Runs operations of one connector with one connection; remembers every secret value it used. */
export interface TriggerRunner {
  connector: LoadedConnector;
  /** The operation the request named. */
  operation: OperationView;
  /** Every secret value of the runs so far (connection values, tokens, derived credentials). */
  secrets: Set<string>;
  run(operation: OperationView, inputs: Record<string, string>): Promise<OperationTestResult>;
  /** Where a request for the operation would go (to compare a Location's origin with), or undefined. */
  urlOf(operation: OperationView, inputs: Record<string, string>): string | undefined;
}

export async function createTriggerRunner(ctx: ServiceContext, request: TriggerRunRequest): Promise<TriggerRunner> {
  const prepared = await prepareRun(ctx, request);
  const secrets = new Set(prepared.secretValues);
  const http = request.timeoutMs !== undefined ? { timeoutMs: request.timeoutMs } : {};
  return {
    connector: prepared.connector,
    operation: prepared.operation,
    secrets,
    async run(operation, inputs) {
      const outcome = await runPrepared(ctx, { ...request, inputs }, { ...prepared, operation }, http);
      for (const v of outcome.secretValues) secrets.add(v);
      return outcome.result;
    },
    urlOf(operation, inputs) {
      const built = buildRequest({
        definition: prepared.connector.files.definition?.doc?.value,
        model: prepared.connector.model,
        operation,
        inputs,
        connection: prepared.connection,
        ...(prepared.accessToken ? { accessToken: prepared.accessToken } : {}),
      });
      return built.ok ? built.request.url : undefined;
    },
  };
}
