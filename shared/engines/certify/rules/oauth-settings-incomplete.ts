import { asObject, type JsonObject } from '../../../core/model';
import type { CertifyRule } from '../types';

const filled = (v: unknown) => typeof v === 'string' && v.trim() !== '';

/** `customParameters.<name>.value` (or the bare string some exports write). */
function custom(settings: JsonObject, name: string): unknown {
  const p = asObject(settings.customParameters)?.[name];
  return asObject(p)?.value ?? p;
}

/** The URLs the portal needs for each identity provider that takes them from the connector. */
const URLS: Record<string, [string, string][]> = {
  oauth2: [
    ['authorizationUrl', 'authorization URL'],
    ['tokenUrl', 'token URL'],
  ],
  oauth2generic: [
    ['authorizationUrlTemplate', 'authorization URL template'],
    ['tokenUrlTemplate', 'token URL template'],
  ],
};

export const oAuthSettingsIncomplete: CertifyRule = {
  id: 'OAuthSettingsIncomplete',
  microsoft: false,
  requirement: 'The maker portal refuses to save an OAuth 2.0 connection without a client id, authorization URL and token URL',
  category: 'security',
  // Connectors submitted for certification leave the client id out on purpose (the PR template
  // asks for no client ids; Microsoft sets them on deployment), so only a connector to be saved
  // as it is (custom) must carry them.
  severity: { custom: 'error', certified: 'off', 'independent-publisher': 'off' },
  description: 'An OAuth 2.0 connection parameter has a client id and, for generic OAuth 2.0, its authorization and token URLs.',
  check(_ctx, report) {
    return {
      onConnectionParameter(param) {
        if (param.value.type !== 'oauthSetting') return;
        const settings = asObject(param.value.oAuthSettings);
        if (!settings) return;
        const idp = typeof settings.identityProvider === 'string' ? settings.identityProvider : '';
        const missing: { key: string; what: string; present: boolean }[] = [];
        if (!filled(settings.clientId)) missing.push({ key: 'clientId', what: 'client id', present: settings.clientId !== undefined });
        for (const [key, what] of URLS[idp] ?? []) {
          if (!filled(custom(settings, key))) missing.push({ key, what, present: false });
        }
        if (!missing.length) return;
        const base = `${param.pointer}/oAuthSettings`;
        const one = missing.length === 1 && missing[0]!.present ? missing[0]! : undefined;
        report({
          file: 'properties',
          pointer: one ? `${base}/${one.key}` : base,
          ...(one ? {} : { at: 'key' as const }),
          message: `OAuth connection "${param.name}" has no ${missing
            .map((m) => m.what)
            .join(', ')
            .replace(
              /, ([^,]*)$/,
              ' and $1',
            )}: the maker portal refuses to save it; fill ${missing.length > 1 ? 'them' : 'it'} in from the app registered with the service.`,
        });
      },
    };
  },
};
