// OpenAPI 3 responses to Swagger 2.0: one schema per response (JSON preferred), the media types
// into the operation's `produces`, headers flattened to simple types, an example kept for the
// chosen media type. Status ranges (2XX) become a status code; links are reported.
import { asObject, type JsonObject } from '../../../core/model';
import { appendPointer } from '../../../core/text';
import { plural } from '../openapi2';
import { type ConvertContext, copyExtensions, describeBrokenRef, resolveSource } from './convert-context';
import { firstExample, preferredMedia } from './media-types';
import { convertSchema } from './schema-convert';
import { simpleTypeOf } from './simple-types';

export interface ConvertedResponses {
  responses: JsonObject;
  produces: string[];
}

const STATUS_TEXT: Record<string, string> = {
  '200': 'OK',
  '201': 'Created',
  '202': 'Accepted',
  '204': 'No Content',
  '400': 'Bad Request',
  '401': 'Unauthorized',
  '403': 'Forbidden',
  '404': 'Not Found',
  '500': 'Internal Server Error',
  default: 'Response',
};

export function convertResponses(raw: unknown, pointer: string, ctx: ConvertContext): ConvertedResponses {
  const responses: JsonObject = {};
  const produces = new Set<string>();
  for (const [written, response] of Object.entries(asObject(raw) ?? {})) {
    const at = appendPointer(pointer, written);
    if (written.startsWith('x-')) continue;
    const code = statusCode(written);
    if (code === undefined) {
      ctx.notes.add('loss', 'ResponseCodeInvalid', `Response "${written}" is not an HTTP status code; it was left out.`, at);
      continue;
    }
    if (responses[code] !== undefined || (code !== written && asObject(raw)![code] !== undefined)) {
      ctx.notes.add(
        'loss',
        'ResponseRangeDropped',
        `Response "${written}" (a range of status codes) was left out: Swagger 2.0 needs exact codes, and ${code} is already described.`,
        at,
      );
      continue;
    }
    if (code !== written) {
      ctx.notes.tally(
        'decision',
        'ResponseRangeAsCode',
        at,
        (n) =>
          `${plural(n, 'response')} for a range of status codes (e.g. "${written}") ${n === 1 ? 'is' : 'are'} described by ${n === 1 ? 'its' : 'their'} first code (e.g. ${code}): Swagger 2.0 needs exact codes.`,
      );
    }
    const converted = convertResponse(response, at, ctx, code);
    if (!converted) continue;
    responses[code] = converted.response;
    for (const t of converted.mediaTypes) produces.add(t);
  }
  return { responses, produces: [...produces] };
}

function statusCode(written: string): string | undefined {
  if (written === 'default' || /^[1-5]\d\d$/.test(written)) return written;
  const range = written.match(/^([1-5])XX$/i);
  return range ? `${range[1]}00` : undefined;
}

export function convertResponse(
  raw: unknown,
  pointer: string,
  ctx: ConvertContext,
  code = 'default',
): { response: JsonObject; mediaTypes: string[] } | undefined {
  const ref = asObject(raw)?.$ref;
  const located = resolveSource(ctx, raw, pointer);
  if (!located) {
    ctx.notes.add('loss', 'ResponseRefBroken', `A response could not be read (${describeBrokenRef(ref)}); it was left out.`, pointer);
    return undefined;
  }
  const r = asObject(located.value) ?? {};
  const at = located.pointer;
  const content = asObject(r.content) ?? {};
  const mediaTypes = Object.keys(content);
  const mapped = typeof ref === 'string' ? ctx.names.mapRef(ref, 'responses') : undefined;
  if (mapped !== undefined) return { response: { $ref: mapped }, mediaTypes };

  const out: JsonObject = { description: typeof r.description === 'string' ? r.description : (STATUS_TEXT[code] ?? 'Response') };
  const choice = preferredMedia(content);
  if (choice?.media.schema !== undefined) {
    out.schema = convertSchema(choice.media.schema, appendPointer(at, 'content', choice.mediaType, 'schema'), ctx);
  }
  const headers = convertHeaders(r.headers, appendPointer(at, 'headers'), ctx);
  if (headers) out.headers = headers;
  if (choice) {
    const example = firstExample(resolveExamples(choice.media, appendPointer(at, 'content', choice.mediaType), ctx));
    if (example !== undefined) out.examples = { [choice.mediaType]: example.value };
  }
  if (asObject(r.links) && Object.keys(asObject(r.links)!).length > 0) {
    ctx.notes.tally(
      'loss',
      'LinksDropped',
      appendPointer(at, 'links'),
      (n) =>
        `${plural(n, 'response')} describe${n === 1 ? 's' : ''} links to follow-up operations; Swagger 2.0 has no links, so they were left out.`,
    );
  }
  copyExtensions(r, out, at, ctx);
  return { response: out, mediaTypes };
}

/**
 * `examples` entries may be references to components.examples; some authors write `example` as a
 * reference too (which the specification reads as data, but they mean the referenced value).
 */
function resolveExamples(media: JsonObject, pointer: string, ctx: ConvertContext): JsonObject {
  if (typeof asObject(media.example)?.$ref === 'string') {
    const resolved = resolveSource(ctx, media.example, appendPointer(pointer, 'example'));
    return resolved ? { example: resolved.value } : {};
  }
  if (media.example !== undefined || !asObject(media.examples)) return media;
  const [name, first] = Object.entries(asObject(media.examples)!)[0] ?? [];
  if (name === undefined) return media;
  const resolved = resolveSource(ctx, first, appendPointer(pointer, 'examples', name));
  return { examples: { [name]: resolved?.value } };
}

function convertHeaders(raw: unknown, pointer: string, ctx: ConvertContext): JsonObject | undefined {
  const entries = Object.entries(asObject(raw) ?? {});
  if (entries.length === 0) return undefined;
  const out: JsonObject = {};
  for (const [name, h] of entries) {
    const at = appendPointer(pointer, name);
    const located = resolveSource(ctx, h, at);
    const header = asObject(located?.value);
    if (!header || !located) {
      ctx.notes.add(
        'loss',
        'HeaderRefBroken',
        `Response header "${name}" could not be read (${describeBrokenRef(asObject(h)?.$ref)}); it was left out.`,
        at,
      );
      continue;
    }
    const schemaPointer = appendPointer(located.pointer, 'schema');
    const simple = simpleTypeOf(header.schema, schemaPointer, ctx);
    const converted: JsonObject = {};
    const description = typeof header.description === 'string' ? header.description : simple.description;
    if (description !== undefined) converted.description = description;
    const { 'x-nullable': _nullable, ...fields } = simple.fields;
    Object.assign(converted, fields);
    if (simple.complex) {
      ctx.notes.add(
        'loss',
        'ObjectHeaderAsText',
        `Response header "${name}" holds an object; Swagger 2.0 headers hold simple values, so it is text.`,
        located.pointer,
      );
    }
    copyExtensions(header, converted, located.pointer, ctx);
    out[name] = converted;
  }
  return out;
}
