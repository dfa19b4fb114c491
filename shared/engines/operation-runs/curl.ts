// A request as a curl command, as the portal's Test tab shows it, with every secret masked as ****:
// secret headers (Authorization, the API key header), secret query values, and any secret value
// (a securestring or OAuth connection parameter, a token) wherever else it appears.
import { headerKey } from './header-map';
import { isFormParts, type HttpRequest, type SecretMarks } from './http-request';
import { decodeComponentSafe } from './url-encoding';
import { MASK, maskHeaderValue, secretMasker } from './secret-mask';

export interface CurlOptions {
  /** One option per line, joined with " \" (default true). */
  multiline?: boolean;
}

export function shellQuote(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

const NO_SECRETS: SecretMarks = { values: [], headers: [], query: [] };

/** The URL with secret query values replaced by **** (other values keep their exact encoding). */
export function maskUrl(url: string, secrets: SecretMarks = NO_SECRETS): string {
  const mask = secretMasker(secrets.values);
  const q = url.indexOf('?');
  if (q < 0 || secrets.query.length === 0) return mask(url);
  const query = url
    .slice(q + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const name = eq < 0 ? pair : pair.slice(0, eq);
      return secrets.query.includes(decodeComponentSafe(name)) ? `${name}=${MASK}` : pair;
    })
    .join('&');
  return mask(`${url.slice(0, q)}?${query}`);
}

/** Header values with secrets masked, names as written. */
export function maskHeaders(headers: Record<string, string>, secrets: SecretMarks = NO_SECRETS): Record<string, string> {
  const mask = secretMasker(secrets.values);
  const secret = new Set(secrets.headers.map((h) => h.toLowerCase()));
  secret.add('authorization');
  secret.add('proxy-authorization');
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) out[k] = secret.has(k.toLowerCase()) ? maskHeaderValue(v, secrets.values) : mask(v);
  return out;
}

export function toCurl(request: HttpRequest, secrets: SecretMarks = NO_SECRETS, options: CurlOptions = {}): string {
  const mask = secretMasker(secrets.values);
  const args: string[] = [];
  const method = request.method.toUpperCase();
  const body = request.body;
  const hasBody = body !== undefined && !(typeof body === 'string' && body === '' && method === 'GET');
  const url = shellQuote(maskUrl(request.url, secrets));
  if (method === 'HEAD') args.push(`--head ${url}`);
  else if (method !== 'GET' || hasBody) args.push(`-X ${method} ${url}`);
  else args.push(url);
  const form = isFormParts(body);
  const contentType = headerKey(request.headers, 'Content-Type');
  for (const [k, v] of Object.entries(maskHeaders(request.headers, secrets))) {
    // curl writes its own multipart Content-Type, with its own boundary.
    if (form && k === contentType) continue;
    args.push(`-H ${shellQuote(`${k}: ${v}`)}`);
  }
  const trailer: string[] = [];
  if (typeof body === 'string') {
    if (hasBody) args.push(`--data-raw ${shellQuote(mask(body))}`);
  } else if (body instanceof Uint8Array) {
    args.push('--data-binary @request-body.bin');
    trailer.push(`# request-body.bin: the ${body.length}-byte binary body`);
  } else if (isFormParts(body)) {
    for (const part of body) {
      if (part.fileName !== undefined) {
        const type = part.contentType ? `;type=${part.contentType}` : '';
        args.push(`-F ${shellQuote(`${part.name}=@${part.fileName}${type}`)}`);
      } else {
        const text = typeof part.value === 'string' ? mask(part.value) : `<${part.value.length} bytes>`;
        args.push(`--form-string ${shellQuote(`${part.name}=${text}`)}`);
      }
    }
  }
  const command = options.multiline === false ? `curl ${args.join(' ')}` : `curl ${args.join(' \\\n  ')}`;
  return [command, ...trailer].join('\n');
}
