// A description for a connector whose source has none. paconn's `create` reads
// `info.description` unconditionally (a KeyError without one) and the portal asks for one, so every
// import writes one: drafted from what the source does say (its title, server and first
// operations), and reported as drafted, for the user to review. A connector folder, imported or
// exported as it is, gets one by a minimal text edit (folderDescriptionDraft, insertDraftedDescription).
import type { LoadedConnector } from '../../core/connector';
import { asObject, buildConnectorModel } from '../../core/model';
import { applyEdits, JsonDocument, setValueEdits } from '../../core/text';
import type { ImportNote } from './import-result';

const HTTP = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
/** Operations named in the draft; the rest are counted. */
const NAMED = 3;

/** Whether the definition's info has a description with text in it. */
export function hasDescription(definition: Record<string, unknown>): boolean {
  const description = asObject(definition.info)?.description;
  return typeof description === 'string' && description.trim() !== '';
}

/**
 * "Contoso Items: 12 operations on api.contoso.com/v1, such as List items, Create an item and Get
 * an item." The operations are named by their summaries (or operation ids), in the order of paths.
 */
export function draftDescription(definition: Record<string, unknown>): string {
  const info = asObject(definition.info);
  const title = typeof info?.title === 'string' && info.title.trim() !== '' ? info.title.trim() : 'This connector';
  const host = typeof definition.host === 'string' && definition.host !== '' ? definition.host : undefined;
  const basePath = typeof definition.basePath === 'string' && definition.basePath !== '/' ? definition.basePath : '';
  const names: string[] = [];
  let count = 0;
  for (const item of Object.values(asObject(definition.paths) ?? {})) {
    for (const method of HTTP) {
      const op = asObject(asObject(item)?.[method]);
      if (!op) continue;
      count++;
      const name = [op.summary, op.operationId].find((v): v is string => typeof v === 'string' && v.trim() !== '');
      if (name && names.length < NAMED) names.push(name.trim().replace(/[.\s]+$/, ''));
    }
  }
  const where = host ? ` on ${host}${basePath}` : '';
  if (count === 0) return `${title}${host ? `, served from ${host}${basePath}` : ''}; it has no operations yet.`;
  const operations = `${count} operation${count === 1 ? '' : 's'}${where}`;
  if (names.length === 0) return `${title}: ${operations}.`;
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return `${title}: ${operations}, ${count === 1 ? 'namely' : names.length === count ? 'namely' : 'such as'} ${list}.`;
}

export const DESCRIPTION_DRAFTED_MESSAGE = (draft: string) =>
  `The source has no description, which paconn and the portal need; one was drafted from its title, server and operations ("${draft}"): review it before publishing.`;

export const FOLDER_DESCRIPTION_DRAFTED_MESSAGE = (file: string, draft: string) =>
  `${file} has no info.description, which paconn create and the portal need; one was drafted from its title, server and operations and inserted, every other byte as it was ("${draft}"): review it before publishing.`;

/** The same for an exported package, whose connector folder keeps its definition as it is. */
export const PACKAGE_DESCRIPTION_DRAFTED_MESSAGE = (file: string, draft: string) =>
  `${file} has no info.description, which paconn create and the portal need; the package's copy has one drafted from its title, server and operations and inserted, every other byte as it was ("${draft}"); the connector's own ${file} is unchanged: review the description, and add it to the connector to keep it.`;

/**
 * For a connector folder's definition with no description: its text with a drafted one inserted
 * into `info` (a minimal edit: every other byte kept), and the note that says so. Undefined when it
 * has a description (or a `description` that is not a string: not text to replace), has no `info`
 * object, or is not standard JSON, where the place of an insertion would be a guess: that text is
 * copied as it is, and `validate` says what is wrong with it.
 */
export function folderDescriptionDraft(doc: JsonDocument, fileName: string): { text: string; draft: string; note: ImportNote } | undefined {
  const definition = asObject(doc.value);
  const info = asObject(definition?.info);
  if (!definition || !info || !doc.isStrict || hasDescription(definition)) return undefined;
  if (info.description !== undefined && typeof info.description !== 'string') return undefined;
  const draft = draftDescription(definition);
  return {
    text: applyEdits(doc.text, setValueEdits(doc, '/info/description', draft)),
    draft,
    note: {
      kind: 'decision',
      code: 'DescriptionDrafted',
      message: FOLDER_DESCRIPTION_DRAFTED_MESSAGE(fileName, draft),
      sourcePointer: '/info',
    },
  };
}

/**
 * folderDescriptionDraft applied to a loaded connector: its definition's text and document replaced
 * by the drafted ones and its model rebuilt, so what is generated from it (README.md) says the same.
 * Only this copy changes, never a file on disk. Undefined, and nothing changed, when no draft applies.
 */
export function insertDraftedDescription(connector: LoadedConnector): { draft: string; note: ImportNote } | undefined {
  const definition = connector.files.definition;
  const drafted = definition?.doc && folderDescriptionDraft(definition.doc, definition.fileName);
  if (!definition || !drafted) return undefined;
  definition.text = drafted.text;
  definition.doc = JsonDocument.parse(drafted.text);
  connector.model = buildConnectorModel(definition.doc.value, connector.files.properties?.doc?.value, connector.files.script !== undefined);
  return { draft: drafted.draft, note: drafted.note };
}
