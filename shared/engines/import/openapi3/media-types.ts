// Which of the media types an OpenAPI 3 body or response offers a connector should use.
import { asObject, type JsonObject } from '../../../core/model';

export function isJsonMediaType(mediaType: string): boolean {
  return /^(application|text)\/([\w.+-]+\+)?json\b/i.test(mediaType);
}

export function isFormMediaType(mediaType: string): boolean {
  return /^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i.test(mediaType);
}

/** Media types whose content is bytes, not text. */
export function isBinaryMediaType(mediaType: string): boolean {
  return /^(application\/(octet-stream|pdf|zip|gzip)|image\/|audio\/|video\/)/i.test(mediaType);
}

export interface MediaChoice {
  mediaType: string;
  media: JsonObject;
}

/** JSON first (the designer understands it best), then the first one with a schema, then the first. */
export function preferredMedia(content: JsonObject): MediaChoice | undefined {
  const all = Object.entries(content).map(([mediaType, m]) => ({ mediaType, media: asObject(m) ?? {} }));
  return (
    all.find((c) => isJsonMediaType(c.mediaType) && c.media.schema !== undefined) ?? all.find((c) => c.media.schema !== undefined) ?? all[0]
  );
}

/** The first example of a media type object (`example`, else the first of `examples`). */
export function firstExample(media: JsonObject): { value: unknown } | undefined {
  if (media.example !== undefined) return { value: media.example };
  const first = asObject(Object.values(asObject(media.examples) ?? {})[0]);
  if (first && 'value' in first) return { value: first.value };
  return undefined;
}
