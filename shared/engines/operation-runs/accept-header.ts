// The Accept header of a test request, from what the operation's success response is: a JSON
// document gets the first JSON type of `produces`; a file (a `type: file` schema, or binary
// `string` bytes) gets the non-JSON types of `produces`, else `*/*`, so a download is never
// asked for as JSON (a server that negotiates answers that with 406 Not Acceptable).
import { resolveRef } from '../../core/model';

type JsonObject = Record<string, unknown>;

const asObject = (v: unknown): JsonObject | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as JsonObject) : undefined;
const asStringArray = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export function isJsonMediaType(ct: string): boolean {
  return /^application\/([\w.+-]+\+)?json\b|^text\/json\b/i.test(ct.trim());
}

/** The success response: the lowest 2xx code, else `default`. */
function successResponse(definition: unknown, op: JsonObject): JsonObject | undefined {
  const responses = asObject(op.responses) ?? {};
  const code = Object.keys(responses)
    .filter((c) => /^2\d\d$/.test(c))
    .sort()[0];
  const raw = responses[code ?? 'default'];
  return raw === undefined ? undefined : resolveRef(definition, raw).target;
}

function isFileSchema(definition: unknown, schema: unknown): boolean {
  const s = schema === undefined ? undefined : resolveRef(definition, schema).target;
  if (!s) return false;
  return s.type === 'file' || (s.type === 'string' && (s.format === 'binary' || s.format === 'byte-stream'));
}

/** What to send as Accept, or undefined when `produces` is empty. */
export function acceptFor(definition: unknown, op: JsonObject, producesRaw: unknown): string | undefined {
  const produces = asStringArray(producesRaw).filter((t) => t.trim() !== '');
  const success = successResponse(definition, op);
  if (success && isFileSchema(definition, success.schema)) {
    const files = produces.filter((t) => !isJsonMediaType(t));
    return files.length ? files.join(', ') : '*/*';
  }
  if (produces.length === 0) return undefined;
  return produces.find(isJsonMediaType) ?? produces[0];
}
