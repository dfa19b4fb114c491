// The request the test runner sends: plain data, so it crosses the IPC boundary and prints as curl.

/** One part of a multipart/form-data body. */
export interface FormPart {
  name: string;
  value: string | Uint8Array;
  /** Set for file parts. */
  fileName?: string;
  contentType?: string;
}

/**
 * A text body (JSON, url-encoded form, XML, ...), raw bytes, or the parts of a multipart form
 * (encoded on sending with the boundary named in the Content-Type header).
 */
export type RequestBody = string | Uint8Array | FormPart[];

export interface HttpRequest {
  method: string;
  url: string;
  /** Header names as written; look them up without regard to case (see header-map.ts). */
  headers: Record<string, string>;
  body?: RequestBody;
}

/** Where the secrets of a request are, so a printout can mask them and a redirect can drop them. */
export interface SecretMarks {
  /** Secret values (connection parameters, tokens, derived credentials) to mask wherever they appear. */
  values: string[];
  /** Headers whose whole value is secret (Authorization, the API key header, ...). */
  headers: string[];
  /** Query parameters whose whole value is secret (an API key in the query). */
  query: string[];
}

/** A file given for a `type: file` formData parameter. */
export interface FileInput {
  fileName: string;
  bytes: Uint8Array;
  contentType?: string;
}

export function isFileInput(v: unknown): v is FileInput {
  return (
    typeof v === 'object' && v !== null && typeof (v as FileInput).fileName === 'string' && (v as FileInput).bytes instanceof Uint8Array
  );
}

export function isFormParts(body: RequestBody | undefined): body is FormPart[] {
  return Array.isArray(body);
}
