// A request body as what it contributes to an operation. Bodies of requests merged into one
// operation are combined later (their JSON samples give one schema).
// - raw JSON (by language, Content-Type, or by its look): a sample for the body schema. Variables
//   are substituted; `{{x}}` standing where a value should be (unquoted) is read as null.
// - raw text, XML, HTML: a string body with that media type (reported: no schema of its fields).
// - urlencoded and form-data: formData parameters; form-data files become `file` parameters.
// - file (binary) and GraphQL bodies: reported as losses; a binary string body, or a JSON body
//   with `query` and `variables`, stands in so the operation can still be called.
import { JsonDocument } from '../../../core/text';
import { isApiKeyHeaderName, isApiKeyQueryName } from '../credential-names';
import { titleFromKey } from '../display-names';
import { isJsonMediaType } from '../header-roles';
import type { ImportReport } from './import-report';
import type { PmBody, VariableScopes } from './postman-sdk';
import { substitute } from './postman-sdk';
import { keyValueParam, sampleValue, type Param } from './request-parameters';

export type BodyContribution =
  | { kind: 'json'; sample: unknown; pointer: string }
  | { kind: 'text'; mediaType: string }
  | { kind: 'form'; mediaType: 'application/x-www-form-urlencoded' | 'multipart/form-data'; fields: Param[] }
  | { kind: 'binary'; mediaType: string }
  | { kind: 'graphql'; variables?: unknown; pointer: string };

const LANGUAGE_TYPES: Record<string, string> = {
  text: 'text/plain',
  xml: 'application/xml',
  html: 'text/html',
  javascript: 'application/javascript',
};
// Outside strings: {{variable}} and documentation placeholders such as <accountId>.
const UNQUOTED_VARIABLE = /("(?:[^"\\]|\\.)*")|\{\{[^{}]+\}\}|<[^<>"\n]{1,80}>/g;

function parseJson(text: string, pointer: string, report: ImportReport): unknown {
  let replaced = false;
  const prepared = text.replace(UNQUOTED_VARIABLE, (m, quoted: string | undefined) => {
    if (quoted !== undefined) return m;
    replaced = true;
    return 'null';
  });
  if (replaced)
    report.add(
      'decision',
      'BodyVariableAsValue',
      'The JSON body has {{variables}} or <placeholders> where values go; their type cannot be known, so those properties accept any value.',
      pointer,
    );
  try {
    return JSON.parse(prepared) as unknown;
  } catch {
    // Read tolerantly below, to say where the problem is.
  }
  const doc = JsonDocument.parse(prepared);
  const first = doc.diagnostics.find((d) => d.severity === 'error');
  const at = first ? doc.lines.position(first.offset) : undefined;
  const where = first ? ` (line ${at?.line}, column ${at?.column}: ${first.message})` : '';
  if (doc.value === undefined) {
    report.add(
      'loss',
      'BodyNotJson',
      `The raw body is not valid JSON${where}; the body was imported as an object without properties.`,
      pointer,
    );
    return undefined;
  }
  if (doc.hasErrors) {
    report.add(
      'warning',
      'BodyJsonRepaired',
      `The raw body is not valid JSON${where}; the schema was made from what could be read, so check it.`,
      pointer,
    );
    return doc.value;
  }
  if (!doc.isStrict)
    report.add('decision', 'BodyNotStrictJson', 'The JSON body has comments or trailing commas; it was read without them.', pointer);
  return doc.value;
}

export function bodyContribution(
  body: PmBody | undefined,
  method: string,
  contentType: string | undefined,
  scopes: VariableScopes,
  requestPointer: string,
  report: ImportReport,
): BodyContribution | undefined {
  if (!body || body.disabled) return undefined;
  const pointer = `${requestPointer}/body`;
  const hasContent =
    (body.raw ?? '').trim() !== '' || body.fields.some((f) => !f.disabled) || body.mode === 'file' || body.mode === 'graphql';
  if (!hasContent) return undefined;
  if (method === 'GET' || method === 'HEAD') {
    report.add(
      'loss',
      'BodyOnFetchDropped',
      `A ${method} operation cannot have a body in a connector; the body of this request was left out.`,
      pointer,
    );
    return undefined;
  }
  switch (body.mode) {
    case 'raw': {
      const raw = substitute(body.raw ?? '', scopes);
      const language = body.language?.toLowerCase();
      const declared = contentType ?? (language && language !== 'json' ? LANGUAGE_TYPES[language] : undefined);
      if (isJsonMediaType(declared) || language === 'json' || (declared === undefined && /^\s*[[{]/.test(raw))) {
        const sample = parseJson(raw, `${pointer}/raw`, report);
        return { kind: 'json', sample: sample === undefined ? {} : sample, pointer: `${pointer}/raw` };
      }
      const mediaType = declared ?? 'text/plain';
      report.add(
        'warning',
        'BodyNotJson',
        `The body is ${mediaType}, not JSON: it was imported as text, without a schema of its fields.${mediaType.includes('xml') ? ' Power Platform accepts only JSON, text/plain and form bodies.' : ''}`,
        pointer,
      );
      return { kind: 'text', mediaType };
    }
    case 'urlencoded':
    case 'formdata': {
      const fields: Param[] = [];
      const seen = new Set<string>();
      body.fields.forEach((f, i) => {
        const name = substitute(f.key, scopes).trim();
        if (name === '' || seen.has(name)) return;
        seen.add(name);
        if (isApiKeyHeaderName(name) || isApiKeyQueryName(name)) {
          report.tally(
            'decision',
            'CredentialFormFieldLeftToSecurity',
            `${pointer}/${body.mode}/${i}`,
            (n) =>
              `${n === 1 ? 'A form field carries' : `${n} form fields carry`} a credential (e.g. "${name}"); it is the connection's job (Security), so it was left out.`,
          );
          return;
        }
        if (!/^[\x20-\x7e]+$/.test(name)) {
          report.add(
            'warning',
            'FormFieldNameNotAscii',
            `The form field "${name}" has characters outside US-ASCII, which the platform refuses in form field names (InvalidFormDataParameterName).`,
            `${pointer}/${body.mode}/${i}`,
          );
        }
        if (body.mode === 'formdata' && f.type === 'file') {
          fields.push({ name, in: 'formData', required: false, type: 'file', 'x-ms-summary': titleFromKey(name) });
          report.add(
            'decision',
            'FormFileField',
            `The form field "${name}" is a file: it became a file parameter, and the file chosen in Postman is not part of the connector.`,
            `${pointer}/${body.mode}/${i}`,
          );
          return;
        }
        fields.push(keyValueParam(name, 'formData', f, sampleValue(f.value, scopes)));
      });
      if (fields.length === 0) return undefined;
      return { kind: 'form', mediaType: body.mode === 'urlencoded' ? 'application/x-www-form-urlencoded' : 'multipart/form-data', fields };
    }
    case 'file':
      report.add(
        'loss',
        'FileBodyNotImported',
        'The body is a file chosen in Postman; the file is not part of the connector. The operation takes the file content as a binary body.',
        pointer,
      );
      return { kind: 'binary', mediaType: contentType ?? 'application/octet-stream' };
    case 'graphql': {
      report.add(
        'loss',
        'GraphQLBodyNotImported',
        'The body is a GraphQL query; connectors have no GraphQL support, so the operation takes a JSON body with "query" and "variables", and the query itself is not kept.',
        pointer,
      );
      const vars = body.graphql?.variables?.trim();
      let variables: unknown;
      if (vars) {
        const doc = JsonDocument.parse(substitute(vars, scopes));
        if (!doc.hasErrors) variables = doc.value;
      }
      return { kind: 'graphql', ...(variables !== undefined ? { variables } : {}), pointer };
    }
    default:
      report.add('loss', 'BodyModeNotSupported', `The body mode "${body.mode}" is not supported; the body was left out.`, pointer);
      return undefined;
  }
}
