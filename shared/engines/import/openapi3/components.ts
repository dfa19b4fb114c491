// components -> the Swagger 2.0 root sections: schemas -> definitions, parameters -> parameters,
// responses -> responses. Request bodies, headers and examples are inlined where they are used;
// links are reported; security schemes are converted by security.ts.
import { asObject, type JsonObject } from '../../../core/model';
import { appendPointer } from '../../../core/text';
import type { ConvertContext } from './convert-context';
import { convertParameter } from './parameters';
import { convertResponse } from './responses';
import { convertSchema } from './schema-convert';

export interface ConvertedComponents {
  definitions: JsonObject;
  parameters: JsonObject;
  responses: JsonObject;
}

export function convertComponents(root: JsonObject, ctx: ConvertContext): ConvertedComponents {
  const components = asObject(root.components) ?? {};
  const out: ConvertedComponents = { definitions: {}, parameters: {}, responses: {} };

  // Parameters first: one that cannot be converted (a cookie) is forgotten, so the references to it
  // are inlined (and reported where they are) instead of dangling.
  for (const [name, p] of Object.entries(asObject(components.parameters) ?? {})) {
    const pointer = appendPointer('/components/parameters', name);
    const converted = asObject(p)?.$ref === undefined ? convertParameter(p, pointer, ctx) : undefined;
    if (converted) out.parameters[ctx.names.name('parameters', name)!] = converted;
    else ctx.names.forget('parameters', name);
  }
  for (const [name, s] of Object.entries(asObject(components.schemas) ?? {})) {
    out.definitions[ctx.names.name('schemas', name)!] = convertSchema(s, appendPointer('/components/schemas', name), ctx);
  }
  for (const [name, r] of Object.entries(asObject(components.responses) ?? {})) {
    const pointer = appendPointer('/components/responses', name);
    const converted = asObject(r)?.$ref === undefined ? convertResponse(r, pointer, ctx) : undefined;
    if (converted) out.responses[ctx.names.name('responses', name)!] = converted.response;
    else ctx.names.forget('responses', name);
  }
  for (const name of Object.keys(asObject(components.links) ?? {})) {
    ctx.notes.add(
      'loss',
      'LinkDropped',
      `The link "${name}" was left out: Swagger 2.0 has no links between operations.`,
      appendPointer('/components/links', name),
    );
  }
  return out;
}
