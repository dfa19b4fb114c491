// What existing connections hold: the authentication kind, the connection parameters of
// apiProperties.json (by parameter set and name), OAuth settings; and where every call goes (host,
// base path).
import type { ConnectionParameterView, ConnectorModel, SecurityDefinitionView } from '../../core/model';
import { appendPointer } from '../../core/text';
import { q, sameJson, valueList } from './describe';
import type { RawFinding } from './raw-finding';
import { DIFF_RULES } from './rules';

const AUTH_NAMES: Record<string, string> = {
  none: 'no authentication',
  basic: 'basic authentication',
  apiKey: 'an API key',
  oauth2: 'OAuth 2.0',
  multiple: 'several authentication types (connectionParameterSets)',
};

const paramKey = (p: ConnectionParameterView) => `${p.set ?? ''}\u0000${p.name}`;
const paramName = (p: ConnectionParameterView) => (p.set !== undefined ? `${q(p.name)} of parameter set ${q(p.set)}` : q(p.name));

export function diffConnection(o: ConnectorModel, n: ConnectorModel, out: RawFinding[]): void {
  const authChanged = o.auth !== n.auth;
  if (authChanged) {
    const where = authPlace(n);
    const back = where ?? authPlace(o);
    out.push({
      rule: DIFF_RULES.AuthenticationTypeChanged,
      source: where ? 'new' : 'old',
      file: back?.file ?? 'definition',
      pointer: back?.pointer ?? '',
      valuePath: back?.pointer || '/',
      message: `The connection changed from ${AUTH_NAMES[o.auth] ?? o.auth} to ${AUTH_NAMES[n.auth] ?? n.auth}: existing connections stop working and must be created again.`,
    });
  }
  diffSecurityDefinitions(o.securityDefinitions, n.securityDefinitions, authChanged, out);
  diffConnectionParameters(o.connectionParameters, n.connectionParameters, out);
  for (const [key, rule, what] of [
    ['host', DIFF_RULES.HostChanged, 'host'],
    ['basePath', DIFF_RULES.BasePathChanged, 'base path'],
  ] as const) {
    const before = o[key];
    const after = n[key];
    if (before === after || before === undefined) continue;
    const inNew = after !== undefined;
    out.push({
      rule,
      source: inNew ? 'new' : 'old',
      file: 'definition',
      pointer: `/${key}`,
      valuePath: `/${key}`,
      message: inNew
        ? `The ${what} changed from ${q(before)} to ${q(after)}: every existing flow now calls other URLs.`
        : `The ${what} ${q(before)} was removed: every existing flow now calls other URLs.`,
    });
  }
}

/** Where the authentication is declared: the first security definition, else the connection parameters. */
function authPlace(m: ConnectorModel): { file: 'definition' | 'properties'; pointer: string } | undefined {
  if (m.auth === 'multiple') return { file: 'properties', pointer: '/properties/connectionParameterSets' };
  const first = m.securityDefinitions[0];
  if (first) return { file: 'definition', pointer: first.pointer };
  const param = m.connectionParameters[0];
  return param ? { file: 'properties', pointer: param.pointer } : undefined;
}

function diffSecurityDefinitions(
  olds: SecurityDefinitionView[],
  news: SecurityDefinitionView[],
  authChanged: boolean,
  out: RawFinding[],
): void {
  for (const o of olds) {
    const n = news.find((d) => d.name === o.name);
    if (!n) continue;
    // A type change of the definition the connection uses is the authentication change above.
    if (o.type !== n.type) {
      if (!authChanged) {
        out.push({
          rule: DIFF_RULES.AuthenticationTypeChanged,
          source: 'new',
          file: 'definition',
          pointer: appendPointer(n.pointer, 'type'),
          valuePath: appendPointer(n.pointer, 'type'),
          message: `Security definition ${q(n.name)} changed type from ${q(o.type)} to ${q(n.type)}: existing connections stop working.`,
        });
      }
      continue;
    }
    if (o.type !== 'oauth2') continue;
    for (const field of ['flow', 'authorizationUrl', 'tokenUrl'] as const) {
      if (o[field] === n[field]) continue;
      out.push({
        rule: DIFF_RULES.OAuthSettingsChanged,
        source: 'new',
        file: 'definition',
        pointer: n[field] !== undefined ? appendPointer(n.pointer, field) : n.pointer,
        valuePath: appendPointer(n.pointer, field),
        message: `Security definition ${q(n.name)} changed its ${field} from ${o[field] !== undefined ? q(o[field]!) : '(none)'} to ${n[field] !== undefined ? q(n[field]!) : '(none)'}: existing connections may need to sign in again.`,
      });
    }
    const added = n.scopes.filter((s) => !o.scopes.includes(s));
    if (added.length) {
      out.push({
        rule: DIFF_RULES.OAuthSettingsChanged,
        source: 'new',
        file: 'definition',
        pointer: appendPointer(n.pointer, 'scopes'),
        valuePath: appendPointer(n.pointer, 'scopes'),
        message: `Security definition ${q(n.name)} asks for new scopes ${valueList(added)}: existing connections were not granted them.`,
      });
    }
  }
}

function diffConnectionParameters(olds: ConnectionParameterView[], news: ConnectionParameterView[], out: RawFinding[]): void {
  const newByKey = new Map(news.map((p) => [paramKey(p), p]));
  const oldKeys = new Set(olds.map(paramKey));
  for (const o of olds) {
    const n = newByKey.get(paramKey(o));
    if (!n) {
      out.push({
        rule: DIFF_RULES.ConnectionParameterRemoved,
        source: 'old',
        file: 'properties',
        pointer: o.pointer,
        at: 'key',
        valuePath: o.pointer,
        message: `Connection parameter ${paramName(o)} was removed: what existing connections stored for it is no longer used.`,
      });
      continue;
    }
    if (o.type !== n.type) {
      out.push({
        rule: DIFF_RULES.ConnectionParameterTypeChanged,
        source: 'new',
        file: 'properties',
        pointer: appendPointer(n.pointer, 'type'),
        valuePath: appendPointer(n.pointer, 'type'),
        message: `Connection parameter ${paramName(n)} changed type from ${q(o.type)} to ${q(n.type)}: existing connections hold a value of the old kind.`,
      });
      continue;
    }
    if (!o.required && n.required && !n.hidden) {
      const pointer = appendPointer(n.pointer, 'uiDefinition', 'constraints', 'required');
      out.push({
        rule: DIFF_RULES.ConnectionParameterMadeRequired,
        source: 'new',
        file: 'properties',
        pointer,
        valuePath: pointer,
        message: `Connection parameter ${paramName(n)} is now required: existing connections may not have it.`,
      });
    }
    if ((o.identityProvider ?? '') !== (n.identityProvider ?? '')) {
      const pointer = appendPointer(n.pointer, 'oAuthSettings', 'identityProvider');
      out.push({
        rule: DIFF_RULES.AuthenticationTypeChanged,
        source: 'new',
        file: 'properties',
        pointer,
        valuePath: pointer,
        message: `Connection parameter ${paramName(n)} changed identity provider from ${q(o.identityProvider ?? '(none)')} to ${q(n.identityProvider ?? '(none)')}: existing connections stop working.`,
      });
    }
    if ((o.redirectMode ?? '') !== (n.redirectMode ?? '')) {
      const pointer = appendPointer(n.pointer, 'oAuthSettings', 'redirectMode');
      out.push({
        rule: DIFF_RULES.OAuthSettingsChanged,
        source: 'new',
        file: 'properties',
        pointer,
        valuePath: pointer,
        message: `Connection parameter ${paramName(n)} changed redirect mode from ${q(o.redirectMode ?? '(none)')} to ${q(n.redirectMode ?? '(none)')}: the OAuth app's redirect URI must change too, or sign-in fails.`,
      });
    }
    if (o.scopes && n.scopes && !sameJson([...o.scopes].sort(), [...n.scopes].sort())) {
      const added = n.scopes.filter((s) => !o.scopes!.includes(s));
      if (added.length) {
        const pointer = appendPointer(n.pointer, 'oAuthSettings', 'scopes');
        out.push({
          rule: DIFF_RULES.OAuthSettingsChanged,
          source: 'new',
          file: 'properties',
          pointer,
          valuePath: pointer,
          message: `Connection parameter ${paramName(n)} asks for new scopes ${valueList(added)}: existing connections were not granted them.`,
        });
      }
    }
  }
  for (const n of news) {
    if (oldKeys.has(paramKey(n))) continue;
    const required = n.required && !n.hidden;
    out.push({
      rule: DIFF_RULES.ConnectionParameterAdded,
      ...(required ? {} : { severity: 'info' as const }),
      source: 'new',
      file: 'properties',
      pointer: n.pointer,
      at: 'key',
      valuePath: n.pointer,
      message: required
        ? `New required connection parameter ${paramName(n)}: existing connections do not have it.`
        : `New optional connection parameter ${paramName(n)}.`,
    });
  }
}
