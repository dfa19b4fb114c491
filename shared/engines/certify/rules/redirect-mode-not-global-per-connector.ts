import { asObject } from '../../../core/model';
import { replaceValueFix, setValueFix } from '../fixes';
import { forCertification } from '../profiles';
import type { CertifyRule } from '../types';

export const redirectModeNotGlobalPerConnector: CertifyRule = {
  id: 'RedirectModeNotGlobalPerConnector',
  microsoft: false,
  requirement: 'OAUTH-REDIRECT',
  category: 'security',
  // Asked of new OAuth submissions since 2023-10; most accepted OAuth connectors predate it.
  severity: forCertification('warning'),
  description: 'OAuth connection parameters use redirectMode "GlobalPerConnector" (a redirect URL unique to the connector).',
  check(_ctx, report) {
    return {
      onConnectionParameter(p) {
        if (p.value.type !== 'oauthSetting') return;
        const settings = asObject(p.value.oAuthSettings);
        if (!settings) return;
        const mode = settings.redirectMode;
        if (mode === 'GlobalPerConnector') return;
        const at = `${p.pointer}/oAuthSettings/redirectMode`;
        report({
          file: 'properties',
          pointer: mode === undefined ? `${p.pointer}/oAuthSettings` : at,
          at: mode === undefined ? 'key' : 'value',
          message: `OAuth parameter "${p.name}" uses redirectMode ${mode === undefined ? 'Global (the default)' : JSON.stringify(mode)}; certification asks for "GlobalPerConnector". Register the new per-connector redirect URL with the identity provider after the first save.`,
          fix: (fc) =>
            mode === undefined
              ? setValueFix(fc, at, 'GlobalPerConnector', 'Set redirectMode to "GlobalPerConnector"')
              : typeof mode === 'string'
                ? replaceValueFix(fc, 'GlobalPerConnector')
                : undefined,
        });
      },
    };
  },
};
