// Saved examples (an item's `response` list) to the operation's responses. Examples with one
// status are merged into one schema. Only the first success status (the lowest 2xx) gets a schema:
// the designer reads one response schema (OperationHasManyResponsesWithSchema), so error
// statuses keep their description only. Without any example the operation answers 200 without a
// schema, which is reported.
import { JsonDocument } from '../../../core/text';
import { isJsonMediaType, mediaTypeOf } from '../header-roles';
import { httpStatusText, isHttpStatusCode } from '../http-status-text';
import { inferSchemaFromSamples, type JsonSchema } from '../schema-inference';
import type { ImportReport } from './import-report';
import type { PmResponse } from './postman-sdk';

export interface ExampleContribution {
  code: number;
  description: string;
  name?: string;
  /** Parsed JSON body. */
  json?: unknown;
  /** A body that is not JSON. */
  text?: boolean;
  mediaType?: string;
  pointer: string;
}

const REASONS = new Map<string, number>();
for (let code = 100; code < 600; code++) {
  const text = httpStatusText(code);
  if (!['Success', 'Error', 'Response'].includes(text) && !REASONS.has(text.toLowerCase())) REASONS.set(text.toLowerCase(), code);
}

export function exampleContribution(r: PmResponse, pointer: string, report: ImportReport): ExampleContribution | undefined {
  const code = r.code ?? (r.status ? REASONS.get(r.status.trim().toLowerCase()) : undefined);
  if (!isHttpStatusCode(code)) {
    report.add(
      'warning',
      'ResponseExampleWithoutStatus',
      `The saved response "${r.name ?? ''}" has no HTTP status code a connector can use; it was skipped.`,
      pointer,
    );
    return undefined;
  }
  const contentType = r.headers.find((h) => h.key.toLowerCase() === 'content-type' && !h.disabled)?.value;
  const mediaType = contentType ? mediaTypeOf(contentType) : r.previewLanguage === 'json' ? 'application/json' : undefined;
  const out: ExampleContribution = {
    code,
    description: r.status?.trim() || httpStatusText(code),
    ...(r.name ? { name: r.name } : {}),
    ...(mediaType ? { mediaType } : {}),
    pointer,
  };
  const body = r.body ?? '';
  if (body.trim() === '') return out;
  const looksJson = isJsonMediaType(mediaType) || (mediaType === undefined && /^\s*[[{]/.test(body)) || r.previewLanguage === 'json';
  if (looksJson) {
    // Plain JSON.parse first: saved responses are nearly always strict, and a thousand of them add up.
    try {
      return { ...out, json: JSON.parse(body) as unknown };
    } catch {
      // read tolerantly below
    }
    const doc = JsonDocument.parse(body);
    if (doc.value !== undefined && !doc.hasErrors) return { ...out, json: doc.value };
    report.add(
      'loss',
      'ResponseExampleNotJson',
      `The saved response "${r.name ?? ''}" says it is JSON but is not valid JSON; it gave no schema.`,
      `${pointer}/body`,
    );
    return out;
  }
  return { ...out, text: true };
}

export interface Responses {
  responses: Record<string, Record<string, unknown>>;
  produces?: string;
}

export function buildResponses(
  examples: readonly ExampleContribution[],
  label: string,
  itemPointer: string,
  report: ImportReport,
): Responses {
  if (examples.length === 0) {
    report.tally(
      'warning',
      'NoResponseExample',
      itemPointer,
      (n) =>
        `${n === 1 ? 'A request has' : `${n} requests have`} no saved response, so ${n === 1 ? 'its operation has' : 'their operations have'} no response schema: add one in Definition > Response from a real call.`,
    );
    return { responses: { '200': { description: 'OK' } } };
  }
  const byCode = new Map<number, ExampleContribution[]>();
  for (const e of [...examples].sort((a, b) => a.code - b.code)) {
    const list = byCode.get(e.code);
    if (list) list.push(e);
    else byCode.set(e.code, [e]);
  }
  const success = [...byCode.keys()].find((c) => c >= 200 && c < 300);
  const responses: Record<string, Record<string, unknown>> = {};
  let produces: string | undefined;
  if (success === undefined) {
    responses['200'] = { description: 'OK' };
    report.tally(
      'warning',
      'NoSuccessExample',
      itemPointer,
      (n) =>
        `${n === 1 ? 'A request has' : `${n} requests have`} saved responses for errors only, so ${n === 1 ? 'its operation has' : 'their operations have'} no response schema for success.`,
    );
  }
  for (const [code, list] of byCode) {
    const response: Record<string, unknown> = { description: list[0]!.description };
    const json = list.filter((e) => e.json !== undefined);
    if (code === success) {
      if (json.length > 0) {
        const inferred = inferSchemaFromSamples(
          json.map((e) => e.json),
          { pointer: `${json[0]!.pointer}/body`, label: `the saved response of ${label}` },
        );
        report.addAll(inferred.notes);
        response.schema = inferred.schema as JsonSchema;
        produces = json[0]!.mediaType && isJsonMediaType(json[0]!.mediaType) ? json[0]!.mediaType : 'application/json';
      } else if (list.some((e) => e.text)) {
        response.schema = { type: 'string' };
        produces = list.find((e) => e.text)?.mediaType ?? 'text/plain';
      }
    } else if (json.length > 0 && code >= 300) {
      report.tally(
        'decision',
        'ErrorResponseSchemaLeftOut',
        json[0]!.pointer,
        (n) =>
          `${n === 1 ? 'A saved error response keeps' : `${n} saved error responses keep`} status and description but no schema: the designer reads one response schema, the one for success.`,
      );
    }
    responses[String(code)] = response;
  }
  return { responses, ...(produces ? { produces } : {}) };
}
