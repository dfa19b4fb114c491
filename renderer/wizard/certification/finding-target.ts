// Where in the form a finding's JSON pointer is edited: the tab, the operation (for anything under
// an operation), the request parameter and the field, using the labels the form shows. Undefined
// when no form field edits it yet: the finding is then shown in the text editor only.
import type { EditableFile } from '../../workers/editable-files';

export type FormTab = 'general' | 'security' | 'definition' | 'code';

export interface FindingTarget {
  tab: FormTab;
  /** The operation's pointer (`/paths/~1items/get`), for the Definition tab. */
  operation?: string;
  /** The request parameter, response or schema property whose form holds the field (it opens). */
  item?: string;
  /** The label of the field to focus. */
  field?: string;
  /** The legend of the section holding the field, where its label alone is ambiguous. */
  within?: string;
  /** Where, in words: "Definition › ListItems › Summary". */
  label: string;
}

export interface TargetContext {
  /** The operation's name (operationId, or method and path) when the form lists it. */
  operationName(pointer: string): string | undefined;
  /** The propertyName of `x-ms-connector-metadata` item `index`. */
  metadataName(index: number): string | undefined;
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch']);

const OPERATION_FIELDS: Record<string, string> = {
  summary: 'Summary',
  description: 'Description',
  operationId: 'Operation ID',
  'x-ms-visibility': 'Visibility',
};

/** parameters/N/<key>: the parameter form's label for it (parameter-form.tsx). */
const PARAMETER_FIELDS: Record<string, string> = {
  name: 'Name',
  'x-ms-summary': 'Summary',
  description: 'Description',
  in: 'In',
  type: 'Type',
  items: 'Item type',
  format: 'Format',
  default: 'Default value',
  required: 'Is required',
  'x-ms-visibility': 'Visibility',
  'x-ms-dynamic-values': 'Dropdown type',
};

/** connectionParameters/<name>/oAuthSettings/<key> (oauth-section.tsx). */
const OAUTH_FIELDS: Record<string, string> = {
  identityProvider: 'Identity Provider',
  clientId: 'Client ID',
  scopes: 'Scope',
  redirectMode: 'Redirect mode',
  redirectUrl: 'Redirect URL',
};

/** securityDefinitions/<name>/<key>, edited in the Security tab (security-tab.tsx, oauth-section.tsx). */
const SECURITY_DEFINITION_FIELDS: Record<string, string> = {
  authorizationUrl: 'Authorization URL',
  tokenUrl: 'Token URL',
  scopes: 'Scope',
  name: 'Parameter name',
  in: 'Parameter location',
};

const GENERAL_FIELDS: Record<string, string> = {
  '/info/title': 'Connector name',
  '/info/description': 'Description',
  '/info/contact/name': 'Contact name',
  '/info/contact/url': 'Contact URL',
  '/info/contact/email': 'Contact email',
  '/info/contact': 'Contact name',
  '/host': 'Host',
  '/basePath': 'Base URL',
  '/schemes': 'Scheme',
};

const METADATA_FIELDS: Record<string, string> = { Website: 'Website', 'Privacy policy': 'Privacy policy', Categories: 'Categories' };

function general(field: string | undefined): FindingTarget {
  return { tab: 'general', ...(field ? { field } : {}), label: field ? `General › ${field}` : 'General' };
}

/** A schema property's key: the property form's label for it (schema-tree-view.tsx). */
const PROPERTY_FIELDS: Record<string, string> = {
  'x-ms-summary': 'Title',
  description: 'Description',
  type: 'Type',
  format: 'Format',
  'x-ms-visibility': 'Visibility',
};

/** Under a response: its description, or a property of its schema (the deepest `properties/<name>`). */
function responseTarget(segments: readonly string[], operation: string, name: string): FindingTarget {
  const status = segments[5]!;
  const response = segments.slice(0, 6).join('/');
  const where = `Definition › ${name} › Response ${status}`;
  if (segments[6] !== 'schema')
    return { tab: 'definition', operation, item: response, field: 'Description', label: `${where} › Description` };
  let end = 7;
  for (let i = 7; i + 1 < segments.length; i++) if (segments[i] === 'properties') end = i + 2;
  const key = segments[end];
  const field = (key !== undefined && PROPERTY_FIELDS[key]) || 'Title';
  const property = end === 7 ? '(schema)' : segments[end - 1]!.replace(/~1/g, '/').replace(/~0/g, '~');
  return { tab: 'definition', operation, item: segments.slice(0, end).join('/'), field, label: `${where} › ${property} › ${field}` };
}

function security(field: string, within?: string): FindingTarget {
  return { tab: 'security', field, ...(within ? { within } : {}), label: `Security › ${within ? `${within} › ` : ''}${field}` };
}

/** A connection parameter of apiProperties.json: its OAuth settings, or the label of basic's or an API key's parameter. */
function connectionParameterTarget(segments: readonly string[]): FindingTarget {
  const [, , , name, part, key] = segments;
  if (part === 'oAuthSettings') return security((key !== undefined && OAUTH_FIELDS[key]) || 'Identity Provider');
  if (part === 'uiDefinition') {
    if (name === 'username') return security('Parameter label', 'User name');
    if (name === 'password') return security('Parameter label', 'Password');
    return security('Parameter label', 'API Key');
  }
  return security('Authentication type');
}

export function targetOf(file: EditableFile, pointer: string, ctx: TargetContext): FindingTarget | undefined {
  const segments = pointer.split('/');
  if (file === 'properties') {
    if (pointer === '/properties/iconBrandColor') return general('Icon background color');
    if (pointer === '/properties/scriptOperations' || pointer.startsWith('/properties/scriptOperations/')) {
      return { tab: 'code', field: 'Operations', label: 'Code › Operations' };
    }
    if (segments[2] === 'connectionParameters') return connectionParameterTarget(segments);
    return undefined;
  }
  if (segments[1] === 'paths' && segments.length >= 4 && METHODS.has(segments[3]!)) {
    const operation = segments.slice(0, 4).join('/');
    const name = ctx.operationName(operation);
    if (name === undefined) return undefined;
    if (segments[4] === 'parameters' && segments[5] !== undefined && /^\d+$/.test(segments[5])) {
      const field = (segments[6] !== undefined && PARAMETER_FIELDS[segments[6]]) || 'Name';
      const item = segments.slice(0, 6).join('/');
      return { tab: 'definition', operation, item, field, label: `Definition › ${name} › Parameter ${Number(segments[5]) + 1} › ${field}` };
    }
    if (segments[4] === 'responses' && segments[5] !== undefined) return responseTarget(segments, operation, name);
    const field = segments.length === 5 ? OPERATION_FIELDS[segments[4]!] : undefined;
    return { tab: 'definition', operation, ...(field ? { field } : {}), label: `Definition › ${name}${field ? ` › ${field}` : ''}` };
  }
  const exact = GENERAL_FIELDS[pointer] ?? (pointer.startsWith('/schemes/') ? 'Scheme' : undefined);
  if (exact) return general(exact);
  if (pointer === '/info') return general(undefined);
  if (segments[1] === 'securityDefinitions') {
    return security((segments[3] !== undefined && SECURITY_DEFINITION_FIELDS[segments[3]]) || 'Authentication type');
  }
  if (segments[1] === 'x-ms-connector-metadata') {
    const index = segments[2] !== undefined && /^\d+$/.test(segments[2]) ? Number(segments[2]) : undefined;
    const name = index !== undefined ? ctx.metadataName(index) : undefined;
    return general(name !== undefined ? METADATA_FIELDS[name] : undefined);
  }
  return undefined;
}
