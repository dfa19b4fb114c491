// Postman Collection v2.0 / v2.1 to a Swagger 2.0 connector definition plus apiProperties, with a
// report of every decision and loss, each pointing into the collection JSON.
import { connectionParametersFor } from '../../export';
import { listSecurityDefinitions, HTTP_METHODS, type HttpMethod } from '../../../core/model';
import { nameFromRoute } from '../display-names';
import type { ImportResult } from '../import-result';
import { chooseSecurity } from './auth-to-security';
import { chooseBaseUrl, operationPath } from './base-url';
import { collectRequests, type CollectedRequest } from './collect-requests';
import { readCollectionInput } from './collection-input';
import { exampleContribution, type ExampleContribution } from './example-responses';
import { ImportReport, plural } from './import-report';
import { DESCRIPTION_DRAFTED_MESSAGE, draftDescription, hasDescription } from '../draft-description';
import { OperationDraft } from './operation-draft';
import { OperationNamer } from './operation-names';
import { readDescription } from './postman-sdk';
import { bodyContribution } from './request-body';
import { headerParameters, queryParameters } from './request-parameters';
import { routeOf, type Route, type RouteParam } from './request-route';

export interface PostmanImportOptions {
  /**
   * Values for variables, e.g. from a Postman environment. As in Postman, they win over the
   * collection's own variables; they fill in the ones it uses without defining (often {{baseUrl}}).
   */
  variables?: Record<string, string>;
}

/** The platform's limits (connectors.md 5.1 and FAQ): beyond them the portal refuses the connector. */
const MAX_OPERATIONS = 256;

type Json = Record<string, unknown>;

function asObj(v: unknown): Json | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
}

function versionOf(info: Json): string {
  const v = info.version;
  if (typeof v === 'string' && v.trim() !== '') return v.trim();
  const o = asObj(v);
  if (o && o.major !== undefined) return [o.major, o.minor ?? 0, o.patch ?? 0].join('.');
  return '1.0';
}

function templateNames(path: string): string[] {
  return [...path.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]!);
}

interface Routed {
  req: CollectedRequest;
  route: Route;
  method: HttpMethod;
}

export function importPostman(input: unknown, options: PostmanImportOptions = {}): ImportResult {
  const report = new ImportReport();
  const { collection, base } = readCollectionInput(input, report);
  const { requests, folders, rootAuth, rootScopes } = collectRequests(collection, base, options.variables ?? {}, report);
  const security = chooseSecurity(requests, { ...(rootAuth ? { auth: rootAuth } : {}), scopes: rootScopes, pointer: base }, report);

  const routed: Routed[] = [];
  for (const req of requests) {
    const method = req.request.method.toLowerCase() as HttpMethod;
    const label = req.name || 'A request';
    if (!HTTP_METHODS.includes(method)) {
      report.add(
        'loss',
        'MethodNotSupported',
        `"${label}" uses ${req.request.method}, which connectors do not support (only ${HTTP_METHODS.map((m) => m.toUpperCase()).join(', ')}); it was not imported.`,
        `${req.pointer}/request`,
      );
      continue;
    }
    const route = routeOf(req.request.url, req.scopes, req.pointers.url, report);
    if (route.empty) {
      report.add('warning', 'RequestWithoutUrl', `"${label}" has no URL; it was not imported.`, req.pointers.url);
      continue;
    }
    routed.push({ req, route, method });
  }
  if (requests.length === 0)
    report.add('warning', 'NoRequests', 'The collection has no requests, so the connector has no operations yet.', base);
  const baseUrl = chooseBaseUrl(
    routed.map((r) => ({ route: r.route, pointer: r.req.pointers.url })),
    report,
    base,
  );

  // Group requests into operations. Paths that differ only in case or in parameter names are one
  // path to the platform (PathRedefined), so the first spelling is used for all.
  const canonical = new Map<string, string>();
  const drafts = new Map<string, OperationDraft>();
  for (const { req, route, method } of routed) {
    let path = operationPath(route, baseUrl);
    let params: readonly RouteParam[] = route.params;
    const normalized = path.toLowerCase().replace(/\{[^{}]*\}/g, '{}');
    const canon = canonical.get(normalized);
    if (canon === undefined) {
      canonical.set(normalized, path);
    } else if (canon !== path) {
      const from = templateNames(path);
      const to = templateNames(canon);
      const rename = new Map(from.map((n, i) => [n, to[i] ?? n]));
      params = params.map((p) => ({ ...p, name: rename.get(p.name) ?? p.name }));
      report.tally(
        'decision',
        'PathSpellingUnified',
        req.pointers.url,
        (n) =>
          `${plural(n, 'request path')} differed from another only in letter case or parameter names (e.g. ${path} and ${canon}); the platform sees one path, so the first spelling is used.`,
      );
      path = canon;
    }
    const key = `${method} ${path}`;
    let draft = drafts.get(key);
    if (!draft) {
      draft = new OperationDraft(method, path, req.pointer, req.name, req.folder);
      drafts.set(key, draft);
    } else {
      report.add(
        'decision',
        'RequestsMerged',
        `"${req.name || nameFromRoute(method, path)}" has the same method and path as "${draft.name || nameFromRoute(method, path)}" (${method.toUpperCase()} ${path}); it was merged into that operation, adding its parameters, body sample and saved responses.`,
        req.pointer,
      );
    }
    if (draft.description === undefined && req.description !== undefined) draft.description = req.description;
    draft.addPathParams(params);
    draft.addParams(queryParameters(route.query, security, req.pointers.url, report));
    const headers = headerParameters(req.request.headers, security, req.scopes, req.pointers.header, report);
    draft.addParams(headers.params);
    draft.addAccept(headers.accept);
    draft.addBody(
      bodyContribution(req.request.body, method.toUpperCase(), headers.contentType, req.scopes, req.pointers.request, report),
      headers.contentType,
    );
    draft.addExamples(
      req.responses.map((r) => exampleContribution(r.response, r.pointer, report)).filter((e): e is ExampleContribution => e !== undefined),
    );
  }

  const namer = new OperationNamer(report);
  const paths: Record<string, Record<string, unknown>> = {};
  const usedTags: string[] = [];
  for (const draft of drafts.values()) {
    const { operationId, summary } = namer.name(draft.name, draft.method, draft.path, draft.pointer);
    const item = (paths[draft.path] ??= {});
    item[draft.method] = draft.build(operationId, summary, report);
    if (draft.tag !== undefined && !usedTags.includes(draft.tag)) usedTags.push(draft.tag);
  }
  if (drafts.size > 0) {
    report.add(
      'decision',
      'OperationIdsFromNames',
      'Operation ids were made from the request names in PascalCase, and summaries from the names as written; folders became tags.',
      base === '' ? '/item' : `${base}/item`,
    );
  }

  const info = asObj(collection.info) ?? {};
  const title = typeof info.name === 'string' && info.name.trim() !== '' ? info.name.trim() : 'Imported collection';
  const description = readDescription(info.description);
  const tags = usedTags.map((name) => {
    const folder = folders.find((f) => f.name === name);
    return { name, ...(folder?.description !== undefined ? { description: folder.description } : {}) };
  });
  const definition: Json = {
    swagger: '2.0',
    info: { title, ...(description !== undefined ? { description } : {}), version: versionOf(info) },
    ...(baseUrl.host !== undefined ? { host: baseUrl.host } : {}),
    basePath: baseUrl.basePath,
    schemes: [baseUrl.scheme],
    consumes: ['application/json'],
    produces: ['application/json'],
    paths,
    definitions: {},
    parameters: {},
    responses: {},
    securityDefinitions: security ? { [security.definitionName]: security.definition } : {},
    security: security ? [{ [security.definitionName]: [] }] : [],
    tags,
  };

  if (!hasDescription(definition)) {
    const drafted = draftDescription(definition);
    (definition.info as Json).description = drafted;
    report.add('decision', 'DescriptionDrafted', DESCRIPTION_DRAFTED_MESSAGE(drafted), base === '' ? '/info' : `${base}/info`);
  }

  if (drafts.size > MAX_OPERATIONS) {
    report.add(
      'warning',
      'TooManyOperations',
      `The connector has ${drafts.size} operations; the platform allows ${MAX_OPERATIONS}. Remove some, or split the collection into several connectors.`,
      base === '' ? '/item' : `${base}/item`,
    );
  }

  const properties = {
    properties: {
      connectionParameters: connectionParametersFor(listSecurityDefinitions(definition)),
      iconBrandColor: '#007ee5',
      capabilities: [],
    },
  };
  return { definition, properties, report: report.notes() };
}
