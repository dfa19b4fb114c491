// The wizard's "Import from sample" (connectors.md 1.3): a verb, a URL, headers and a body (plus
// optionally a response) become one operation.
//
// Decisions:
// - `{name}` in the path makes a required path parameter; a `basePath` given by the caller is
//   removed from the front of the path.
// - Query string values and header values become `x-ms-test-value`, not `default`: a default is sent
//   by every flow that leaves the field empty, while a test value only pre-fills the Test tab.
//   Values of names that look secret (token, key, password...) are not kept at all.
// - Content-Type and Accept become `consumes` / `produces`; Authorization, API-key headers and
//   API-key query parameters are left to Security; cookies and transport headers are dropped.
//   Each is reported.
// - Header parameters are optional and `advanced`; query parameters are optional and shown.
// - A body that is not JSON fails with an ImportError unless its Content-Type says it is form data
//   (then it makes formData parameters) or text/XML (then a string body, reported).
import { JsonDocument } from '../../core/text';
import { HTTP_METHODS, type HttpMethod } from '../../core/model';
import { isApiKeyQueryName, looksSecretName } from './credential-names';
import { nameFromRoute, pascalCaseId, summaryFromText, titleFromKey } from './display-names';
import { headerRole, isJsonMediaType, isValidHeaderName, mediaTypeOf } from './header-roles';
import { httpStatusText, isHttpStatusCode } from './http-status-text';
import { ImportError, type ImportNote } from './import-result';
import { inferSchema, inferTextValueSchema, type JsonSchema } from './schema-inference';
import { parseQueryString, parseUrl, isValidHost } from './url-parts';

export interface SampleRequest {
  verb: string;
  url: string;
  /** `Name: value` per line, or a record. */
  headers?: string | Record<string, string>;
  body?: string;
  responseBody?: string;
  /** Status of the response sample; default 200. */
  responseStatus?: number;
  /** The connector's base path: removed from the front of the URL path when it is there. */
  basePath?: string;
}

export interface SampleOperation {
  path: string;
  method: HttpMethod;
  operation: Record<string, unknown>;
  host?: string;
  basePath?: string;
  scheme?: string;
  notes: ImportNote[];
}

/** Samples larger than this are refused: a sample shows a shape, not a data set. */
export const MAX_SAMPLE_CHARS = 5 * 1024 * 1024;

type Param = Record<string, unknown>;

function note(kind: ImportNote['kind'], code: string, message: string, sourcePointer: string): ImportNote {
  return { kind, code, message, sourcePointer };
}

interface HeaderLine {
  name: string;
  value: string;
  /** Line number (from 0), or the index in a record. */
  line: number;
  readable: boolean;
}

function headerLines(headers: SampleRequest['headers']): HeaderLine[] {
  if (headers === undefined) return [];
  if (typeof headers !== 'string') {
    return Object.entries(headers).map(([name, value], line) => ({ name: name.trim(), value: String(value).trim(), line, readable: true }));
  }
  const out: HeaderLine[] = [];
  headers.split(/\r?\n/).forEach((raw, line) => {
    if (raw.trim() === '') return;
    const colon = raw.indexOf(':');
    out.push(
      colon <= 0
        ? { name: raw.trim(), value: '', line, readable: false }
        : { name: raw.slice(0, colon).trim(), value: raw.slice(colon + 1).trim(), line, readable: true },
    );
  });
  return out;
}

function simpleParam(name: string, where: 'query' | 'header' | 'formData', value: string | undefined): Param {
  const typed = value !== undefined && value !== '' ? inferTextValueSchema(value) : { type: 'string' };
  const p: Param = { name, in: where, required: false, ...typed, 'x-ms-summary': titleFromKey(name) };
  if (where === 'header') p['x-ms-visibility'] = 'advanced';
  if (value !== undefined && value !== '' && !looksSecretName(name) && !/^\{[^}]*\}$/.test(value))
    p['x-ms-test-value'] = typed.type === 'string' ? value : JSON.parse(value);
  return p;
}

function parseJsonSample(text: string, what: string, code: string, pointer: string, notes: ImportNote[]): unknown {
  const doc = JsonDocument.parse(text);
  if (doc.value === undefined || doc.hasErrors) {
    const first = doc.diagnostics.find((d) => d.severity === 'error');
    const where = first ? doc.lines.position(first.offset) : undefined;
    const detail = first ? ` (line ${where?.line}, column ${where?.column}: ${first.message})` : '';
    throw new ImportError(code, `The ${what} is not valid JSON${detail}; paste a JSON sample, or leave it empty.`);
  }
  if (!doc.isStrict)
    notes.push(
      note(
        'decision',
        'SampleNotStrictJson',
        `The ${what} is not strict JSON (comments, trailing commas or duplicate keys); it was read anyway.`,
        pointer,
      ),
    );
  return doc.value;
}

export function operationFromSample(input: SampleRequest): SampleOperation {
  const notes: ImportNote[] = [];
  const method = input.verb.trim().toLowerCase() as HttpMethod;
  if (!HTTP_METHODS.includes(method)) {
    throw new ImportError(
      'SampleVerbUnsupported',
      `"${input.verb}" is not a verb a connector can use; use one of ${HTTP_METHODS.map((m) => m.toUpperCase()).join(', ')}.`,
    );
  }
  for (const [what, text] of [
    ['body', input.body],
    ['response body', input.responseBody],
  ] as const) {
    if (text !== undefined && text.length > MAX_SAMPLE_CHARS) {
      throw new ImportError(
        'SampleTooLarge',
        `The ${what} sample is ${(text.length / 1048576).toFixed(1)} MB; paste a sample under ${MAX_SAMPLE_CHARS / 1048576} MB (one or two items of each list are enough).`,
      );
    }
  }

  const url = parseUrl(input.url);
  if (!url)
    throw new ImportError(
      'SampleUrlInvalid',
      `"${input.url.trim().slice(0, 200)}" is not a URL; paste one such as https://api.example.com/users/{id}?top=10.`,
    );
  if (url.host !== undefined && !isValidHost(url.host)) {
    throw new ImportError('SampleUrlInvalid', `The host "${url.host}" cannot be a connector host (no parameters, spaces or paths in it).`);
  }
  if (url.hadCredentials)
    notes.push(
      note(
        'loss',
        'UrlCredentialsDropped',
        'The user name and password written in the URL were not kept; set up authentication in Security.',
        '/url',
      ),
    );
  if (url.fragment !== undefined)
    notes.push(note('decision', 'UrlFragmentDropped', `The fragment "#${url.fragment}" is not sent to the API and was left out.`, '/url'));

  let path = url.path;
  let basePath: string | undefined;
  const base = input.basePath?.replace(/\/+$/, '');
  if (base && base !== '' && (path === base || path.startsWith(`${base}/`))) {
    basePath = base;
    path = path.slice(base.length) || '/';
  }

  // Path parameters: `{name}` anywhere in the path (also inside a segment, as in /People('{Person}')).
  const parameters: Param[] = [];
  const seen = new Set<string>();
  const badName = /[^A-Za-z0-9_.-]/g;
  path = path.replace(/\{([^{}]*)\}/g, (_m, raw: string) => {
    const name = raw.trim().replace(badName, '_');
    if (name === '' || name.replace(/_/g, '') === '')
      throw new ImportError(
        'SampleUrlInvalid',
        'The URL has an empty "{}" placeholder; write the parameter name inside the braces, e.g. {id}.',
      );
    if (seen.has(name))
      throw new ImportError('SampleUrlInvalid', `The URL names the path parameter {${name}} twice; path parameters need distinct names.`);
    if (name !== raw)
      notes.push(
        note(
          'decision',
          'PathParameterRenamed',
          `The path parameter {${raw}} was renamed {${name}}: names may hold letters, digits, "_", "." and "-".`,
          '/url',
        ),
      );
    seen.add(name);
    parameters.push({
      name,
      in: 'path',
      required: true,
      type: 'string',
      'x-ms-summary': titleFromKey(name),
      'x-ms-url-encoding': 'single',
    });
    return `{${name}}`;
  });
  if (/[{}]/.test(path.replace(/\{[^{}]*\}/g, '')))
    throw new ImportError('SampleUrlInvalid', 'The URL path has an unmatched "{" or "}"; write path parameters as {name}.');

  const queryNames = new Set<string>();
  url.query.forEach((q) => {
    if (q.key === '')
      return notes.push(note('decision', 'QueryParameterWithoutName', 'A query string part without a name was left out.', '/url'));
    if (queryNames.has(q.key))
      return notes.push(
        note(
          'warning',
          'QueryParameterRepeated',
          `The query parameter "${q.key}" appears more than once; it was imported once, with the first value.`,
          '/url',
        ),
      );
    queryNames.add(q.key);
    if (isApiKeyQueryName(q.key)) {
      return notes.push(
        note(
          'decision',
          'CredentialQueryParameterLeftToSecurity',
          `The query parameter "${q.key}" looks like a credential; set it up in Security as an API key in the query instead.`,
          '/url',
        ),
      );
    }
    parameters.push(simpleParam(q.key, 'query', q.value));
  });

  let consumes: string | undefined;
  let produces: string | undefined;
  const headerNames = new Set<string>();
  for (const h of headerLines(input.headers)) {
    const pointer = `/headers/${h.line}`;
    if (!h.readable || !isValidHeaderName(h.name)) {
      notes.push(
        note('warning', 'HeaderLineUnreadable', `"${h.name.slice(0, 80)}" is not a header line ("Name: value"); it was left out.`, pointer),
      );
      continue;
    }
    const role = headerRole(h.name);
    switch (role) {
      case 'content-type':
        consumes = mediaTypeOf(h.value);
        notes.push(
          note(
            'decision',
            'ContentTypeHeaderToConsumes',
            `Content-Type is sent by the platform; "${h.value}" became what the operation consumes.`,
            pointer,
          ),
        );
        continue;
      case 'accept':
        produces = mediaTypeOf(h.value) ?? produces;
        notes.push(
          note(
            'decision',
            'AcceptHeaderToProduces',
            `Accept is sent by the platform; "${h.value}" became what the operation produces.`,
            pointer,
          ),
        );
        continue;
      case 'authorization':
      case 'api-key':
        notes.push(
          note(
            'decision',
            'CredentialHeaderLeftToSecurity',
            `The ${h.name} header carries credentials; set up authentication in Security (its value was not kept).`,
            pointer,
          ),
        );
        continue;
      case 'cookie':
        notes.push(
          note('loss', 'CookieHeaderDropped', 'Cookies are not supported in connectors; the Cookie header was left out.', pointer),
        );
        continue;
      case 'transport':
        notes.push(note('decision', 'TransportHeaderDropped', `The ${h.name} header is set by the platform; it was left out.`, pointer));
        continue;
      default:
        break;
    }
    const key = h.name.toLowerCase();
    if (headerNames.has(key)) {
      notes.push(note('warning', 'HeaderRepeated', `The ${h.name} header appears more than once; it was imported once.`, pointer));
      continue;
    }
    headerNames.add(key);
    parameters.push(simpleParam(h.name, 'header', h.value));
  }

  const body = input.body?.trim() ?? '';
  if (body !== '') {
    if (method === 'get' || method === 'head') {
      notes.push(
        note(
          'loss',
          'BodyOnFetchDropped',
          `A ${method.toUpperCase()} operation cannot have a body in a connector; the body sample was left out.`,
          '/body',
        ),
      );
    } else if (consumes === 'application/x-www-form-urlencoded') {
      for (const field of parseQueryString(body)) if (field.key !== '') parameters.push(simpleParam(field.key, 'formData', field.value));
    } else if (consumes !== undefined && !isJsonMediaType(consumes) && !/^[[{]/.test(body)) {
      parameters.push({ name: 'body', in: 'body', required: true, schema: { type: 'string' } });
      notes.push(
        note(
          'warning',
          'BodyNotJson',
          `The body is ${consumes}, not JSON: it was imported as text, without a schema of its fields.`,
          '/body',
        ),
      );
    } else {
      const value = parseJsonSample(body, 'body sample', 'SampleBodyNotJson', '/body', notes);
      const inferred = inferSchema(value, { pointer: '/body', label: 'the body sample' });
      notes.push(...inferred.notes);
      parameters.push({ name: 'body', in: 'body', required: true, schema: inferred.schema });
      consumes ??= 'application/json';
    }
  }

  const status = input.responseStatus ?? 200;
  if (!isHttpStatusCode(status)) throw new ImportError('SampleStatusInvalid', `${String(status)} is not an HTTP status code (100 to 599).`);
  const response: Record<string, unknown> = { description: httpStatusText(status) };
  const responseText = input.responseBody?.trim() ?? '';
  if (responseText !== '') {
    if (produces !== undefined && !isJsonMediaType(produces) && !/^[[{]/.test(responseText)) {
      response.schema = { type: 'string' };
      notes.push(note('warning', 'ResponseNotJson', `The response is ${produces}, not JSON: it was imported as text.`, '/responseBody'));
    } else {
      const value = parseJsonSample(responseText, 'response sample', 'SampleResponseNotJson', '/responseBody', notes);
      const inferred = inferSchema(value, { pointer: '/responseBody', label: 'the response sample' });
      notes.push(...inferred.notes);
      response.schema = inferred.schema as JsonSchema;
      produces ??= 'application/json';
    }
  } else if (input.responseBody === undefined) {
    notes.push(
      note(
        'decision',
        'NoResponseSample',
        `No response sample was given: the operation answers ${status} without a schema until you add one.`,
        '/responseBody',
      ),
    );
  }

  const name = nameFromRoute(method, path);
  const operation: Record<string, unknown> = {
    operationId: pascalCaseId(name) || pascalCaseId(method),
    summary: summaryFromText(name),
    ...(consumes ? { consumes: [consumes] } : {}),
    ...(produces ? { produces: [produces] } : {}),
    parameters,
    responses: { [String(status)]: response },
  };
  return {
    path,
    method,
    operation,
    ...(url.host !== undefined ? { host: url.host } : {}),
    ...(basePath !== undefined ? { basePath } : {}),
    ...(url.host !== undefined ? { scheme: url.scheme ?? 'https' } : {}),
    notes,
  };
}
