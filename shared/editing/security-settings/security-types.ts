// The Security tab's view of a connector: how connections authenticate, read from the definition's
// first security definition (the one the platform uses) and from the connection parameters in
// apiProperties.json. Every field is optional: undefined means the file does not hold it (or holds
// something other than a string), so writing the settings back never adds or changes what was not
// there.

export type AuthType = 'none' | 'basic' | 'apiKey' | 'oauth2';

/** The values the tab edits, each living at one place in one of the two files. */
export interface SecurityFields {
  // Basic: the labels (uiDefinition.displayName) of the `username` and `password` parameters.
  usernameLabel?: string;
  passwordLabel?: string;
  // API Key: the label of the key's connection parameter; the definition's `name` and `in`.
  apiKeyLabel?: string;
  apiKeyName?: string;
  apiKeyIn?: string;
  // OAuth 2.0 in the definition: the oauth2 security definition's URLs and scope names.
  authorizationUrl?: string;
  tokenUrl?: string;
  scopes?: string[];
  // OAuth 2.0 in apiProperties.json: the oauthSetting parameter's oAuthSettings.
  clientId?: string;
  oauthScopes?: string[];
  redirectMode?: string;
  /** customParameters as `key -> value` (keys spelt as in the file); only the string values. */
  customParameters?: Record<string, string>;
  /** False removes a `clientSecret` key from the file (secrets belong in the keychain). */
  fileClientSecret?: boolean;
}

export interface SecuritySettings extends SecurityFields {
  type: AuthType;
  /** The identity provider of the oauthSetting parameter (`oauth2`, `aad`, `oauth2generic`, `github`...). */
  identityProvider?: string;
  /** Name of the security definition the tab edits (the first one), when there is one. */
  definitionName?: string;
  /** How many security definitions there are (the platform uses only the first). */
  definitionCount: number;
  /** Name of the connection parameter holding the API key, when there is one. */
  apiKeyParameter?: string;
  /** Name of the oauthSetting connection parameter, when there is one. */
  oauthParameter?: string;
  /** oAuthSettings.redirectUrl (written by the platform after a save; shown, never edited). */
  redirectUrl?: string;
  /** True when apiProperties.json holds a non-empty client secret in plain text. */
  plainClientSecret: boolean;
  /** Multi-auth connectors (connectionParameterSets) are edited in the text only. */
  parameterSets: boolean;
}

/** What a choice made in the tab asks of the files. */
export interface SecurityChange {
  /**
   * A new authentication type, or a new identity provider: the auth entries of `from` are replaced
   * by fresh ones built from `to` (the portal's shapes).
   */
  switch?: { from: { type: AuthType; identityProvider?: string }; to: SecuritySettings };
  /** Values written where they already live; nothing is created where the file has no such entry. */
  fields?: SecurityFields;
}

export type SecurityPart = 'definition' | 'properties';

/** One change of a JSON value by pointer. */
export type PointerOp = { kind: 'set'; pointer: string; value: unknown } | { kind: 'remove'; pointer: string };
