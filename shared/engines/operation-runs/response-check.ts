// Checks a response against what the operation declares for its status code (or `default`): the
// body must be JSON matching the schema. Mismatches carry the body path and the schema pointer.
import type { OperationView, ResponseView } from '../../core/model';
import { resolveRef } from '../../core/model';
import { checkAgainstSchema, type SchemaMismatch } from './schema-check';

export interface ResponseCheckInput {
  /** The parsed apiDefinition.swagger.json. */
  definition: unknown;
  operation: OperationView;
  status: number;
  /** The Content-Type header, if any. */
  contentType?: string;
  /** The body as text (undefined or "" when there was none). */
  body?: string;
  /** True when the body was cut at a size limit: it cannot be validated. */
  truncated?: boolean;
  method?: string;
}

export interface ResponseCheck {
  /** The response key that applies: "200", "2XX" or "default"; undefined when none does. */
  responseKey?: string;
  /** Pointer of the response's schema in the definition, when it has one. */
  schemaPointer?: string;
  /** True when the body was validated against a schema. */
  checked: boolean;
  mismatches: SchemaMismatch[];
  omitted: number;
  notes: string[];
}

export function isJsonContentType(ct: string | undefined): boolean {
  return ct !== undefined && /^\s*(application\/([\w.+-]+\+)?json|text\/json)\b/i.test(ct);
}

/** The declared response for a status: the exact code, then a range such as "2XX", then "default". */
export function selectResponse(operation: OperationView, status: number): ResponseView | undefined {
  const code = String(status);
  const range = `${code[0]}XX`;
  return (
    operation.responses.find((r) => r.status === code) ??
    operation.responses.find((r) => r.status.toUpperCase() === range) ??
    operation.responses.find((r) => r.status === 'default')
  );
}

function schemaTypeOf(definition: unknown, schema: unknown): string | undefined {
  const s = resolveRef(definition, schema).target;
  if (!s) return undefined;
  if (typeof s.type === 'string') return s.type;
  if (s.properties !== undefined || s.additionalProperties !== undefined || Array.isArray(s.allOf)) return 'object';
  if (s.items !== undefined) return 'array';
  return undefined;
}

export function checkResponse(input: ResponseCheckInput): ResponseCheck {
  const { definition, operation, status } = input;
  const out: ResponseCheck = { checked: false, mismatches: [], omitted: 0, notes: [] };
  const response = selectResponse(operation, status);
  if (!response) {
    const declared = operation.responses.map((r) => r.status).join(', ') || 'none';
    out.notes.push(
      `The definition declares no response for status ${status} and no default (declared: ${declared}); the body was not checked.`,
    );
    return out;
  }
  out.responseKey = response.status;
  const schema = response.schema;
  if (!schema) {
    out.notes.push(`The response ${response.status} declares no schema; the body was not checked.`);
    return out;
  }
  out.schemaPointer = schema.pointer;
  if (input.truncated) {
    out.notes.push('The body was cut at the size limit, so it was not checked against the schema.');
    return out;
  }
  const type = schemaTypeOf(definition, schema.value);
  const body = input.body ?? '';
  const at = { path: '$', schemaPointer: schema.resolvedPointer ?? schema.pointer, keywordPointer: schema.pointer };
  if (body.trim() === '') {
    if (status === 204 || status === 304 || input.method?.toUpperCase() === 'HEAD') return out;
    out.mismatches.push({
      ...at,
      kind: 'empty',
      expected: type ?? 'a body',
      message: `The body is empty, but the response ${response.status} declares a schema${type ? ` (type ${type})` : ''}`,
    });
    return out;
  }
  const looksJson = /^\s*[[{"]/.test(body) || isJsonContentType(input.contentType);
  if (!looksJson && (type === 'string' || type === 'file' || type === undefined)) {
    out.notes.push(`The body is ${input.contentType ?? 'not JSON'}; the schema (type ${type ?? 'any'}) was not checked against it.`);
    return out;
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (err) {
    const what =
      isJsonContentType(input.contentType) || !input.contentType
        ? 'not valid JSON'
        : `${input.contentType.split(';')[0]!.trim()}, not JSON`;
    out.mismatches.push({
      ...at,
      kind: 'not-json',
      expected: 'JSON',
      message: `The body is ${what} (${(err as Error).message}), but the response ${response.status} declares a JSON schema`,
    });
    return out;
  }
  if (!isJsonContentType(input.contentType) && input.contentType) {
    out.notes.push(`The body is JSON, but its Content-Type is ${input.contentType}.`);
  }
  const result = checkAgainstSchema(definition, schema.value, schema.pointer, value);
  out.checked = true;
  out.mismatches = result.mismatches;
  out.omitted = result.omitted;
  out.notes.push(...result.notes);
  return out;
}
