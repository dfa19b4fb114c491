// OpenAPI 3.0 / 3.1 in, Swagger 2.0 connector out, with a report of every decision and loss
// pointing into the OpenAPI document.
import { asArray, asObject, type JsonObject } from '../../../core/model';
import { versionText } from '../api-description-text';
import { ImportError, type ImportResult } from '../import-result';
import { finishConnector, ImportNotes } from '../openapi2';
import { reportWebhooks } from './callbacks';
import { ComponentNames } from './component-names';
import { convertComponents } from './components';
import { type ConvertContext, copyExtensions } from './convert-context';
import { checkReferences, pruneUndescribedRequired } from './output-checks';
import { convertPaths, externalDocs } from './paths';
import { convertSecurity } from './security';
import { convertServers } from './servers';

export interface OpenApi3ImportOptions {
  /** Keep vendor extensions other than Microsoft's (x-...); by default they are dropped and reported. */
  keepVendorExtensions?: boolean;
}

export function importOpenApi3(value: unknown, options: OpenApi3ImportOptions = {}): ImportResult {
  const root = asObject(value);
  const version = root ? versionText(root.openapi) : '';
  if (!root || !/^3\.[01](\.\d+)?([-+].*)?$/.test(version)) {
    throw new ImportError(
      'NotOpenApi3',
      root && 'swagger' in root
        ? `This is Swagger ${versionText(root.swagger)}, not OpenAPI 3.`
        : root && 'openapi' in root
          ? `OpenAPI ${version} is not supported; only OpenAPI 3.0 and 3.1 are.`
          : 'This is not an OpenAPI 3 document (it has no "openapi": "3.x" field).',
    );
  }
  const notes = new ImportNotes();
  const ctx: ConvertContext = {
    root,
    is31: version.startsWith('3.1'),
    notes,
    origin: new WeakMap(),
    names: new ComponentNames(root, notes),
    keepExtensions: options.keepVendorExtensions === true,
    inlining: new Set(),
  };

  const base = convertServers(root, ctx);
  const security = convertSecurity(root, ctx);
  const components = convertComponents(root, ctx);
  const paths = convertPaths(root, base, security.securityDefinitions, ctx);
  reportWebhooks(root, ctx);
  if (Object.keys(paths).length === 0) {
    const webhooks = Object.keys(asObject(root.webhooks) ?? {}).length;
    throw new ImportError(
      'NoOperations',
      webhooks > 0
        ? `This description has no operations, only ${webhooks} webhook${webhooks === 1 ? '' : 's'} (events the API sends); a connector needs operations to call.`
        : 'This description has no operations, so there is nothing a connector could call.',
    );
  }

  const definition: JsonObject = { swagger: '2.0', info: convertInfo(root, ctx) };
  if (base.host !== undefined) definition.host = base.host;
  definition.basePath = base.basePath;
  if (base.scheme !== undefined) definition.schemes = [base.scheme];
  definition.paths = paths;
  if (Object.keys(components.definitions).length > 0) definition.definitions = components.definitions;
  if (Object.keys(components.parameters).length > 0) definition.parameters = components.parameters;
  if (Object.keys(components.responses).length > 0) definition.responses = components.responses;
  if (Object.keys(security.securityDefinitions).length > 0) definition.securityDefinitions = security.securityDefinitions;
  if (security.security) definition.security = security.security;
  const tags = convertTags(root.tags, ctx);
  if (tags.length > 0) definition.tags = tags;
  if (asObject(root.externalDocs)) definition.externalDocs = externalDocs(asObject(root.externalDocs)!);
  copyExtensions(root, definition, '', ctx);

  checkReferences(definition, ctx);
  pruneUndescribedRequired(definition, ctx);
  const result = finishConnector(definition, notes, (obj, outputPointer) => (obj && ctx.origin.get(obj)) ?? outputPointer);
  refineConnectionParameters(result, security);
  return result;
}

function convertInfo(root: JsonObject, ctx: ConvertContext): JsonObject {
  const info = asObject(root.info) ?? {};
  const out: JsonObject = {};
  ctx.origin.set(out, '/info');
  if (typeof info.title === 'string') out.title = info.title;
  // 3.1's one-line summary says what the description would; Swagger 2.0 has only the description.
  const description = typeof info.description === 'string' ? info.description : typeof info.summary === 'string' ? info.summary : undefined;
  if (description !== undefined) out.description = description;
  if (typeof info.termsOfService === 'string') out.termsOfService = info.termsOfService;
  const contact = asObject(info.contact);
  if (contact) out.contact = pick(contact, ['name', 'url', 'email']);
  const license = asObject(info.license);
  if (license && typeof license.name === 'string') {
    out.license = pick(license, ['name', 'url']);
    if (typeof license.identifier === 'string' && license.url === undefined) {
      (out.license as JsonObject).url = `https://spdx.org/licenses/${license.identifier}.html`;
    }
  }
  if (info.version !== undefined) out.version = String(info.version);
  copyExtensions(info, out, '/info', ctx);
  return out;
}

function convertTags(raw: unknown, ctx: ConvertContext): JsonObject[] {
  return asArray(raw)
    .map((t, i) => {
      const tag = asObject(t);
      if (!tag || typeof tag.name !== 'string') return undefined;
      const out: JsonObject = { name: tag.name };
      if (typeof tag.description === 'string') out.description = tag.description;
      if (asObject(tag.externalDocs)) out.externalDocs = externalDocs(asObject(tag.externalDocs)!);
      copyExtensions(tag, out, `/tags/${i}`, ctx);
      return out;
    })
    .filter((t): t is JsonObject => t !== undefined);
}

function pick(o: JsonObject, keys: string[]): JsonObject {
  return Object.fromEntries(keys.filter((k) => typeof o[k] === 'string').map((k) => [k, o[k]]));
}

/** The connection's wording for bearer tokens, and the API's own OAuth refresh URL. */
function refineConnectionParameters(result: ImportResult, security: ReturnType<typeof convertSecurity>): void {
  const chosen = Object.keys(asObject(result.definition.securityDefinitions) ?? {})[0];
  const params = asObject(asObject(result.properties?.properties)?.connectionParameters);
  if (!chosen || !params) return;
  const apiKey = asObject(asObject(params.api_key)?.uiDefinition);
  if (security.bearer.has(chosen) && apiKey) {
    apiKey.displayName = 'Bearer Token';
    apiKey.description = 'Your token, as "Bearer <token>" (sent in the Authorization header)';
    apiKey.tooltip = 'Type "Bearer " followed by your token';
  }
  const refresh = security.refreshUrls.get(chosen);
  const custom = asObject(asObject(asObject(params.token)?.oAuthSettings)?.customParameters);
  if (refresh && custom) custom.refreshUrl = { value: refresh };
}
