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
        // One for-in over each object: no arrays of entries, of parameter objects or callbacks per
        // connector, where a few flags tell everything the checks below ask.
        let oauth = false;
        let key = false;
        let username = false;
        let password = false;
        const params = asObject(props.connectionParameters);
        for (const name in params) {
          const t = asObject(params[name])?.type;
          if (t === 'oauthSetting') oauth = true;
          else if (t === 'securestring' || t === 'string') key = true;
          if (name === 'username') username = true;
          else if (name === 'password') password = true;
        }
        const defs = asObject(ctx.root.securityDefinitions);
        let first: string | undefined;
        for (const name in defs) {
          first = name;
          break;
        }
        const type = first === undefined ? undefined : asObject(defs![first])?.type;
        const at = { file: 'properties' as const, pointer: '/properties/connectionParameters', at: 'key' as const };
        if (first === undefined) {
          if (oauth)
            report({
              ...at,
              message:
                'apiProperties has an OAuth connection parameter, but the definition has no securityDefinitions; add an oauth2 security definition.',
            });
          return;
        }
        if (type === 'oauth2' && !oauth)
          report({
            ...at,
            message: `Security definition "${first}" is OAuth 2.0, but no connection parameter has type "oauthSetting".`,
          });
        if (type === 'basic' && !(username && password))
          report({
            ...at,
            message: `Security definition "${first}" is basic authentication, but the connection parameters are not "username" and "password".`,
          });
        if (type === 'apiKey' && !key)
          report({
            ...at,
            message: `Security definition "${first}" is an API key, but no connection parameter takes the key (type "securestring").`,
          });
        if (type !== 'oauth2' && oauth)
          report({
            ...at,
            message: `apiProperties has an OAuth connection parameter, but the first security definition "${first}" is ${String(type)}.`,
          });
      },
    };
  },
};
