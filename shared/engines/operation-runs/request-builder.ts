// From an operation, the definition, input values and connection values to the HTTP request the
// platform would send: URL from scheme, host and basePath; path, query, header, body and formData
// parameters; defaults for missing inputs; credentials; then the policy templates that change
// requests. Every missing required value is reported by name, all at once.
import { asObject, asStringArray, resolveRef } from '../../core/model';
import type { ConnectorModel, OperationView, ParameterView } from '../../core/model';
import { valueAt } from '../../core/text';
import { acceptFor } from './accept-header';
import { isSecretConnectionParameter } from './connection-values';
import { getHeader, setHeader } from './header-map';
import { isFileInput, type FormPart, type HttpRequest, type SecretMarks } from './http-request';
import { chooseBoundary } from './multipart-body';
import { collectionFormatOf, serializeValue, type CollectionFormat } from './parameter-values';
import { applyRequestPolicies, policyAppliesTo } from './policies';
import { applyAuth } from './request-auth';
import { addSecretValue, toHttpRequest, type RequestDraft } from './request-draft';
import { encodeFormBody, encodePathValue } from './url-encoding';

export interface BuildRequestInput {
  /** The parsed apiDefinition.swagger.json. */
  definition: unknown;
  model: ConnectorModel;
  operation: OperationView;
  /** Input values by parameter name (the body parameter also answers to "body"). */
  inputs?: Readonly<Record<string, unknown>>;
  /** Connection parameter values by name. */
  connection?: Readonly<Record<string, string>>;
  /** OAuth 2.0 access token; without it, the value of the oauthSetting connection parameter. */
  accessToken?: string;
}

export type BuildRequestResult =
  | { ok: true; request: HttpRequest; secrets: SecretMarks; notes: string[] }
  | { ok: false; errors: string[]; secrets: SecretMarks; notes: string[] };

const WHERE: Record<string, string> = { path: 'path', query: 'query', header: 'header', body: 'body', formData: 'form' };

export function operationName(op: OperationView): string {
  return op.operationId ?? `${op.method.toUpperCase()} ${op.path}`;
}

function isJsonType(ct: string): boolean {
  return /^application\/([\w.+-]+\+)?json\b|^text\/json\b/i.test(ct.trim());
}

function baseUrlOf(model: ConnectorModel, d: RequestDraft, hostReplaced: boolean): string {
  const schemes = model.schemes.map((s) => s.toLowerCase());
  let scheme = schemes.includes('https') ? 'https' : (schemes[0] ?? 'https');
  if (scheme !== 'http' && scheme !== 'https') {
    d.notes.push(`The scheme "${scheme}" cannot be tested; https was used.`);
    scheme = 'https';
  }
  const host = model.host?.trim();
  if (!host) {
    if (!hostReplaced) d.errors.push('The definition has no host; set it on the General tab.');
    return '';
  }
  if (/[\s/@{}\\]/.test(host)) {
    if (!hostReplaced) d.errors.push(`The host "${host}" is not a host name the test runner can call (only a name and an optional :port).`);
    return '';
  }
  let basePath = model.basePath ?? '/';
  if (!basePath.startsWith('/')) basePath = `/${basePath}`;
  return `${scheme}://${host}${basePath}`.replace(/\/+$/, '');
}

function checkType(p: ParameterView, value: unknown, op: string, d: RequestDraft): void {
  if (typeof value !== 'string' || value === '') return;
  const label = `The ${WHERE[p.in] ?? p.in} parameter "${p.name}" of ${op}`;
  if (p.type === 'integer' && !/^-?\d+$/.test(value.trim()))
    d.notes.push(`${label} is an integer, but "${value}" was given; it was sent as written.`);
  else if (p.type === 'number' && !Number.isFinite(Number(value)))
    d.notes.push(`${label} is a number, but "${value}" was given; it was sent as written.`);
  else if (p.type === 'boolean' && !/^(true|false)$/i.test(value.trim()))
    d.notes.push(`${label} is true or false, but "${value}" was given; it was sent as written.`);
  if (p.enum && p.type !== 'array' && !p.enum.some((e) => String(e) === value)) {
    d.notes.push(`${label} allows ${p.enum.map((e) => JSON.stringify(e)).join(', ')}; "${value}" was sent anyway.`);
  }
}

interface FormField {
  p: ParameterView;
  value: unknown;
  format: CollectionFormat;
}

function jsonBody(value: unknown, schemaType: string | undefined, op: string, d: RequestDraft): string | undefined {
  if (typeof value !== 'string') return JSON.stringify(value);
  if (schemaType === 'string' && !value.trim().startsWith('"')) return JSON.stringify(value);
  try {
    JSON.parse(value);
    return value;
  } catch (err) {
    d.errors.push(`The body of ${op} is not valid JSON (${(err as Error).message}).`);
    return undefined;
  }
}

function filePart(f: FormField): FormPart {
  const v = f.value;
  if (isFileInput(v))
    return { name: f.p.name, value: v.bytes, fileName: v.fileName, ...(v.contentType ? { contentType: v.contentType } : {}) };
  if (v instanceof Uint8Array) return { name: f.p.name, value: v, fileName: f.p.name };
  return { name: f.p.name, value: typeof v === 'string' ? v : JSON.stringify(v), fileName: f.p.name };
}

export function buildRequest(input: BuildRequestInput): BuildRequestResult {
  const { definition, model, operation } = input;
  const inputs = input.inputs ?? {};
  const op = operationName(operation);
  const d: RequestDraft = {
    method: operation.method.toUpperCase(),
    baseUrl: '',
    path: operation.path,
    query: [],
    headers: {},
    pathValues: {},
    connection: { ...(input.connection ?? {}) },
    isSecret: (name) => isSecretConnectionParameter(model, name),
    secrets: { values: [], headers: [], query: [] },
    errors: [],
    notes: [],
  };
  for (const [name, value] of Object.entries(d.connection)) if (d.isSecret(name)) addSecretValue(d, value);
  if (input.accessToken) addSecretValue(d, input.accessToken);

  const hostReplaced = model.policies.some((p) => p.templateId === 'dynamichosturl' && policyAppliesTo(p, operation));
  d.baseUrl = baseUrlOf(model, d, hostReplaced);

  const rawOp = asObject(valueAt(definition, operation.pointer)) ?? {};
  const root = asObject(definition) ?? {};
  const consumes = asStringArray(rawOp.consumes ?? root.consumes);

  let body: { p: ParameterView; value: unknown } | undefined;
  const form: FormField[] = [];
  const used = new Set<string>();
  for (const p of operation.parameters) {
    if (!p.resolved) {
      d.errors.push(`A parameter of ${op} refers to ${p.ref ?? 'a reference'}, which does not resolve.`);
      continue;
    }
    const raw = resolveRef(definition, valueAt(definition, p.pointer)).target ?? {};
    const key = p.name in inputs ? p.name : p.in === 'body' && 'body' in inputs ? 'body' : undefined;
    if (key !== undefined) used.add(key);
    let value = key !== undefined ? inputs[key] : undefined;
    if (value === undefined || value === null || (p.in === 'path' && value === '')) {
      if (p.default !== undefined) value = p.default;
      else if (p.required || p.in === 'path') {
        d.errors.push(`The required ${WHERE[p.in] ?? p.in} parameter "${p.name}" of ${op} has no value.`);
        continue;
      } else continue;
    }
    checkType(p, value, op, d);
    const isArray = p.type === 'array';
    let format = collectionFormatOf(raw.collectionFormat) ?? 'csv';
    if (raw.collectionFormat !== undefined && collectionFormatOf(raw.collectionFormat) === undefined) {
      d.notes.push(
        `The parameter "${p.name}" has collectionFormat ${JSON.stringify(raw.collectionFormat)}, which is not csv, ssv, tsv, pipes or multi; csv was used.`,
      );
    }
    if (format === 'multi' && (p.in === 'path' || p.in === 'header')) {
      d.notes.push(
        `The ${p.in} parameter "${p.name}" has collectionFormat multi, which only query and form parameters allow; csv was used.`,
      );
      format = 'csv';
    }
    switch (p.in) {
      case 'path': {
        const text = serializeValue(value, isArray, format)[0] ?? '';
        const encoded = encodePathValue(text, raw['x-ms-url-encoding'] === 'double' ? 'double' : 'single');
        d.pathValues[p.name] = encoded;
        d.path = d.path.split(`{${p.name}}`).join(encoded);
        break;
      }
      case 'query': {
        const texts = serializeValue(value, isArray, format);
        for (const t of texts) d.query.push([p.name, t]);
        d.pathValues[p.name] ??= encodePathValue(texts.join(','), 'single');
        break;
      }
      case 'header': {
        const texts = serializeValue(value, isArray, format);
        setHeader(d.headers, p.name, texts.join(','));
        d.pathValues[p.name] ??= encodePathValue(texts.join(','), 'single');
        break;
      }
      case 'body':
        body = { p, value };
        break;
      case 'formData':
        form.push({ p, value, format });
        break;
      default:
        d.notes.push(`The parameter "${p.name}" is in "${p.in}", which is not path, query, header, body or formData; it was not sent.`);
    }
  }
  for (const name of Object.keys(inputs)) {
    if (!used.has(name)) d.notes.push(`The input "${name}" matches no parameter of ${op}; it was ignored.`);
  }
  for (const m of d.path.matchAll(/\{([^{}]+)\}/g)) {
    if (!operation.parameters.some((p) => p.in === 'path' && p.name === m[1])) {
      d.errors.push(`The path ${operation.path} has {${m[1]}}, but ${op} has no path parameter "${m[1]}".`);
    }
  }

  if (body && form.length) d.notes.push(`${op} has both a body and form parameters; only the form was sent.`);
  if (form.length) {
    const multipart = consumes.some((c) => /^multipart\/form-data/i.test(c)) || form.some((f) => f.p.type === 'file');
    if (multipart) {
      const parts = form.flatMap((f): FormPart[] =>
        f.p.type === 'file'
          ? [filePart(f)]
          : serializeValue(f.value, f.p.type === 'array', f.format).map((t) => ({ name: f.p.name, value: t })),
      );
      d.body = parts;
      setHeader(d.headers, 'Content-Type', `multipart/form-data; boundary=${chooseBoundary(parts)}`);
    } else {
      const pairs = form.flatMap((f) =>
        serializeValue(f.value, f.p.type === 'array', f.format).map((t) => [f.p.name, t] as [string, string]),
      );
      d.body = encodeFormBody(pairs);
      setHeader(d.headers, 'Content-Type', 'application/x-www-form-urlencoded');
    }
  } else if (body) {
    const contentType = getHeader(d.headers, 'Content-Type') ?? consumes.find(isJsonType) ?? consumes[0] ?? 'application/json';
    const schemaType = body.p.schema?.type;
    const v = body.value;
    const text =
      v instanceof Uint8Array
        ? v
        : isJsonType(contentType)
          ? jsonBody(v, schemaType, op, d)
          : typeof v === 'string'
            ? v
            : JSON.stringify(v);
    if (text !== undefined) d.body = text;
    if (getHeader(d.headers, 'Content-Type') === undefined) setHeader(d.headers, 'Content-Type', contentType);
  }
  const accept = acceptFor(definition, rawOp, rawOp.produces ?? root.produces);
  if (accept !== undefined && getHeader(d.headers, 'Accept') === undefined) setHeader(d.headers, 'Accept', accept);

  applyAuth(d, model, input.accessToken);
  applyRequestPolicies(d, model.policies, operation);
  if (d.errors.length === 0 && !/^https?:\/\/[^/?#\s]+/i.test(d.baseUrl))
    d.errors.push(`The host URL "${d.baseUrl}" is not an http or https URL.`);
  if (operation.usesScript) {
    d.notes.push(
      `${op} runs script.csx on the platform; the local test runner does not run it, so the request goes to the API unchanged by the script.`,
    );
  }
  if (d.errors.length) return { ok: false, errors: d.errors, secrets: d.secrets, notes: d.notes };
  return { ok: true, request: toHttpRequest(d), secrets: d.secrets, notes: d.notes };
}
