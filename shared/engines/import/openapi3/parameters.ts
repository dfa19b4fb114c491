// OpenAPI 3 parameters (query, path, header; cookie is dropped) to Swagger 2.0 parameters: the
// schema flattens into type fields, style/explode into collectionFormat.
import { asObject, type JsonObject } from '../../../core/model';
import { appendPointer } from '../../../core/text';
import { plural } from '../openapi2';
import { type ConvertContext, copyExtensions, describeBrokenRef, resolveSource } from './convert-context';
import { simpleTypeOf } from './simple-types';

/** The converted parameter, or undefined when Swagger 2.0 (or Power Platform) cannot have it. */
export function convertParameter(raw: unknown, pointer: string, ctx: ConvertContext): JsonObject | undefined {
  const ref = asObject(raw)?.$ref;
  if (typeof ref === 'string') {
    const mapped = ctx.names.mapRef(ref, 'parameters');
    if (mapped !== undefined) return { $ref: mapped };
    const target = resolveSource(ctx, raw, pointer);
    if (!target) {
      ctx.notes.add(
        'loss',
        'ParameterRefBroken',
        `A parameter reference could not be followed (${describeBrokenRef(ref)}); the parameter was left out.`,
        pointer,
      );
      return undefined;
    }
    return convertParameter(target.value, target.pointer, ctx);
  }
  const p = asObject(raw);
  if (!p) return undefined;
  const name = typeof p.name === 'string' ? p.name : '';
  if (p.in === 'cookie') {
    ctx.notes.add(
      'loss',
      'CookieParameterDropped',
      `Cookie parameter "${name}" was left out: Power Platform connectors cannot send cookies.`,
      pointer,
    );
    return undefined;
  }
  if (p.in !== 'query' && p.in !== 'path' && p.in !== 'header') {
    ctx.notes.add(
      'loss',
      'ParameterLocationUnsupported',
      `Parameter "${name}" is in "${String(p.in)}", which Swagger 2.0 does not have; it was left out.`,
      pointer,
    );
    return undefined;
  }
  if (name === '') {
    ctx.notes.add('loss', 'ParameterNameMissing', 'A parameter without a name was left out.', pointer);
    return undefined;
  }

  const out: JsonObject = { name, in: p.in };
  if (typeof p.description === 'string') out.description = p.description;
  out.required = p.in === 'path' ? true : p.required === true;

  let schema: unknown = p.schema;
  let schemaPointer = appendPointer(pointer, 'schema');
  if (schema === undefined && asObject(p.content)) {
    const mediaType = Object.keys(asObject(p.content)!)[0] ?? '';
    schemaPointer = appendPointer(pointer, 'content', mediaType);
    ctx.notes.tally(
      'loss',
      'ParameterContentAsText',
      appendPointer(pointer, 'content'),
      (n) =>
        `${plural(n, 'parameter')} carry a serialized document (e.g. "${name}" as ${mediaType}); ${n === 1 ? 'it is' : 'they are'} now text, to be written in that format.`,
    );
    schema = { type: 'string' };
  }
  const simple = simpleTypeOf(schema, schemaPointer, ctx);
  if (out.description === undefined && simple.description !== undefined) out.description = simple.description;
  Object.assign(out, simple.fields);
  if (simple.complex) {
    ctx.notes.add(
      'loss',
      'ObjectParameterAsText',
      `Parameter "${name}" takes an object (or a list of objects), which a ${String(p.in)} parameter cannot in Swagger 2.0; it is now text.`,
      pointer,
    );
  }
  if (out.type === 'array') setCollectionFormat(p, out, pointer, ctx);
  else if (p.style === 'deepObject' || p.style === 'matrix' || p.style === 'label') {
    ctx.notes.add(
      'loss',
      'ParameterStyleUnsupported',
      `Parameter "${name}" uses the "${String(p.style)}" style, which Swagger 2.0 cannot describe; it is sent as plain text.`,
      pointer,
    );
  }
  if (p.allowEmptyValue === true && p.in === 'query') out.allowEmptyValue = true;
  if (p.example !== undefined || p.examples !== undefined) {
    ctx.notes.tally(
      'loss',
      'ParameterExampleDropped',
      pointer,
      (n) => `${plural(n, 'parameter example')} ${n === 1 ? 'was' : 'were'} left out: Swagger 2.0 parameters have no examples.`,
    );
  }
  copyExtensions(p, out, pointer, ctx);
  if (p.deprecated === true && !out.required && out['x-ms-visibility'] === undefined) {
    out['x-ms-visibility'] = 'advanced';
    ctx.notes.tally(
      'decision',
      'DeprecatedParameterAdvanced',
      pointer,
      (n) =>
        `${plural(n, 'deprecated parameter')} ${n === 1 ? 'is' : 'are'} shown under "Show advanced options" (x-ms-visibility: advanced), since Swagger 2.0 parameters cannot be marked deprecated.`,
    );
  }
  ctx.origin.set(out, pointer);
  return out;
}

/**
 * Lists in a query are sent comma-separated (csv), space- or pipe-separated. Repeating the
 * parameter (explode, Swagger's "multi") is what OpenAPI assumes by default, but Power Platform
 * does not support it: the list goes comma-separated, and the report says so.
 */
function setCollectionFormat(p: JsonObject, out: JsonObject, pointer: string, ctx: ConvertContext): void {
  const style = typeof p.style === 'string' ? p.style : p.in === 'query' ? 'form' : 'simple';
  if (style === 'spaceDelimited') out.collectionFormat = 'ssv';
  else if (style === 'pipeDelimited') out.collectionFormat = 'pipes';
  else if (style === 'form' && p.explode !== false) {
    out.collectionFormat = 'csv';
    ctx.notes.tally(
      'loss',
      'RepeatedQueryParameter',
      pointer,
      (n) =>
        `${plural(n, 'list parameter')} (e.g. "${String(p.name)}") ${n === 1 ? 'is' : 'are'} sent as one comma-separated value: the API expects the parameter repeated (a=1&a=2), which Power Platform does not support. Check that the API accepts commas.`,
    );
  } else {
    out.collectionFormat = 'csv';
    if (style !== 'form' && style !== 'simple') {
      ctx.notes.add(
        'loss',
        'ParameterStyleUnsupported',
        `Parameter "${String(p.name)}" uses the "${style}" style, which Swagger 2.0 cannot describe; it is sent comma-separated.`,
        pointer,
      );
    }
  }
}
