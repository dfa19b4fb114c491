// Header names are case-insensitive; a plain record keeps the spelling a person wrote. These find a
// header whatever its case, so a policy's "authorization" replaces the auth step's "Authorization".

export function headerKey(headers: Record<string, string>, name: string): string | undefined {
  const lower = name.toLowerCase();
  return Object.keys(headers).find((k) => k.toLowerCase() === lower);
}

export function getHeader(headers: Record<string, string>, name: string): string | undefined {
  const key = headerKey(headers, name);
  return key === undefined ? undefined : headers[key];
}

/** Sets a header, replacing any spelling of the same name (the first spelling is kept). */
export function setHeader(headers: Record<string, string>, name: string, value: string): void {
  headers[headerKey(headers, name) ?? name] = value;
}

export function deleteHeader(headers: Record<string, string>, name: string): boolean {
  const key = headerKey(headers, name);
  if (key === undefined) return false;
  delete headers[key];
  return true;
}
