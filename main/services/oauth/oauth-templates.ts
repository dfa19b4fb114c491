// The templates of `oauth2generic` connectors (customParameters authorizationUrlTemplate,
// tokenBodyTemplate, ...): placeholders such as {ClientId}, {RedirectUrl} or {CustomHost} filled
// from the sign-in's own values and the connection's values (`token:customHost`), without regard
// to case, as the platform does. A form template is split into pairs before filling, so a value
// can never add a parameter of its own.
import { StudioError } from '../../../shared/contracts/ipc';

/** Values a template may name besides connection values. */
export type TemplateValues = Partial<
  Record<'clientid' | 'clientsecret' | 'redirecturl' | 'scopes' | 'state' | 'code' | 'refreshtoken', string>
>;

export type TemplateLookup = (name: string) => string | undefined;

const PLACEHOLDER = /\{([A-Za-z0-9_.:-]{1,100})\}/g;

/** Looks a placeholder up in the standard values, then in `<param>:<name>` or `<name>` connection values. */
export function templateLookup(standard: TemplateValues, values: Record<string, string>, parameterName: string): TemplateLookup {
  const byLower = new Map<string, string>();
  for (const [k, v] of Object.entries(values)) byLower.set(k.toLowerCase(), v);
  return (name) => {
    const lower = name.toLowerCase();
    return standard[lower as keyof TemplateValues] ?? byLower.get(`${parameterName.toLowerCase()}:${lower}`) ?? byLower.get(lower);
  };
}

export function fillTemplate(template: string, lookup: TemplateLookup, what: string): string {
  return template.replace(PLACEHOLDER, (_m, name: string) => {
    const v = lookup(name);
    if (v === undefined)
      throw new StudioError('oauth-settings', `The ${what} names {${name}}, which neither the sign-in nor the connection's values give.`);
    return v;
  });
}

const decode = (s: string): string => {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
};

/** "?a=1&b={X}" into parameters, each value filled after splitting. */
export function fillFormTemplate(template: string, lookup: TemplateLookup, what: string): URLSearchParams {
  const out = new URLSearchParams();
  for (const pair of template.trim().replace(/^\?/, '').split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const key = decode(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? '' : decode(pair.slice(eq + 1));
    out.append(key, fillTemplate(value, lookup, what));
  }
  return out;
}
