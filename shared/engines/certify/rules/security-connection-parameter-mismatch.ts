import { asObject } from '../../../core/model';
import type { CertifyRule } from '../types';

export const securityConnectionParameterMismatch: CertifyRule = {
  id: 'SecurityConnectionParameterMismatch',
  microsoft: false,
  requirement: 'Security: securityDefinitions and apiProperties connectionParameters describe the same authentication (connectors.md 1.2)',
  category: 'security',
  // The platform authenticates from apiProperties; accepted connectors disagree with their
  // securityDefinitions now and then, so this is a warning.
  severity: 'warning',
  readsElsewhere: 'connector',
  description:
    'The first security definition and the connection parameters agree: oauth2 with an oauthSetting parameter, basic with username and password, apiKey with a key parameter.',
  check(ctx, report) {
    return {
      onApiProperties(props, present) {
        if (!present || props.connectionParameterSets !== undefined) return;
        const params = Object.entries(asObject(props.connectionParameters) ?? {}).map(([name, v]) => ({ name, type: asObject(v)?.type }));
        const defs = Object.entries(asObject(ctx.root.securityDefinitions) ?? {});
        const first = defs[0];
        const type = asObject(first?.[1])?.type;
        const has = (t: string) => params.some((p) => p.type === t);
        const at = { file: 'properties' as const, pointer: '/properties/connectionParameters', at: 'key' as const };
        if (!first) {
          if (has('oauthSetting'))
            report({
              ...at,
              message:
                'apiProperties has an OAuth connection parameter, but the definition has no securityDefinitions; add an oauth2 security definition.',
            });
          return;
        }
        if (type === 'oauth2' && !has('oauthSetting'))
          report({
            ...at,
            message: `Security definition "${first[0]}" is OAuth 2.0, but no connection parameter has type "oauthSetting".`,
          });
        if (type === 'basic' && !(params.some((p) => p.name === 'username') && params.some((p) => p.name === 'password')))
          report({
            ...at,
            message: `Security definition "${first[0]}" is basic authentication, but the connection parameters are not "username" and "password".`,
          });
        if (type === 'apiKey' && !params.some((p) => p.type === 'securestring' || p.type === 'string'))
          report({
            ...at,
            message: `Security definition "${first[0]}" is an API key, but no connection parameter takes the key (type "securestring").`,
          });
        if (type !== 'oauth2' && has('oauthSetting'))
          report({
            ...at,
            message: `apiProperties has an OAuth connection parameter, but the first security definition "${first[0]}" is ${String(type)}.`,
          });
      },
    };
  },
};
