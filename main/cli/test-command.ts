// `connector-studio test <dir>`: runs operations against the live API, prints what was sent (curl,
// secrets masked) and what came back, checks every response against its declared schema, and
// exits 1 on any failed call or mismatch.
//
// Which operations run: those named with --operation; without it, every action that is safe to
// call unattended: GET or HEAD (or marked x-ms-safe-operation), not marked x-ms-no-generic-test,
// with a value for every required input. The others are reported as skipped, with the reason.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { StudioError } from '../../shared/contracts/ipc';
import { asObject } from '../../shared/core/model';
import type { OperationView } from '../../shared/core/model';
import {
  connectionDefaults,
  isSecretConnectionParameter,
  oauthParameterName,
  operationName,
  secretMasker,
} from '../../shared/engines/operation-runs';
import { valueAt } from '../../shared/core/text';
import { EXIT, extraArguments, usageFromParseArgs, UsageError } from './cli-error';
import type { CliIo, CommandInput } from './command-input';
import { formatDiagnostic } from './format-diagnostics';
import { junitReport, jsonReport, textReport, type TestReport, type SkippedOperation } from './test-report';
import { defaultAppDataDir } from '../services/app-data';
import { createConnectionStore } from '../services/connection-store';
import type { HttpClientOptions } from '../services/http-client';
import { createSecretVault, type SecretVault } from '../services/secret-vault';
import type { ResolvedConnection } from '../services/service-context';
import { loadConnectorFromDisk } from '../services/connector-loader';
import { testOperation, type OperationTestResult } from '../services/operation-run';
import { createTokenService } from '../services/oauth/token-service';

export type TestFormat = 'text' | 'json' | 'junit';

export interface TestArgs {
  source: string;
  operations: string[];
  connection?: string;
  params: Record<string, string>;
  inputs: Record<string, Record<string, string>>;
  format: TestFormat;
}

export interface TestIo {
  out(s: string): void;
  err(s: string): void;
}

const FORMATS: TestFormat[] = ['text', 'json', 'junit'];

/** Parses the arguments after `test`. Throws UsageError, never echoing a value (it may be a secret). */
export function parseTestArgs(argv: string[]): TestArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        operation: { type: 'string', multiple: true },
        connection: { type: 'string' },
        param: { type: 'string', multiple: true },
        input: { type: 'string', multiple: true },
        format: { type: 'string' },
      },
    });
  } catch (err) {
    throw usageFromParseArgs(err);
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new UsageError('test needs a connector folder or definition file.');
  if (positionals.length > 1) throw extraArguments(positionals.length - 1, 'test takes one connector folder or file');
  const format = (values.format ?? 'text') as TestFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}.`);
  const params: Record<string, string> = {};
  for (const p of values.param ?? []) {
    const eq = p.indexOf('=');
    if (eq <= 0) throw new UsageError('--param must be written <name>=<value>.');
    params[p.slice(0, eq)] = p.slice(eq + 1);
  }
  const inputs: Record<string, Record<string, string>> = {};
  for (const i of values.input ?? []) {
    const eq = i.indexOf('=');
    const key = eq < 0 ? '' : i.slice(0, eq);
    const dot = key.indexOf('.');
    if (eq < 0 || dot <= 0 || dot === key.length - 1) throw new UsageError('--input must be written <operationId>.<parameter>=<value>.');
    (inputs[key.slice(0, dot)] ??= {})[key.slice(dot + 1)] = i.slice(eq + 1);
  }
  const operations = values.operation ?? [];
  if (operations.some((o) => o === '')) throw new UsageError('--operation needs an operationId.');
  return {
    source: positionals[0]!,
    operations,
    ...(values.connection !== undefined ? { connection: values.connection } : {}),
    params,
    inputs,
    format,
  };
}

function rawParameter(definition: unknown, p: OperationView['parameters'][number]): Record<string, unknown> {
  return asObject(valueAt(definition, p.resolvedPointer ?? p.pointer)) ?? {};
}

/** Input values for one operation: `@file` reads a file for a body or file parameter; `@@` is a literal "@". */
async function operationInputs(op: OperationView, given: Record<string, string>, base: string): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(given)) {
    const param = op.parameters.find((p) => p.name === name) ?? (name === 'body' ? op.parameters.find((p) => p.in === 'body') : undefined);
    const fromFile = param && (param.in === 'body' || param.type === 'file') && value.startsWith('@') && !value.startsWith('@@');
    if (!fromFile) {
      out[name] = param && (param.in === 'body' || param.type === 'file') && value.startsWith('@@') ? value.slice(1) : value;
      continue;
    }
    const file = path.resolve(base, value.slice(1));
    const bytes = await fs.readFile(file).catch(() => {
      throw new StudioError('not-found', `The file ${file} for the input ${operationName(op)}.${name} cannot be read.`);
    });
    out[name] = param.type === 'file' ? { fileName: path.basename(file), bytes: new Uint8Array(bytes) } : bytes.toString('utf8');
  }
  return out;
}

/** Why an operation is not run when none was named, or undefined to run it. */
function skipReason(op: OperationView, definition: unknown, given: Record<string, string>): string | undefined {
  const raw = asObject(valueAt(definition, op.pointer)) ?? {};
  const name = operationName(op);
  if (op.kind !== 'action')
    return `${name} is a ${op.kind === 'webhook-trigger' ? 'webhook' : 'polling'} trigger; triggers are not tested yet.`;
  if (raw['x-ms-no-generic-test'] === true) return `${name} is marked x-ms-no-generic-test.`;
  const safe = op.method === 'get' || op.method === 'head' || raw['x-ms-safe-operation'] === true;
  if (!safe) return `${name} is a ${op.method.toUpperCase()} and may change data; name it with --operation ${name} to run it.`;
  const missing = op.parameters.filter(
    (p) =>
      p.required &&
      !(p.name in given) &&
      !(p.in === 'body' && 'body' in given) &&
      p.default === undefined &&
      rawParameter(definition, p).default === undefined,
  );
  if (missing.length) {
    return `${name} needs ${missing.map((p) => `--input ${name}.${p.name}=<value>`).join(' and ')}.`;
  }
  return undefined;
}

export interface TestDeps {
  http?: HttpClientOptions;
  /** Where saved connections are (default: the per-user app data folder). */
  appDataDir?: string;
  /** The secret store of saved connections (default: the OS keychain; never session-only here). */
  secrets?: SecretVault;
}

/** The saved connection named by --connection; a StudioError with a sentence for the CLI when it cannot be used. */
async function savedConnection(source: string, name: string, deps: TestDeps): Promise<ResolvedConnection> {
  const store = createConnectionStore(deps.appDataDir ?? defaultAppDataDir(), deps.secrets ?? createSecretVault());
  let found: ResolvedConnection | null;
  try {
    found = await store.findByName(source, name);
  } catch (e) {
    if (e instanceof StudioError && e.code === 'keychain-unavailable') {
      throw new StudioError(
        e.code,
        `The connection "${name}" keeps its secrets in the OS keychain, which cannot be reached here; give them with --param <name>=<value> instead, or run where the keychain is available. ${e.message}`,
      );
    }
    throw e;
  }
  if (found) return found;
  const names = (await store.list(source)).map((c) => `"${c.name}"`);
  throw new StudioError(
    'connection-not-found',
    `There is no saved connection named "${name}" for ${source} (${names.length ? `saved: ${names.join(', ')}` : 'none is saved'}).`,
  );
}

export async function run({ argv }: CommandInput, io: CliIo): Promise<number> {
  return await runTest(parseTestArgs(argv), io);
}

export async function runTest(args: TestArgs, io: TestIo, deps: TestDeps = {}): Promise<number> {
  // Every secret given or derived is masked in everything written, whatever the path to io.
  const secrets = new Set<string>();
  let mask = (s: string) => s;
  const remask = () => (mask = secretMasker([...secrets]));
  const out = (s: string) => io.out(mask(s));
  const err = (s: string) => io.err(mask(s));
  const fail = (code: string, message: string, exit: number) => {
    if (args.format === 'json') out(JSON.stringify({ error: { code, message } }));
    else err(`connector-studio: ${message}`);
    return exit;
  };

  try {
    const loaded = await loadConnectorFromDisk(args.source);
    const { connector } = loaded;
    const model = connector.model;
    const definition = connector.files.definition?.doc?.value;
    for (const [name, value] of Object.entries(args.params)) if (isSecretConnectionParameter(model, name)) secrets.add(value);
    remask();
    if (definition === undefined)
      return fail('no-definition', `${loaded.source} has no readable apiDefinition.swagger.json.`, EXIT.failure);

    let saved: ResolvedConnection | undefined;
    if (args.connection !== undefined) {
      try {
        saved = await savedConnection(loaded.source, args.connection, deps);
      } catch (e) {
        // Without the connection asked for, nothing is run: bad usage, not a failed test.
        if (e instanceof StudioError) return fail(e.code, e.message, EXIT.usage);
        throw e;
      }
      for (const v of saved.secretValues) secrets.add(v);
      remask();
    }

    // A saved OAuth connection signed in from the studio: its refresh token (in the keychain) gives
    // a fresh access token here, unless one is given with --param.
    let accessToken: string | undefined;
    const tokenParam = oauthParameterName(model);
    if (saved && tokenParam !== undefined && args.params[tokenParam] === undefined) {
      const appDataDir = deps.appDataDir ?? defaultAppDataDir();
      const vault = deps.secrets ?? createSecretVault();
      const tokens = createTokenService({
        appDataDir,
        secrets: vault,
        connections: createConnectionStore(appDataDir, vault),
        ...(deps.http ? { http: deps.http } : {}),
      });
      const texts = {
        definitionText: connector.files.definition?.text ?? '',
        ...(connector.files.properties ? { propertiesText: connector.files.properties.text } : {}),
      };
      try {
        accessToken = await tokens.accessToken(loaded.source, saved.id, texts);
      } catch (e) {
        if (e instanceof StudioError) return fail(e.code, e.message, EXIT.usage);
        throw e;
      }
      if (accessToken === undefined) {
        return fail(
          'oauth-not-signed-in',
          `The connection "${saved.name}" is not signed in: sign in from the studio's Test tab, or give an access token with --param ${tokenParam}=<token>.`,
          EXIT.usage,
        );
      }
      secrets.add(accessToken);
      remask();
    }

    const byName = new Map(model.operations.map((o) => [operationName(o), o]));
    const unknown = [...args.operations, ...Object.keys(args.inputs)].filter((n) => !byName.has(n));
    if (unknown.length) {
      const known = [...byName.keys()].slice(0, 20).join(', ');
      return fail('usage', `The connector has no operation "${unknown[0]}" (its operations: ${known || 'none'}).`, EXIT.usage);
    }

    const warnings = connector.diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(d, loaded.folder));
    for (const name of Object.keys(args.params)) {
      if (!model.connectionParameters.some((p) => p.name === name)) {
        warnings.push(`The connector declares no connection parameter "${name}"; the value is used where the definition refers to it.`);
      }
    }
    const connection = { ...connectionDefaults(connector.files.properties?.doc?.value), ...(saved?.values ?? {}), ...args.params };
    const skipped: SkippedOperation[] = [];
    const selected: OperationView[] = [];
    if (args.operations.length) {
      for (const n of new Set(args.operations)) selected.push(byName.get(n)!);
    } else {
      for (const op of model.operations) {
        const reason = skipReason(op, definition, args.inputs[operationName(op)] ?? {});
        if (reason) skipped.push({ operation: operationName(op), method: op.method.toUpperCase(), path: op.path, reason });
        else selected.push(op);
      }
    }

    const results: OperationTestResult[] = [];
    for (const op of selected) {
      const inputs = await operationInputs(op, args.inputs[operationName(op)] ?? {}, process.cwd());
      const result = await testOperation({
        connector,
        operation: op,
        inputs,
        connection,
        ...(accessToken ? { accessToken } : {}),
        ...(deps.http ? { http: deps.http } : {}),
        onSecrets: (values) => {
          for (const v of values) secrets.add(v);
          remask();
        },
      });
      results.push(result);
      if (args.format === 'text') out(textReport.operation(result, loaded.folder));
    }

    const report: TestReport = {
      source: loaded.source,
      folder: loaded.folder,
      title: model.title ?? path.basename(loaded.source),
      warnings,
      results,
      skipped,
    };
    if (args.format === 'json') out(jsonReport(report));
    else if (args.format === 'junit') out(junitReport(report));
    else {
      for (const w of warnings) err(w);
      out(textReport.summary(report));
    }
    return results.some((r) => r.outcome === 'failed') ? EXIT.failure : EXIT.ok;
  } catch (e) {
    if (e instanceof StudioError) return fail(e.code, e.message, EXIT.failure);
    throw e;
  }
}
