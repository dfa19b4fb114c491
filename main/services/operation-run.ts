// One operation tested for real: the request built as the platform would, sent, and the response
// checked against its declared schema. What comes back is ready to show: every secret is masked,
// and every schema mismatch carries the file, line and column of the schema keyword. The CLI
// prints it; the Test tab will show it through the IPC contract.
import type { LoadedConnector } from '../../shared/core/connector';
import type { OperationView } from '../../shared/core/model';
import {
  maskHeaders,
  maskUrl,
  toCurl,
  buildRequest,
  operationName,
  checkResponse,
  isJsonContentType,
  type ResponseCheck,
  MASK,
  secretMasker,
} from '../../shared/engines/operation-runs';
import type { SchemaMismatch } from '../../shared/engines/operation-runs';
import { CONNECTOR_FILES } from '../../shared/core/connector';
import { formatBytes, responseText, sendHttpRequest, type HttpClientOptions, type HttpTiming, type RedirectHop } from './http-client';

export interface LocatedMismatch extends SchemaMismatch {
  /** The definition's file name, relative to the connector folder. */
  file: string;
  line: number;
  column: number;
}

export interface OperationTestResult {
  operation: string;
  method: string;
  path: string;
  outcome: 'passed' | 'failed';
  /** Why it failed, one sentence each: a missing value, a network failure, an error status, mismatches. */
  problems: string[];
  notes: string[];
  request?: { method: string; url: string; headers: Record<string, string>; curl: string };
  response?: {
    status: number;
    statusText: string;
    headers: Record<string, string>;
    /** The body as text (pretty-printed when it is JSON), secrets masked. */
    body: string;
    bytes: number;
    truncated: boolean;
    url: string;
    redirects: RedirectHop[];
    timing: HttpTiming;
  };
  check?: Omit<ResponseCheck, 'mismatches'> & { mismatches: LocatedMismatch[] };
}

export interface OperationTestInput {
  connector: LoadedConnector;
  operation: OperationView;
  inputs?: Record<string, unknown>;
  connection?: Record<string, string>;
  accessToken?: string;
  http?: HttpClientOptions;
  /** Told every secret value of the run (derived ones too, such as a Basic credential), for callers
   * that print more than this result and mask it themselves. The result itself carries none. */
  onSecrets?: (values: readonly string[]) => void;
}

function locate(connector: LoadedConnector, m: SchemaMismatch): LocatedMismatch {
  const file = connector.files.definition;
  const doc = file?.doc;
  // The keyword's name when it is an object member ("type": ...), else its value (an item of "required").
  const range =
    doc &&
    (doc.keyRangeOf(m.keywordPointer) ?? doc.rangeOf(m.keywordPointer) ?? doc.keyRangeOf(m.schemaPointer) ?? doc.rangeOf(m.schemaPointer));
  const at = doc && range ? doc.lines.position(range.offset) : { line: 1, column: 1 };
  return { ...m, file: file?.fileName ?? CONNECTOR_FILES.definition.name, ...at };
}

function prettyBody(text: string, contentType: string | undefined): string {
  if (!isJsonContentType(contentType) && !/^\s*[[{]/.test(text)) return text;
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

function headerText(headers: Record<string, string | string[]>, mask: (s: string) => string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) {
    const values = Array.isArray(v) ? v : [v];
    // Cookies the API sets are its session secrets: names only.
    out[k] = k === 'set-cookie' ? values.map((c) => `${c.split('=')[0]}=${MASK}`).join('; ') : mask(values.join(', '));
  }
  return out;
}

export async function testOperation(input: OperationTestInput): Promise<OperationTestResult> {
  const { connector, operation } = input;
  const definition = connector.files.definition?.doc?.value;
  const base = { operation: operationName(operation), method: operation.method.toUpperCase(), path: operation.path };
  const built = buildRequest({
    definition,
    model: connector.model,
    operation,
    inputs: input.inputs ?? {},
    connection: input.connection ?? {},
    ...(input.accessToken ? { accessToken: input.accessToken } : {}),
  });
  input.onSecrets?.(built.secrets.values);
  const mask = secretMasker(built.secrets.values);
  const notes = built.notes.map(mask);
  if (!built.ok) return { ...base, outcome: 'failed', problems: built.errors.map(mask), notes };

  const req = built.request;
  const request = {
    method: req.method,
    url: maskUrl(req.url, built.secrets),
    headers: maskHeaders(req.headers, built.secrets),
    curl: toCurl(req, built.secrets),
  };
  const sent = await sendHttpRequest(req, {
    ...input.http,
    sensitiveHeaders: [...built.secrets.headers, ...(input.http?.sensitiveHeaders ?? [])],
  });
  notes.push(...sent.notes.map(mask));
  if (!sent.ok) {
    return { ...base, outcome: 'failed', problems: [mask(sent.error.message)], notes, request };
  }
  const res = sent.response;
  const contentType = Array.isArray(res.headers['content-type']) ? res.headers['content-type'][0] : res.headers['content-type'];
  const text = responseText(res);
  const response = {
    status: res.status,
    statusText: res.statusText,
    headers: headerText(res.headers, mask),
    body: mask(prettyBody(text, contentType)),
    bytes: res.body.length,
    truncated: res.truncated,
    url: maskUrl(res.url, built.secrets),
    redirects: res.redirects.map((r) => ({ ...r, from: maskUrl(r.from, built.secrets), to: maskUrl(r.to, built.secrets) })),
    timing: res.timing,
  };
  const checked = checkResponse({
    definition,
    operation,
    status: res.status,
    ...(contentType ? { contentType } : {}),
    body: text,
    truncated: res.truncated,
    method: req.method,
  });
  const check = {
    ...checked,
    notes: checked.notes.map(mask),
    mismatches: checked.mismatches.map((m) => {
      const located = locate(connector, m);
      return { ...located, message: mask(located.message), ...(m.actual !== undefined ? { actual: mask(m.actual) } : {}) };
    }),
  };
  const problems: string[] = [];
  if (res.status >= 400) problems.push(`The API answered ${res.status}${res.statusText ? ` ${res.statusText}` : ''}.`);
  if (res.truncated)
    problems.push(`The response was larger than ${formatBytes(res.body.length)}; it was cut there and could not be checked.`);
  const count = check.mismatches.length + check.omitted;
  if (count)
    problems.push(
      `The response does not match the schema declared for ${check.responseKey ?? res.status} (${count} mismatch${count > 1 ? 'es' : ''}).`,
    );
  return { ...base, outcome: problems.length ? 'failed' : 'passed', problems, notes, request, response, check };
}
