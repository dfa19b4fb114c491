// Import from sample on an existing operation (connectors.md 1.3), through shared/engines/import/from-sample:
// a request sample (verb, URL, headers, body) replaces the operation's own parameters (and moves it
// when the verb or path differ), a response sample (headers, body) sets a response's schema and
// headers. Each is one change, so one undo step.
import { operationFromSample, type SampleRequest } from '../../engines/import/from-sample';
import type { ImportNote } from '../../engines/import/import-result';
import { inferTextValueSchema } from '../../engines/import/schema-inference';
import { asArray, asObject, asString } from '../../core/model';
import type { HttpMethod } from '../../core/model';
import type { TextEdit, JsonDocument } from '../../core/text';
import { setValueEdits, appendPointer, parsePointer, valueAt } from '../../core/text';
import { composeEdits, type EditStep } from './compose-edits';
import { moveOperationEdits } from './operation-edits';

export interface RequestSample {
  verb: string;
  url: string;
  headers: string;
  body: string;
}

export interface ResponseSample {
  status: number;
  headers: string;
  body: string;
}

export interface SamplePlan {
  method: HttpMethod;
  path: string;
  /** What changes, for the dialog to show before it is applied. */
  values: Record<string, unknown>;
  notes: ImportNote[];
}

function located(pointer: string): { path: string; method: string } {
  const s = parsePointer(pointer);
  if (s[0] !== 'paths' || s.length !== 3) throw new Error('Import from sample works on operations written under paths.');
  return { path: s[1]!, method: s[2]! };
}

/** The operation's parameters, consumes and place as the request sample makes them (ImportError on a bad sample). */
export function planRequestImport(definition: unknown, pointer: string, sample: RequestSample): SamplePlan {
  const basePath = asString(asObject(definition)?.basePath);
  const input: SampleRequest = {
    verb: sample.verb,
    url: sample.url,
    headers: sample.headers,
    body: sample.body,
    ...(basePath ? { basePath } : {}),
  };
  const result = operationFromSample(input);
  // The path item's shared parameters still apply: the sample does not declare them twice.
  const itemPointer = pointer.slice(0, pointer.lastIndexOf('/'));
  const shared = new Set(
    asArray(valueAt(definition, appendPointer(itemPointer, 'parameters'))).map(
      (p) => `${asString(asObject(p)?.in)}\u0000${asString(asObject(p)?.name)}`,
    ),
  );
  const params = asArray(result.operation.parameters).filter(
    (p) => !shared.has(`${asString(asObject(p)?.in)}\u0000${asString(asObject(p)?.name)}`),
  );
  const values: Record<string, unknown> = { parameters: params };
  if (result.operation.consumes !== undefined) values.consumes = result.operation.consumes;
  return { method: result.method, path: result.path, values, notes: result.notes };
}

/** Sets each key of `values` on the object at `pointer` (undefined leaves a key alone). */
function setMembers(pointer: string, values: Record<string, unknown>): EditStep[] {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(
      ([key, v]) =>
        (d: JsonDocument) =>
          setValueEdits(d, appendPointer(pointer, key), v),
    );
}

export function importRequestEdits(doc: JsonDocument, pointer: string, sample: RequestSample): TextEdit[] {
  if (!asObject(valueAt(doc.value, pointer))) throw new Error('That operation is no longer in the definition.');
  const { path, method } = located(pointer);
  const plan = planRequestImport(doc.value, pointer, sample);
  const values = { ...plan.values };
  // An empty parameter list is left out rather than written as [].
  if (Array.isArray(values.parameters) && values.parameters.length === 0) {
    values.parameters = asObject(valueAt(doc.value, pointer))?.parameters !== undefined ? [] : undefined;
  }
  const steps = setMembers(pointer, values);
  if (plan.path !== path || plan.method !== method) steps.push((d) => moveOperationEdits(d, pointer, plan.path, plan.method));
  return composeEdits(doc, steps);
}

function headerLines(text: string): { name: string; value: string }[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const colon = l.indexOf(':');
      if (colon <= 0) throw new Error(`"${l.slice(0, 80)}" is not a header line; write one "Name: value" per line.`);
      return { name: l.slice(0, colon).trim(), value: l.slice(colon + 1).trim() };
    });
}

/** The response's schema (and headers) as the sample makes them (ImportError on a bad sample). */
export function planResponseImport(sample: ResponseSample): { response: Record<string, unknown>; notes: ImportNote[] } {
  const result = operationFromSample({
    verb: 'get',
    url: 'https://example.invalid/',
    responseBody: sample.body,
    responseStatus: sample.status,
  });
  const response = { ...(asObject(asObject(result.operation.responses)?.[String(sample.status)]) ?? {}) };
  const headers: Record<string, unknown> = {};
  for (const h of headerLines(sample.headers)) {
    // What the platform sets itself is not part of a response's contract.
    if (/^(content-length|content-type|date|connection|transfer-encoding|server|keep-alive|set-cookie)$/i.test(h.name)) continue;
    // No description: the header's own name would say nothing (the author writes one).
    headers[h.name] = h.value !== '' ? inferTextValueSchema(h.value) : { type: 'string' };
  }
  if (Object.keys(headers).length) response.headers = headers;
  return { response, notes: result.notes.filter((n) => n.sourcePointer !== '/url') };
}

export function importResponseEdits(doc: JsonDocument, pointer: string, sample: ResponseSample): TextEdit[] {
  if (!asObject(valueAt(doc.value, pointer))) throw new Error('That operation is no longer in the definition.');
  const { response } = planResponseImport(sample);
  const at = appendPointer(pointer, 'responses', String(sample.status));
  const existing = asObject(valueAt(doc.value, at));
  if (!existing || existing.$ref !== undefined) return setValueEdits(doc, at, response);
  // An existing response keeps its description; the sample gives its schema and headers.
  return composeEdits(doc, setMembers(at, { schema: response.schema, headers: response.headers }));
}
