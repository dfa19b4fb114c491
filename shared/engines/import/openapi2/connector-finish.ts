// Turns a Swagger 2.0 document into one a user can keep working on as a connector: valid
// operation ids and summaries on every operation, labels and sensible visibility on parameters,
// one supported authentication with matching connection parameters, and warnings about the
// platform's limits. Shared by every importer: they convert to Swagger 2.0, then finish here.
import { asObject } from '../../../core/model';
import { appendPointer } from '../../../core/text';
import { DESCRIPTION_DRAFTED_MESSAGE, draftDescription, hasDescription } from '../draft-description';
import type { ImportResult } from '../import-result';
import { settleSecurity } from './connection-security';
import type { ImportNotes } from './import-notes';
import { plural } from './import-notes';
import { isValidOperationId, operationIdFromPath, OperationIdRegistry } from './operation-ids';
import { chooseSummary } from './operation-summaries';
import { pascalCase } from './name-words';
import { checkParameters } from './parameter-checks';
import { collectParameterObjects, labelParameters } from './parameter-labels';

/** Maps an object of the output to where it came from in the source; identity for Swagger 2.0 input. */
export type SourcePointerOf = (obj: object | undefined, outputPointer: string) => string;

const HTTP = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];
/** Platform limits [Microsoft's connector FAQ]. */
const MAX_OPERATIONS = 256;

export function finishConnector(
  definition: Record<string, unknown>,
  notes: ImportNotes,
  sourcePointerOf: SourcePointerOf = (_obj, p) => p,
): ImportResult {
  finishInfo(definition, notes, sourcePointerOf);
  finishHost(definition, notes);
  checkParameters(definition, notes, sourcePointerOf);
  const operations = listOperations(definition, sourcePointerOf);
  nameOperations(definition, operations, notes);
  for (const o of operations) {
    summarise(o, notes);
    if (Object.keys(asObject(o.op.responses) ?? {}).length === 0) {
      o.op.responses = { '200': { description: 'OK' } };
      notes.add(
        'decision',
        'ResponseAdded',
        `Operation "${String(o.op.operationId)}" described no response; a plain "200 OK" was added.`,
        o.source,
      );
    }
    if (o.op.deprecated === true && o.op['x-ms-visibility'] === undefined) {
      o.op['x-ms-visibility'] = 'advanced';
      notes.tally(
        'decision',
        'DeprecatedOperationAdvanced',
        o.source,
        (n) =>
          `${plural(n, 'deprecated operation')} ${n === 1 ? 'is' : 'are'} listed with the advanced actions (x-ms-visibility: advanced).`,
      );
    }
  }
  labelParameters(collectParameterObjects(definition, sourcePointerOf), notes);
  // Drafted last, from the summaries the operations now have.
  if (!hasDescription(definition)) {
    const info = definition.info as Record<string, unknown>;
    info.description = draftDescription(definition);
    notes.add('decision', 'DescriptionDrafted', DESCRIPTION_DRAFTED_MESSAGE(info.description as string), sourcePointerOf(info, '/info'));
  }
  const properties = settleSecurity(definition, notes, sourcePointerOf);
  warnLimits(operations.length, notes);
  return { definition, properties, report: notes.list() };
}

interface OperationPlace {
  op: Record<string, unknown>;
  path: string;
  method: string;
  source: string;
}

function listOperations(definition: Record<string, unknown>, sourcePointerOf: SourcePointerOf): OperationPlace[] {
  const out: OperationPlace[] = [];
  for (const [path, rawItem] of Object.entries(asObject(definition.paths) ?? {})) {
    const item = asObject(rawItem);
    if (!item) continue;
    for (const method of HTTP) {
      const op = asObject(item[method]);
      if (op) out.push({ op, path, method, source: sourcePointerOf(op, appendPointer('/paths', path, method)) });
    }
  }
  return out;
}

/** Valid unique ids are kept first, so a sanitized id never takes the name of one written as is. */
function nameOperations(definition: Record<string, unknown>, operations: OperationPlace[], notes: ImportNotes): void {
  // How often each id is written: only an id written once can be followed to its new name.
  const uses = new Map<string, number>();
  for (const o of operations) if (typeof o.op.operationId === 'string') uses.set(o.op.operationId, (uses.get(o.op.operationId) ?? 0) + 1);
  const renamed = new Map<string, string>();
  const ids = new OperationIdRegistry();
  const rest: OperationPlace[] = [];
  const suffix = commonVersionSuffix(operations.map((o) => o.op.operationId));
  if (suffix) {
    notes.add(
      'decision',
      'OperationIdVersionSuffixDropped',
      `Every operation id ends with "${suffix}"; the connector's ids leave it out, since it tells the operations nothing apart.`,
      operations[0]!.source,
    );
  }
  for (const o of operations) {
    const id = o.op.operationId;
    if (!suffix && isValidOperationId(id) && !ids.has(id)) ids.claim(id);
    else rest.push(o);
  }
  for (const o of rest) {
    const written = o.op.operationId;
    const label = `${o.method.toUpperCase()} ${o.path}`;
    if (typeof written === 'string' && written.trim() !== '') {
      const stem = suffix ? written.slice(0, -suffix.length) : written;
      const base = isValidOperationId(stem) ? stem : pascalCase(stem) || operationIdFromPath(o.method, o.path);
      const id = ids.claim(base);
      o.op.operationId = id;
      if (uses.get(written) === 1) renamed.set(written, id);
      if (isValidOperationId(written) && !suffix) {
        notes.add(
          'decision',
          'OperationIdDuplicate',
          `Operation id "${written}" is used more than once (ids must be unique, regardless of case); ${label} is now "${id}".`,
          o.source,
        );
      } else {
        notes.add(
          'decision',
          'OperationIdSanitized',
          `Operation id "${written}" became "${id}": Power Platform accepts letters and digits only.`,
          o.source,
        );
      }
    } else {
      const id = ids.claim(summaryId(o.op.summary) ?? operationIdFromPath(o.method, o.path));
      o.op.operationId = id;
      notes.add('decision', 'OperationIdGenerated', `${label} had no operation id; it is now "${id}".`, o.source);
    }
  }
  followRenames(definition, renamed, notes);
}

/**
 * Microsoft's extensions name operations by id (x-ms-dynamic-values, x-ms-dynamic-schema,
 * x-ms-notification, ...): follow the renames there, or the dropdowns and triggers break.
 */
function followRenames(definition: Record<string, unknown>, renamed: Map<string, string>, notes: ImportNotes): void {
  if (renamed.size === 0) return;
  const walk = (value: unknown, pointer: string, inExtension: boolean): void => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((v, i) => walk(v, appendPointer(pointer, i), inExtension));
    const o = value as Record<string, unknown>;
    for (const [k, v] of Object.entries(o)) {
      const inside = inExtension || k.startsWith('x-ms-');
      if (inside && k === 'operationId' && typeof v === 'string' && renamed.has(v)) {
        o[k] = renamed.get(v);
        notes.tally(
          'decision',
          'OperationReferenceUpdated',
          appendPointer(pointer, k),
          (n) =>
            `${plural(n, 'reference')} to a renamed operation in Microsoft's extensions (e.g. "${v}" -> "${renamed.get(v)}") ${n === 1 ? 'was' : 'were'} updated.`,
        );
      } else if (v !== null && typeof v === 'object') walk(v, appendPointer(pointer, k), inside);
    }
  };
  walk(definition, '', false);
}

/** "_v2025.0" when every id ends with it (Box writes its API version into each id). */
function commonVersionSuffix(ids: unknown[]): string | undefined {
  if (ids.length < 2) return undefined;
  const first = typeof ids[0] === 'string' ? ids[0].match(/[_.-]v\d+(\.\d+)*$/i)?.[0] : undefined;
  if (!first) return undefined;
  return ids.every((id) => typeof id === 'string' && id.endsWith(first) && id.length > first.length) ? first : undefined;
}

/** A short summary names an operation better than its path does ("List pets" -> "ListPets"). */
function summaryId(summary: unknown): string | undefined {
  if (typeof summary !== 'string') return undefined;
  const words = summary.trim().split(/\s+/);
  if (words.length === 0 || words.length > 6) return undefined;
  const id = pascalCase(summary);
  return isValidOperationId(id) ? id : undefined;
}

function summarise(o: OperationPlace, notes: ImportNotes): void {
  const written = o.op.summary;
  const { summary, change } = chooseSummary(written, String(o.op.operationId));
  o.op.summary = summary;
  if (!change) return;
  const original = typeof written === 'string' ? written.trim() : '';
  // Keep the full text where users still see it.
  if (change === 'shortened') {
    const description = typeof o.op.description === 'string' ? o.op.description.trim() : '';
    if (description === '') o.op.description = original;
    else if (!description.includes(original)) o.op.description = `${original}\n\n${description}`;
  }
  if (change === 'generated') {
    notes.tally(
      'decision',
      'SummaryGenerated',
      o.source,
      (n) =>
        `${plural(n, 'operation')} had no summary (the action's name in the designer); one was made from the operation id, e.g. "${summary}".`,
    );
  } else if (change === 'shortened') {
    notes.tally(
      'decision',
      'SummaryShortened',
      o.source,
      (n) =>
        `${plural(n, 'operation summary', 'operation summaries')} ${n === 1 ? 'was' : 'were'} longer than 80 characters and ${n === 1 ? 'was' : 'were'} shortened (the full text is kept in the description), e.g. "${summary}".`,
    );
  } else {
    notes.tally(
      'decision',
      'SummaryCleaned',
      o.source,
      (n) =>
        `${plural(n, 'operation summary', 'operation summaries')} held characters Power Platform rejects (/ \\ < > * % & ?), line breaks or markdown; ${n === 1 ? 'it was' : 'they were'} rewritten, e.g. "${summary}".`,
    );
  }
}

function finishInfo(definition: Record<string, unknown>, notes: ImportNotes, sourcePointerOf: SourcePointerOf): void {
  const info = asObject(definition.info) ?? ((definition.info = {}) as Record<string, unknown>);
  const where = sourcePointerOf(info, '/info');
  if (typeof info.title !== 'string' || info.title.trim() === '') {
    info.title = 'Imported API';
    notes.add('decision', 'TitleMissing', 'The API has no title; it is called "Imported API" until you name it.', where);
  }
  if (info.version === undefined || info.version === '') {
    info.version = '1.0';
    notes.add('decision', 'VersionMissing', 'The API has no version; "1.0" was used.', where);
  } else if (typeof info.version !== 'string') {
    info.version = String(info.version);
  }
}

function finishHost(definition: Record<string, unknown>, notes: ImportNotes): void {
  if (typeof definition.host !== 'string' || definition.host === '') {
    notes.add(
      'warning',
      'HostMissing',
      'The API does not say which server it runs on; set the host on the General tab before testing.',
      '',
    );
  }
  const schemes = Array.isArray(definition.schemes) ? definition.schemes.filter((s): s is string => typeof s === 'string') : [];
  const kept: string[] = schemes.filter((s) => s === 'https' || s === 'http');
  if (kept.length < schemes.length) {
    notes.add(
      'loss',
      'SchemeUnsupported',
      `Power Platform calls APIs over HTTPS or HTTP only; ${schemes.filter((s) => !kept.includes(s)).join(', ')} was left out.`,
      '/schemes',
    );
  }
  if (kept.length === 0 && typeof definition.host === 'string') {
    definition.schemes = ['https'];
    if (schemes.length === 0)
      notes.add('decision', 'SchemeAssumed', 'The API did not say whether it uses HTTPS or HTTP; HTTPS was assumed.', '');
  } else if (kept.length > 0) {
    definition.schemes = kept;
  }
}

function warnLimits(operations: number, notes: ImportNotes): void {
  if (operations > MAX_OPERATIONS) {
    notes.add(
      'warning',
      'TooManyOperations',
      `The connector has ${operations} operations; Power Platform accepts at most ${MAX_OPERATIONS}. Remove the ones you do not need.`,
      '/paths',
    );
  }
  // The definition's size is measured on the text the import writes (main/services/import-source.ts).
}
