// One test run from the studio: the connector as edited (its texts, loaded as the CLI loads files),
// the operation by operationId or "METHOD /path", the saved connection's values and, for OAuth
// connectors, its access token; sent by testOperation, and sent once more with a refreshed token
// when an OAuth API answers 401. Trigger handlers prepare their requests the same way.
import { CONNECTOR_FILES, loadConnector, type LoadedConnector, type TextFileInput } from '../../shared/core/connector';
import { StudioError } from '../../shared/contracts/ipc';
import type { OperationView } from '../../shared/core/model';
import { connectionDefaults, oauthParameterName, operationName } from '../../shared/engines/operation-runs';
import type { HttpClientOptions } from './http-client';
import { testOperation, type OperationTestResult } from './operation-run';
import type { ConnectorTexts, ServiceContext } from './service-context';

export interface RunRequest extends ConnectorTexts {
  dir: string;
  operation: string;
  inputs: Record<string, string>;
  connectionId?: string;
  timeoutMs?: number;
}

export interface PreparedRun {
  connector: LoadedConnector;
  operation: OperationView;
  /** Connection parameter values: the connector's defaults, then the saved connection's (secrets included). */
  connection: Record<string, string>;
  connectionName?: string;
  /** Every secret value known before sending (the connection's, the access token). */
  secretValues: string[];
  oauth: boolean;
  accessToken?: string;
}

export interface RunOutcome {
  result: OperationTestResult;
  connectionName?: string;
  /** Every secret value of the run, derived ones included, for masking what is kept. */
  secretValues: string[];
}

const textFile = (fileName: string, text: string): TextFileInput => ({ fileName, text, encoding: 'utf-8', bom: false });

/** The connector as the renderer is editing it. */
export function connectorFromTexts(texts: ConnectorTexts): LoadedConnector {
  const connector = loadConnector({
    definition: textFile(CONNECTOR_FILES.definition.name, texts.definitionText),
    ...(texts.propertiesText !== undefined ? { properties: textFile(CONNECTOR_FILES.properties.name, texts.propertiesText) } : {}),
  });
  if (connector.files.definition?.doc?.value === undefined) {
    throw new StudioError('no-definition', 'apiDefinition.swagger.json holds no JSON value, so no operation can be tested.');
  }
  return connector;
}

/** By operationId, or "METHOD /path" for an operation without one (the method in any case). */
export function findOperation(connector: LoadedConnector, name: string): OperationView {
  const ops = connector.model.operations;
  const found =
    ops.find((o) => operationName(o) === name) ??
    ops.find((o) => o.operationId === undefined && `${o.method} ${o.path}`.toLowerCase() === name.trim().toLowerCase());
  if (!found) {
    const shown = name.length > 200 ? `${name.slice(0, 200)}…` : name;
    throw new StudioError(
      'not-found',
      `The connector has no operation "${shown}" (give its operationId, or "METHOD /path" when it has none).`,
    );
  }
  return found;
}

export async function prepareRun(ctx: ServiceContext, request: RunRequest): Promise<PreparedRun> {
  const connector = connectorFromTexts(request);
  const operation = findOperation(connector, request.operation);
  const oauth = connector.model.securityDefinitions[0]?.type === 'oauth2';
  const connection = connectionDefaults(connector.files.properties?.doc?.value);
  const secretValues: string[] = [];
  const prepared: PreparedRun = { connector, operation, connection, secretValues, oauth };
  if (request.connectionId === undefined) return prepared;
  const saved = await ctx.connections.resolve(request.dir, request.connectionId);
  Object.assign(connection, saved.values);
  secretValues.push(...saved.secretValues);
  prepared.connectionName = saved.name;
  if (oauth) {
    const token = await ctx.tokens.accessToken(request.dir, request.connectionId, request);
    if (token) {
      prepared.accessToken = token;
      secretValues.push(token);
    }
  }
  return prepared;
}

function notSignedIn(prepared: PreparedRun): OperationTestResult {
  const { operation } = prepared;
  const who =
    prepared.connectionName !== undefined ? `The connection "${prepared.connectionName}" is not signed in` : 'No connection is chosen';
  return {
    operation: operationName(operation),
    method: operation.method.toUpperCase(),
    path: operation.path,
    outcome: 'failed',
    problems: [`${who}: the connector uses OAuth 2.0, so the test needs an access token. Sign in with a connection first.`],
    notes: [],
  };
}

export async function runPrepared(
  ctx: ServiceContext,
  request: RunRequest,
  prepared: PreparedRun,
  http: HttpClientOptions = {},
): Promise<RunOutcome> {
  const secretValues = [...prepared.secretValues];
  const base = {
    connector: prepared.connector,
    operation: prepared.operation,
    inputs: request.inputs,
    connection: prepared.connection,
    http,
    onSecrets: (v: readonly string[]) => void secretValues.push(...v),
  };
  const named = prepared.connectionName !== undefined ? { connectionName: prepared.connectionName } : {};
  const tokenParameter = oauthParameterName(prepared.connector.model) ?? 'token';
  if (prepared.oauth && !prepared.accessToken && !prepared.connection[tokenParameter]) {
    return { result: notSignedIn(prepared), ...named, secretValues };
  }
  let result = await testOperation({ ...base, ...(prepared.accessToken ? { accessToken: prepared.accessToken } : {}) });
  if (prepared.oauth && prepared.accessToken && request.connectionId !== undefined && result.response?.status === 401) {
    const fresh = await ctx.tokens.refreshAfterUnauthorized(request.dir, request.connectionId, request);
    if (fresh) {
      secretValues.push(fresh);
      result = await testOperation({ ...base, accessToken: fresh });
      result.notes.unshift('The API answered 401 Unauthorized; the access token was refreshed and the request sent again.');
    }
  }
  return { result, ...named, secretValues };
}
