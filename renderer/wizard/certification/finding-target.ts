// Where in the form a finding's JSON pointer is edited: the tab, the operation (for anything under
// an operation), the request parameter and the field, using the labels the form shows; places
// several operations share are in shared-place-target.ts. Undefined when no form field edits it:
// the finding is then shown in the text editor only.
import { fileKeyForName } from '../../../shared/core/connector';
import type { EditableFile } from '../../workers/editable-files';
import { parameterPlace } from './parameter-place';
import { responsePlace } from './response-place';
import { sharedPlaceTarget } from './shared-place-target';
import { definitionTarget, type FindingTarget, type TargetContext } from './target-types';

export type { FindingTarget, FormTab, PlaceUser, TargetContext } from './target-types';

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch']);

const OPERATION_FIELDS: Record<string, string> = {
  summary: 'Summary',
  description: 'Description',
  operationId: 'Operation ID',
  'x-ms-visibility': 'Visibility',
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

function responseTarget(segments: readonly string[], operation: string, name: string, ctx: TargetContext): FindingTarget | undefined {
  const place = responsePlace(segments, 6, segments[5]!, ctx);
  if (!place) return undefined;
  return definitionTarget(place, `Definition › ${name} › Response ${segments[5]}${place.words}`, operation);
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

/**
 * A finding about a file the editor does not show: script.csx is edited in the Code tab, icon.png
 * chosen in the General tab's Icon section; README.md is not edited in the studio (undefined).
 */
export function otherFileTarget(fileName: string): FindingTarget | undefined {
  const key = fileKeyForName(fileName);
  if (key === 'script') return { tab: 'code', label: 'Code › script.csx' };
  if (key === 'icon') return { tab: 'general', field: 'Upload connector icon', label: 'General › Icon' };
  return undefined;
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
      const place = parameterPlace(segments, 6, ctx);
      if (!place) return undefined;
      return definitionTarget(place, `Definition › ${name} › Parameter ${Number(segments[5]) + 1}${place.within}${place.words}`, operation);
    }
    if (segments[4] === 'responses' && segments[5] !== undefined) return responseTarget(segments, operation, name, ctx);
    const field = segments.length === 5 ? OPERATION_FIELDS[segments[4]!] : undefined;
    return { tab: 'definition', operation, ...(field ? { field } : {}), label: `Definition › ${name}${field ? ` › ${field}` : ''}` };
  }
  const shared = sharedPlaceTarget(segments, ctx);
  if (shared) return shared;
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
