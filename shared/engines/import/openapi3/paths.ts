// Path items and operations. Swagger 2.0 operations have the same place and most of the same
// fields; what differs (request bodies, responses, parameters, callbacks, servers) is converted
// by the modules beside this one.
import { asArray, asObject, type JsonObject } from '../../../core/model';
import { appendPointer } from '../../../core/text';
import { plural } from '../openapi2';
import { convertCallbacks } from './callbacks';
import { type ConvertContext, copyExtensions, describeBrokenRef, resolveSource } from './convert-context';
import { convertParameter } from './parameters';
import { convertRequestBody } from './request-body';
import { convertResponses } from './responses';
import { mapRequirements } from './security';
import { pathServerPrefix, type ServerBase } from './servers';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];

export function convertPaths(root: JsonObject, base: ServerBase, securityDefinitions: JsonObject, ctx: ConvertContext): JsonObject {
  const out: JsonObject = {};
  for (const [written, rawItem] of Object.entries(asObject(root.paths) ?? {})) {
    if (written.startsWith('x-')) continue;
    const itemPointer = appendPointer('/paths', written);
    const located = resolveSource(ctx, rawItem, itemPointer);
    const item = asObject(located?.value);
    if (!item || !located) {
      ctx.notes.add(
        'loss',
        'PathItemRefBroken',
        `The path "${written}" could not be read (${describeBrokenRef(asObject(rawItem)?.$ref)}); its operations were left out.`,
        itemPointer,
      );
      continue;
    }
    const [pathPart, query] = splitQuery(written);
    const path = pathPart.startsWith('/') ? pathPart : `/${pathPart}`;
    const fixedQuery = query === undefined ? [] : constantQueryParameters(query, itemPointer, ctx);
    const itemPrefix =
      item.servers !== undefined ? pathServerPrefix(item.servers, appendPointer(located.pointer, 'servers'), base, ctx) : '';
    const shared = asArray(item.parameters)
      .map((p, i) => convertParameter(p, appendPointer(located.pointer, 'parameters', i), ctx))
      .filter((p): p is JsonObject => p !== undefined);
    if (asObject(item.trace)) {
      ctx.notes.add(
        'loss',
        'TraceOperationDropped',
        `The TRACE operation on "${written}" was left out: Swagger 2.0 has no TRACE.`,
        appendPointer(located.pointer, 'trace'),
      );
    }
    let textUsed = false;
    for (const method of METHODS) {
      const op = asObject(item[method]);
      if (!op) continue;
      const opPointer = appendPointer(located.pointer, method);
      const prefix = op.servers !== undefined ? pathServerPrefix(op.servers, appendPointer(opPointer, 'servers'), base, ctx) : itemPrefix;
      const key = prefix + path;
      let outItem = asObject(out[key]);
      if (!outItem) {
        outItem = out[key] = {} as JsonObject;
        if (shared.length > 0) outItem.parameters = shared;
        copyExtensions(item, outItem, located.pointer, ctx);
      }
      if (outItem[method] !== undefined) {
        ctx.notes.add(
          'loss',
          'OperationPathCollision',
          `${method.toUpperCase()} ${written} was left out: once its server or query string is applied, it has the same method and path (${key}) as another operation, which Swagger 2.0 does not allow.`,
          opPointer,
        );
        continue;
      }
      const converted = convertOperation(op, opPointer, method, outItem, securityDefinitions, ctx);
      if (fixedQuery.length > 0) {
        const copies = fixedQuery.map((p) => ({ ...p }));
        for (const c of copies) ctx.origin.set(c, itemPointer);
        converted.parameters = [...((converted.parameters as JsonObject[] | undefined) ?? []), ...copies];
      }
      outItem[method] = converted;
      if (inheritText(item, converted)) textUsed = true;
    }
    if (!textUsed && (typeof item.summary === 'string' || typeof item.description === 'string')) {
      ctx.notes.tally(
        'loss',
        'PathItemTextDropped',
        located.pointer,
        (n) =>
          `${n === 1 ? "A path's" : `${n} paths'`} summary or description ${n === 1 ? 'was' : 'were'} left out: Swagger 2.0 paths have none, and every operation there has its own.`,
      );
    }
  }
  return out;
}

/** A path's summary and description stand for operations that have none of their own. */
function inheritText(item: JsonObject, op: JsonObject): boolean {
  let used = false;
  for (const key of ['summary', 'description']) {
    if (typeof item[key] === 'string' && typeof op[key] !== 'string') {
      op[key] = item[key];
      used = true;
    }
  }
  return used;
}

function splitQuery(path: string): [string, string | undefined] {
  const q = path.indexOf('?');
  return q < 0 ? [path.replace(/#.*$/, ''), undefined] : [path.slice(0, q), path.slice(q + 1).replace(/#.*$/, '')];
}

/**
 * A query string written into the path ("/responses?beta=true") is not allowed in Swagger 2.0
 * paths: each pair becomes a required query parameter with that one value, hidden from users.
 */
function constantQueryParameters(query: string, pointer: string, ctx: ConvertContext): JsonObject[] {
  const params = query
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const name = decode(eq < 0 ? pair : pair.slice(0, eq));
      const value = eq < 0 ? '' : decode(pair.slice(eq + 1));
      return {
        name,
        in: 'query',
        required: true,
        type: 'string',
        enum: [value],
        default: value,
        'x-ms-visibility': 'internal',
      } as JsonObject;
    });
  if (params.length > 0) {
    ctx.notes.add(
      'decision',
      'PathQueryAsParameter',
      `The path carries a query string (${query}); Swagger 2.0 paths cannot, so ${params.map((p) => `"${String(p.name)}"`).join(', ')} ${params.length === 1 ? 'is a query parameter' : 'are query parameters'} with that fixed value, hidden from users.`,
      pointer,
    );
  }
  return params;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

function convertOperation(
  op: JsonObject,
  pointer: string,
  method: string,
  outItem: JsonObject,
  securityDefinitions: JsonObject,
  ctx: ConvertContext,
): JsonObject {
  const out: JsonObject = {};
  ctx.origin.set(out, pointer);
  const tags = asArray(op.tags).filter((t): t is string => typeof t === 'string');
  if (tags.length > 0) out.tags = tags;
  if (typeof op.summary === 'string') out.summary = op.summary;
  if (typeof op.description === 'string') out.description = op.description;
  if (typeof op.operationId === 'string') out.operationId = op.operationId;
  if (asObject(op.externalDocs)) out.externalDocs = externalDocs(asObject(op.externalDocs)!);

  const parameters = asArray(op.parameters)
    .map((p, i) => convertParameter(p, appendPointer(pointer, 'parameters', i), ctx))
    .filter((p): p is JsonObject => p !== undefined);
  let body: JsonObject | undefined;
  if (op.requestBody !== undefined) {
    const converted = convertRequestBody(op.requestBody, appendPointer(pointer, 'requestBody'), ctx);
    if (converted) {
      parameters.push(...converted.parameters);
      if (converted.consumes.length > 0) out.consumes = converted.consumes;
      body = converted.bodyParameter;
      if (method === 'get' || method === 'head' || method === 'delete') {
        ctx.notes.tally(
          'warning',
          'BodyInFetchOperation',
          appendPointer(pointer, 'requestBody'),
          (n) =>
            `${plural(n, 'GET, HEAD or DELETE operation')} take${n === 1 ? 's' : ''} a request body; Power Platform's validator rejects that (BodyOrFormDataParameterInFetchOperationNotAllowed).`,
        );
      }
    }
  }
  const { responses, produces } = convertResponses(op.responses, appendPointer(pointer, 'responses'), ctx);
  if (produces.length > 0) out.produces = produces;
  if (parameters.length > 0) out.parameters = parameters;
  out.responses = responses;
  if (op.deprecated === true) out.deprecated = true;
  if (Array.isArray(op.security)) out.security = mapRequirements(op.security, securityDefinitions);
  copyExtensions(op, out, pointer, ctx);
  if (op.callbacks !== undefined) convertCallbacks(op, pointer, out, outItem, body, ctx);
  return out;
}

export function externalDocs(d: JsonObject): JsonObject {
  return { ...(typeof d.description === 'string' ? { description: d.description } : {}), url: String(d.url ?? '') };
}
