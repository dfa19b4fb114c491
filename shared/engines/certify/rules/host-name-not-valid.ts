import { replaceValueFix } from '../fixes';
import { urlHost } from '../url-checks';
import type { CertifyRule } from '../types';

export const hostNameNotValid: CertifyRule = {
  id: 'HostNameNotValid',
  microsoft: true,
  category: 'structure',
  severity: 'error',
  description: '"host" is a host name with an optional port: no scheme, path, spaces or braces.',
  check(ctx, report) {
    return {
      onSchemaError(e) {
        if (e.file !== 'definition' || e.instancePath !== '/host' || e.keyword !== 'pattern') return false;
        const host = ctx.root.host;
        let meant: string | undefined;
        if (typeof host === 'string' && /^[a-z]+:\/\//i.test(host)) {
          meant = urlHost(host);
        } else if (typeof host === 'string' && /^[^{}/ :\\]+(?::\d+)?\/+$/.test(host)) {
          meant = host.replace(/\/+$/, '');
        }
        report({
          pointer: '/host',
          message: `host "${String(host)}" must be a host name with an optional port (e.g. api.contoso.com): no scheme, path, spaces or braces. Put the path in basePath.`,
          ...(meant ? { fix: (fc) => replaceValueFix(fc, meant!) } : {}),
        });
        return true;
      },
    };
  },
};
