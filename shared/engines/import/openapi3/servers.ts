// OpenAPI 3 `servers` to Swagger 2.0 host, basePath and schemes. A connector has one server: the
// first is used, with its variables set to their defaults; the others are reported. Servers
// declared on a path or operation move the operation's path when they only add a prefix on the
// same host, and are reported otherwise.
import { asArray, asObject, type JsonObject } from '../../../core/model';
import { appendPointer } from '../../../core/text';
import type { ConvertContext } from './convert-context';

export interface ServerBase {
  scheme?: string;
  host?: string;
  /** Starts with "/", no trailing "/" (except the root itself). */
  basePath: string;
}

const HOST_PATTERN = /^[^{}/ :\\]+(?::\d+)?$/;

export function convertServers(root: JsonObject, ctx: ConvertContext): ServerBase {
  const servers = asArray(root.servers);
  const first = asObject(servers[0]);
  if (!first || typeof first.url !== 'string') return { basePath: '/' };
  const base = parseServer(first, '/servers/0', ctx, true);
  if (base.scheme !== undefined && base.scheme !== 'https' && base.scheme !== 'http') {
    ctx.notes.add(
      'loss',
      'SchemeUnsupported',
      `The server uses "${base.scheme}"; Power Platform calls APIs over HTTPS or HTTP only, so HTTPS is assumed.`,
      '/servers/0/url',
    );
    base.scheme = 'https';
  }
  if (servers.length > 1) {
    const others = servers
      .slice(1)
      .map((s) => String(asObject(s)?.url ?? ''))
      .filter((u) => u !== '');
    ctx.notes.add(
      'decision',
      'OtherServersIgnored',
      `The API lists ${servers.length} servers; the connector calls the first (${first.url}). Not used: ${others.join(', ')}.`,
      '/servers',
    );
  }
  if (base.host === undefined && first.url !== '' && !first.url.startsWith('/')) {
    ctx.notes.add(
      'warning',
      'ServerHostUnusable',
      `The server URL "${first.url}" has no host a connector can use; set the host on the General tab.`,
      '/servers/0/url',
    );
  }
  return base;
}

/**
 * The prefix to put in front of a path declared under its own servers, relative to the base; ''
 * when the server is the base itself or cannot be expressed (then reported).
 */
export function pathServerPrefix(servers: unknown, pointer: string, base: ServerBase, ctx: ConvertContext): string {
  const first = asObject(asArray(servers)[0]);
  if (!first || typeof first.url !== 'string') return '';
  const own = parseServer(first, appendPointer(pointer, 0), ctx, false);
  const sameHost = own.host === undefined || own.host.toLowerCase() === base.host?.toLowerCase();
  const basePrefix = base.basePath === '/' ? '' : base.basePath;
  const ownPath = own.basePath === '/' ? '' : own.basePath;
  if (sameHost && (ownPath === basePrefix || ownPath.startsWith(`${basePrefix}/`))) return ownPath.slice(basePrefix.length);
  ctx.notes.tally(
    'loss',
    'PathServerIgnored',
    pointer,
    (n) =>
      `${n === 1 ? 'An operation is' : `${n} operations are`} served from ${first.url}, not the connector's server (${base.host ?? ''}${base.basePath}); a connector has one server, so ${n === 1 ? 'it is' : 'they are'} called on the connector's server. Split them into a separate connector if that is wrong.`,
    String(first.url),
  );
  return '';
}

function parseServer(server: JsonObject, pointer: string, ctx: ConvertContext, report: boolean): ServerBase {
  const url = substituteVariables(String(server.url), asObject(server.variables) ?? {}, pointer, ctx, report);
  const m = url.match(/^(?:([a-z][a-z0-9+.-]*):)?\/\/([^/?#]*)([^?#]*)/i);
  const path = normalisePath(m ? (m[3] ?? '') : url.replace(/[?#].*$/, ''));
  if (!m) return { basePath: path };
  const scheme = m[1]?.toLowerCase();
  let host = (m[2] ?? '').replace(/^[^@]*@/, '');
  if ((scheme === 'https' && host.endsWith(':443')) || (scheme === 'http' && host.endsWith(':80'))) host = host.replace(/:\d+$/, '');
  const usable = HOST_PATTERN.test(host);
  return { ...(scheme ? { scheme } : {}), ...(usable ? { host } : {}), basePath: path };
}

function normalisePath(path: string): string {
  const p = `/${path}`.replace(/\/{2,}/g, '/').replace(/\/$/, '');
  return p === '' ? '/' : p;
}

function substituteVariables(url: string, variables: JsonObject, pointer: string, ctx: ConvertContext, report: boolean): string {
  return url.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const v = asObject(variables[name]);
    const at = appendPointer(pointer, 'variables', name);
    const values = asArray(v?.enum).map(String);
    const value = v?.default !== undefined ? String(v.default) : values[0];
    if (value === undefined) {
      if (report)
        ctx.notes.add(
          'warning',
          'ServerVariableMissing',
          `The server URL uses {${name}} but gives it no value; set the host and base path on the General tab.`,
          pointer,
        );
      return whole;
    }
    if (report) {
      const others = values.filter((x) => x !== value);
      ctx.notes.add(
        'decision',
        'ServerVariableInlined',
        `The server variable {${name}} was set to its default, "${value}"${others.length > 0 ? `; other values it may take: ${others.join(', ')}` : ''}.`,
        at,
      );
    }
    return value;
  });
}
