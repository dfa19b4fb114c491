// Walks a collection's folders and requests (in file order) and gathers, for each request, what
// applies to it from above: the auth it inherits, its folder (which becomes its tag), and the
// variables in scope. Scripts are reported here, since no part of a connector runs them.
import { appendPointer } from '../../../core/text';
import type { ImportReport } from './import-report';
import {
  readAuth,
  readDescription,
  readRequest,
  readResponse,
  readVariables,
  variableScope,
  type PmAuth,
  type PmRequest,
  type PmResponse,
  type VariableScopes,
} from './postman-sdk';

type Json = Record<string, unknown>;

export interface ScopedAuth {
  auth: PmAuth;
  /** Pointer of the `auth` object that set it. */
  pointer: string;
}

/** Where the parts of a request are in the source file (a request may be a bare URL string). */
export interface RequestPointers {
  request: string;
  url: string;
  header: (index: number) => string;
}

export interface CollectedRequest {
  /** Pointer of the item in the source file. */
  pointer: string;
  pointers: RequestPointers;
  name: string;
  description?: string;
  /** Name of the folder that holds the request. */
  folder?: string;
  request: PmRequest;
  /** The auth in force for the request; undefined when none is set anywhere above it. */
  auth?: ScopedAuth;
  responses: { response: PmResponse; pointer: string }[];
  scopes: VariableScopes;
}

export interface CollectedFolder {
  name: string;
  description?: string;
  pointer: string;
}

export interface Collected {
  requests: CollectedRequest[];
  folders: CollectedFolder[];
  /** The collection's own auth, and the variables at its level. */
  rootAuth?: ScopedAuth;
  rootScopes: VariableScopes;
}

const MAX_FOLDER_DEPTH = 64;

function asObj(v: unknown): Json | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
}

function reportScripts(node: Json, pointer: string, label: string, report: ImportReport): void {
  if (!Array.isArray(node.event)) return;
  node.event.forEach((raw, i) => {
    const e = asObj(raw);
    const script = asObj(e?.script);
    const exec = Array.isArray(script?.exec) ? script.exec.join('\n') : typeof script?.exec === 'string' ? script.exec : '';
    if (!e || e.disabled === true || exec.trim() === '') return;
    const kind = e.listen === 'prerequest' ? 'pre-request script' : e.listen === 'test' ? 'test script' : `"${String(e.listen)}" script`;
    report.add(
      'loss',
      'ScriptNotImported',
      `The ${kind} of ${label} was not imported: connectors do not run Postman scripts (custom code is C#, in the Code tab).`,
      appendPointer(pointer, 'event', i),
    );
  });
}

function requestPointers(raw: unknown, itemPointer: string, headerCount: number): RequestPointers {
  const request = `${itemPointer}/request`;
  const o = asObj(raw);
  const url = o && o.url !== undefined && o.url !== null ? `${request}/url` : request;
  const headers = o && o.header !== undefined && o.header !== null ? `${request}/header` : request;
  // Headers written as one string, or a list the SDK read differently, are pointed at as a whole.
  const indexed = Array.isArray(o?.header) && o.header.length === headerCount;
  return { request, url, header: (i) => (indexed ? `${headers}/${i}` : headers) };
}

export function collectRequests(collection: Json, base: string, environment: Record<string, string>, report: ImportReport): Collected {
  const requests: CollectedRequest[] = [];
  const folders: CollectedFolder[] = [];
  const collectionScope = readVariables([
    ...(Array.isArray(collection.variable) ? collection.variable : []),
    ...(Array.isArray(collection.variables) ? collection.variables : []),
  ]);
  const outer: VariableScopes = [variableScope(environment), collectionScope];
  const rootAuthRaw = readAuth(collection.auth);
  const rootAuth = rootAuthRaw ? { auth: rootAuthRaw, pointer: `${base}/auth` } : undefined;
  reportScripts(collection, base, 'the collection', report);

  const walk = (
    items: unknown[],
    pointer: string,
    folder: string | undefined,
    auth: ScopedAuth | undefined,
    scopes: VariableScopes,
    depth: number,
  ): void => {
    items.forEach((raw, i) => {
      const itemPointer = appendPointer(pointer, i);
      const item = asObj(raw);
      if (!item) {
        report.add('warning', 'ItemUnreadable', 'An entry of the collection is not a request or a folder; it was skipped.', itemPointer);
        return;
      }
      const name = typeof item.name === 'string' ? item.name.trim() : '';
      const own = readVariables(item.variable);
      const itemScopes = Object.keys(own).length > 0 ? [own, ...scopes] : scopes;
      const ownAuth = readAuth(item.auth);
      const itemAuth = ownAuth ? { auth: ownAuth, pointer: `${itemPointer}/auth` } : auth;
      if (Array.isArray(item.item)) {
        reportScripts(item, itemPointer, `the folder "${name}"`, report);
        if (depth >= MAX_FOLDER_DEPTH) {
          report.add(
            'loss',
            'FoldersTooDeep',
            `Folders are nested more than ${MAX_FOLDER_DEPTH} deep here; the requests below were not imported.`,
            itemPointer,
          );
          return;
        }
        const description = readDescription(item.description);
        folders.push({ name: name || 'Folder', ...(description !== undefined ? { description } : {}), pointer: itemPointer });
        walk(item.item, `${itemPointer}/item`, name || folder, itemAuth, itemScopes, depth + 1);
        return;
      }
      if (item.request === undefined || item.request === null) {
        report.add(
          'warning',
          'ItemWithoutRequest',
          `"${name || 'An item'}" has neither a request nor requests inside it; it was skipped.`,
          itemPointer,
        );
        return;
      }
      reportScripts(item, itemPointer, `"${name || 'a request'}"`, report);
      const request = readRequest(item.request);
      const pointers = requestPointers(item.request, itemPointer, request.headers.length);
      const requestAuth = request.auth ? { auth: request.auth, pointer: `${itemPointer}/request/auth` } : itemAuth;
      const description = readDescription(item.description) ?? request.description;
      const responses = (Array.isArray(item.response) ? item.response : []).map((r, j) => ({
        response: readResponse(r),
        pointer: appendPointer(itemPointer, 'response', j),
      }));
      requests.push({
        pointer: itemPointer,
        pointers,
        name,
        ...(description !== undefined ? { description } : {}),
        ...(folder !== undefined ? { folder } : {}),
        request,
        ...(requestAuth ? { auth: requestAuth } : {}),
        responses,
        scopes: itemScopes,
      });
    });
  };
  walk(Array.isArray(collection.item) ? collection.item : [], `${base}/item`, undefined, rootAuth, outer, 0);
  return { requests, folders, ...(rootAuth ? { rootAuth } : {}), rootScopes: outer };
}
