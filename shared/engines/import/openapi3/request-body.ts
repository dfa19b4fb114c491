// An OpenAPI 3 requestBody becomes a Swagger 2.0 `body` parameter (JSON and other documents) or
// formData parameters (multipart/form-data, application/x-www-form-urlencoded; file fields become
// type file). Swagger 2.0 has one body shape per operation: JSON wins when several are offered.
import { asObject, type JsonObject } from '../../../core/model';
import { appendPointer } from '../../../core/text';
import { plural } from '../openapi2';
import { type ConvertContext, copyExtensions, describeBrokenRef, resolveSource } from './convert-context';
import { isBinaryMediaType, isFormMediaType, isJsonMediaType } from './media-types';
import { convertSchema } from './schema-convert';
import { simpleTypeOf } from './simple-types';

export interface ConvertedBody {
  parameters: JsonObject[];
  consumes: string[];
  /** The body parameter, when the body is one document (webhook triggers mark a property in it). */
  bodyParameter?: JsonObject;
}

export function convertRequestBody(raw: unknown, pointer: string, ctx: ConvertContext): ConvertedBody | undefined {
  const located = resolveSource(ctx, raw, pointer);
  if (!located) {
    ctx.notes.add(
      'loss',
      'RequestBodyRefBroken',
      `The request body could not be read (${describeBrokenRef(asObject(raw)?.$ref)}); it was left out.`,
      pointer,
    );
    return undefined;
  }
  const rb = asObject(located.value) ?? {};
  const at = located.pointer;
  const content = asObject(rb.content) ?? {};
  const types = Object.keys(content);
  const required = rb.required === true;
  const description = typeof rb.description === 'string' ? rb.description : undefined;
  if (types.length === 0) {
    return withBody({}, [], at, required, description, rb, ctx);
  }
  const json = types.filter(isJsonMediaType);
  const forms = types.filter(isFormMediaType);
  const others = types.filter((t) => !isJsonMediaType(t) && !isFormMediaType(t));

  if (json.length > 0 || forms.length === 0) {
    const chosen = json[0] ?? others.find((t) => asObject(content[t])?.schema !== undefined) ?? others[0]!;
    if (forms.length > 0) {
      ctx.notes.add(
        'decision',
        'FormBodyAlternativeDropped',
        `The request body can be sent as ${chosen} or as a form (${forms.join(', ')}); the connector sends ${chosen}.`,
        appendPointer(at, 'content'),
      );
    }
    const media = asObject(content[chosen]) ?? {};
    const mediaPointer = appendPointer(at, 'content', chosen);
    if (media.example !== undefined || media.examples !== undefined) {
      ctx.notes.tally(
        'loss',
        'RequestExampleDropped',
        mediaPointer,
        (n) =>
          `${plural(n, 'request body example')} ${n === 1 ? 'was' : 'were'} left out: Swagger 2.0 body parameters have no examples (the schema's own examples are kept).`,
      );
    }
    let schema: JsonObject;
    if (media.schema !== undefined) schema = convertSchema(media.schema, appendPointer(mediaPointer, 'schema'), ctx);
    else
      schema = isJsonMediaType(chosen)
        ? { type: 'object' }
        : { type: 'string', ...(isBinaryMediaType(chosen) ? { format: 'binary' } : {}) };
    return withBody(schema, [...json, ...others], at, required, description, rb, ctx);
  }

  // Only forms: multipart can carry files, so it wins over url-encoded.
  const chosen = forms.find((t) => /^multipart\//i.test(t)) ?? forms[0]!;
  const mediaPointer = appendPointer(at, 'content', chosen);
  const schemaAt = resolveSource(ctx, asObject(content[chosen])?.schema, appendPointer(mediaPointer, 'schema'));
  const schema = asObject(schemaAt?.value);
  if (!schemaAt || !schema || !asObject(schema.properties)) {
    ctx.notes.add('loss', 'FormWithoutFields', `The ${chosen} body does not list its fields, so it is sent as one value.`, mediaPointer);
    return withBody(
      schemaAt ? convertSchema(schemaAt.value, schemaAt.pointer, ctx) : { type: 'string' },
      [chosen],
      at,
      required,
      description,
      rb,
      ctx,
    );
  }
  const multipart = /^multipart\//i.test(chosen);
  const requiredFields = new Set(Array.isArray(schema.required) ? schema.required : []);
  const parameters: JsonObject[] = [];
  for (const [name, prop] of Object.entries(asObject(schema.properties)!)) {
    const fieldPointer = appendPointer(schemaAt.pointer, 'properties', name);
    const field = formField(name, prop, fieldPointer, requiredFields.has(name), multipart, ctx);
    parameters.push(field);
    // OpenAPI sends a list in a form as the field repeated (style form, explode true) unless its
    // encoding says otherwise; the connector sends it comma-separated.
    const encoding = asObject(asObject(asObject(content[chosen])?.encoding)?.[name]);
    const repeated = multipart
      ? encoding?.style === undefined || encoding.explode !== false
      : encoding?.explode !== false && (encoding?.style ?? 'form') === 'form';
    if (field.type === 'array' && repeated) {
      ctx.notes.tally(
        'loss',
        'RepeatedFormField',
        fieldPointer,
        (n) =>
          `${plural(n, 'form field')} holding a list (e.g. "${name}") ${n === 1 ? 'is' : 'are'} sent as one comma-separated value: the API expects the field repeated (a=1&a=2), which Power Platform does not support. Check that the API accepts commas.`,
      );
    }
  }
  const hasFile = parameters.some((p) => p.type === 'file');
  return { parameters, consumes: hasFile ? [chosen] : forms };
}

function withBody(
  schema: JsonObject,
  consumes: string[],
  pointer: string,
  required: boolean,
  description: string | undefined,
  rb: JsonObject,
  ctx: ConvertContext,
): ConvertedBody {
  const body: JsonObject = { name: 'body', in: 'body', required };
  if (description !== undefined) body.description = description;
  body.schema = schema;
  copyExtensions(rb, body, pointer, ctx);
  ctx.origin.set(body, pointer);
  return { parameters: [body], consumes, bodyParameter: body };
}

function formField(name: string, prop: unknown, pointer: string, required: boolean, multipart: boolean, ctx: ConvertContext): JsonObject {
  const field: JsonObject = { name, in: 'formData', required };
  const source = asObject(resolveSource(ctx, prop, pointer)?.value) ?? {};
  if (typeof source.description === 'string') field.description = source.description;
  const binary =
    isBinarySchema(source) || isBinarySchema(asObject(resolveSource(ctx, source.items, appendPointer(pointer, 'items'))?.value));
  if (binary && multipart) {
    field.type = 'file';
    if (source.type === 'array') {
      ctx.notes.add('loss', 'MultipleFilesAsOne', `Form field "${name}" takes several files; Swagger 2.0 form fields take one.`, pointer);
    }
  } else {
    if (binary) {
      ctx.notes.add(
        'loss',
        'FileInUrlEncodedForm',
        `Form field "${name}" is a file, but url-encoded forms cannot carry files in Power Platform; it is text.`,
        pointer,
      );
    }
    const simple = simpleTypeOf(prop, pointer, ctx);
    Object.assign(field, simple.fields);
    if (field.type === 'array') field.collectionFormat = 'csv';
    if (simple.complex) {
      ctx.notes.tally(
        'loss',
        'FormFieldObjectAsText',
        pointer,
        (n) =>
          `${plural(n, 'form field')} (e.g. "${name}") hold${n === 1 ? 's' : ''} an object; ${n === 1 ? 'it is' : 'they are'} text now, to be written as JSON.`,
      );
    }
  }
  ctx.origin.set(field, pointer);
  return field;
}

function isBinarySchema(s: JsonObject | undefined): boolean {
  if (!s) return false;
  if (s.type === 'string' && (s.format === 'binary' || s.format === 'base64')) return true;
  return (typeof s.contentMediaType === 'string' && isBinaryMediaType(s.contentMediaType)) || s.contentEncoding === 'binary';
}
