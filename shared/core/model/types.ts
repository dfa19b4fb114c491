// Typed read-only views over a parsed connector. Every view carries the JSON pointer of the value it
// describes, so a form can map a field back to the text (and an edit back to one minimal change).

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch';
export const HTTP_METHODS: readonly HttpMethod[] = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];

export type Visibility = 'none' | 'advanced' | 'internal' | 'important';

/** What the platform makes of an operation: an action, or a trigger of one of two kinds. */
export type OperationKind = 'action' | 'webhook-trigger' | 'polling-trigger';

export interface SchemaView {
  pointer: string;
  /** `#/definitions/X` when the schema is a reference. */
  ref?: string;
  /** Pointer of the referenced definition inside the same document, when it resolves. */
  resolvedPointer?: string;
  type?: string;
  value: unknown;
}

export interface ParameterView {
  /** Pointer of the parameter as written (an item of a `parameters` array). */
  pointer: string;
  /** For `$ref` parameters: the reference and where it resolves to. */
  ref?: string;
  resolvedPointer?: string;
  /** False when a `$ref` points nowhere; the other fields are then empty. */
  resolved: boolean;
  name: string;
  in: 'path' | 'query' | 'header' | 'body' | 'formData' | string;
  required: boolean;
  type?: string;
  format?: string;
  description?: string;
  summary?: string;
  visibility: Visibility;
  default?: unknown;
  enum?: unknown[];
  schema?: SchemaView;
  /** Declared on the path item rather than the operation. */
  fromPathItem: boolean;
  dynamicValues?: unknown;
  dynamicList?: unknown;
}

export interface ResponseView {
  pointer: string;
  status: string;
  description?: string;
  ref?: string;
  resolvedPointer?: string;
  schema?: SchemaView;
}

export interface OperationView {
  pointer: string;
  path: string;
  method: HttpMethod;
  operationId?: string;
  summary?: string;
  description?: string;
  visibility: Visibility;
  kind: OperationKind;
  /** `single` or `batch` for triggers. */
  trigger?: string;
  deprecated: boolean;
  tags: string[];
  parameters: ParameterView[];
  responses: ResponseView[];
  /** Webhook payload schema from the path item's `x-ms-notification-content`. */
  notificationContent?: SchemaView;
  /** Names of policy templates applied to this operation. */
  policies: string[];
  /** True when `script.csx` runs for this operation. */
  usesScript: boolean;
}

export interface SecurityDefinitionView {
  pointer: string;
  name: string;
  type: 'basic' | 'apiKey' | 'oauth2' | string;
  in?: string;
  paramName?: string;
  flow?: string;
  authorizationUrl?: string;
  tokenUrl?: string;
  scopes: string[];
}

export interface ConnectionParameterView {
  pointer: string;
  name: string;
  type: string;
  displayName?: string;
  description?: string;
  required: boolean;
  hidden: boolean;
  /** For `oauthSetting` parameters. */
  identityProvider?: string;
  redirectMode?: string;
  scopes?: string[];
  /** Set in a multi-auth `connectionParameterSets` entry. */
  set?: string;
}

export interface PolicyInstanceView {
  pointer: string;
  templateId: string;
  title?: string;
  /** Operation ids it applies to; empty means every operation. */
  operations: string[];
  section?: string;
  parameters: Record<string, unknown>;
}

export type AuthKind = 'none' | 'basic' | 'apiKey' | 'oauth2' | 'multiple';

export interface ConnectorModel {
  swaggerVersion?: string;
  title?: string;
  description?: string;
  version?: string;
  host?: string;
  basePath?: string;
  schemes: string[];
  operations: OperationView[];
  securityDefinitions: SecurityDefinitionView[];
  connectionParameters: ConnectionParameterView[];
  policies: PolicyInstanceView[];
  /** `undefined`: no script configuration; `[]`: the script runs for every operation. */
  scriptOperations?: string[];
  auth: AuthKind;
  publisher?: string;
  stackOwner?: string;
  iconBrandColor?: string;
  capabilities: string[];
}

export interface OperationCounts {
  total: number;
  actions: number;
  webhookTriggers: number;
  pollingTriggers: number;
  deprecated: number;
  internal: number;
}
