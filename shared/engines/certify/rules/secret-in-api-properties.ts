import { asObject } from '../../../core/model';
import { isPlaceholder } from '../../export';
import { replaceValueFix } from '../fixes';
import type { CertifyRule } from '../types';

/** What public connectors write in place of a secret (see the export's secret scan). */
const DUMMY = '[[DUMMY]]';

export const secretInApiProperties: CertifyRule = {
  id: 'SecretInApiProperties',
  microsoft: false,
  requirement: 'NO-SECRETS',
  category: 'security',
  // The certification pipeline's credential scan fails the pull request; in a custom connector's
  // folder a secret is still one copy too many (paconn create takes it as --secret).
  severity: { custom: 'warning', certified: 'error', 'independent-publisher': 'error' },
  description: 'apiProperties.json holds no real OAuth client secret or secure default value, only placeholders such as "[[DUMMY]]".',
  check(_ctx, report) {
    const found = (pointer: string, what: string) =>
      report({
        file: 'properties',
        pointer,
        message: `${what} looks like a real secret; a connector's files hold a placeholder such as "${DUMMY}" (paconn create --secret supplies the secret).`,
        fix: (fc) => replaceValueFix(fc, DUMMY, `Replace with "${DUMMY}"`),
      });
    return {
      onConnectionParameter(param) {
        const secret = asObject(param.value.oAuthSettings)?.clientSecret;
        if (typeof secret === 'string' && !isPlaceholder(secret))
          found(`${param.pointer}/oAuthSettings/clientSecret`, `The client secret of "${param.name}"`);
        const d = param.value.defaultValue;
        if (param.value.type === 'securestring' && typeof d === 'string' && !isPlaceholder(d))
          found(`${param.pointer}/defaultValue`, `The default value of the secure parameter "${param.name}"`);
      },
    };
  },
};
