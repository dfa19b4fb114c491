// What the designer shows for a parameter: its label (`x-ms-summary`, Title Case, at most 80
// characters) and where it shows (`x-ms-visibility`). Values the author wrote are kept.
import { asObject } from '../../../core/model';
import { appendPointer } from '../../../core/text';
import { shorten } from './operation-summaries';
import { titleCase } from './name-words';
import type { ImportNotes } from './import-notes';
import { plural } from './import-notes';

export interface ParameterPlace {
  param: Record<string, unknown>;
  /** Where it is in the source, for the report. */
  sourcePointer: string;
}

export function labelParameters(places: ParameterPlace[], notes: ImportNotes): void {
  for (const { param, sourcePointer } of places) {
    const name = typeof param.name === 'string' ? param.name : '';
    if (typeof param['x-ms-summary'] !== 'string' || param['x-ms-summary'].trim() === '') {
      const label = shorten(titleCase(name), 80) || 'Value';
      param['x-ms-summary'] = label;
      notes.tally(
        'decision',
        'ParameterSummaryAdded',
        sourcePointer,
        (n) =>
          `${plural(n, 'parameter')} had no display name (x-ms-summary); one was made from the parameter name, e.g. "${name}" is shown as "${label}".`,
      );
    }
    if (param['x-ms-visibility'] !== undefined) continue;
    const visibility = sensibleVisibility(param);
    if (!visibility) continue;
    param['x-ms-visibility'] = visibility;
    if (visibility === 'internal') {
      notes.tally(
        'decision',
        'ConstantParameterInternal',
        sourcePointer,
        (n) =>
          `${plural(n, 'required parameter')} with a single allowed value (e.g. "${name}") ${n === 1 ? 'is' : 'are'} filled in automatically and hidden from users (x-ms-visibility: internal).`,
      );
    } else {
      notes.tally(
        'decision',
        'OptionalParameterAdvanced',
        sourcePointer,
        (n) =>
          `${plural(n, 'optional parameter')} that ${n === 1 ? 'is' : 'are'} rarely changed (headers, paging, values with a default; e.g. "${name}") ${n === 1 ? 'is' : 'are'} shown under "Show advanced options" (x-ms-visibility: advanced).`,
      );
    }
  }
}

/**
 * Required parameters with exactly one allowed value need no input: internal, with that value as
 * default (the platform requires a default on internal required parameters). Optional headers,
 * paging controls and optional parameters with a default are rarely changed: advanced. Everything
 * else stays visible.
 */
function sensibleVisibility(param: Record<string, unknown>): 'internal' | 'advanced' | undefined {
  if (param.in === 'body') return undefined;
  const values = Array.isArray(param.enum) ? param.enum : undefined;
  if (param.required === true && values?.length === 1 && param.in !== 'path') {
    if (param.default === undefined) param.default = values[0];
    return param.default === values[0] ? 'internal' : undefined;
  }
  if (param.required === true) return undefined;
  if (param.in === 'header' || param.default !== undefined) return 'advanced';
  if (typeof param.name === 'string' && PAGING.has(param.name.replace(/[^A-Za-z]/g, '').toLowerCase())) return 'advanced';
  return undefined;
}

// Paging controls: flows page through results with the platform's own paging, rarely by hand.
const PAGING = new Set([
  'page',
  'pagesize',
  'pagetoken',
  'pagenumber',
  'perpage',
  'limit',
  'offset',
  'cursor',
  'after',
  'before',
  'startingafter',
  'endingbefore',
  'marker',
  'skip',
  'top',
  'continuationtoken',
  'nexttoken',
  'nextpagetoken',
  'pageindex',
]);

/** Every parameter object written in a Swagger 2.0 document (not the `$ref` ones), with its pointer. */
export function collectParameterObjects(
  definition: Record<string, unknown>,
  sourcePointerOf: (obj: object, outputPointer: string) => string,
): ParameterPlace[] {
  const out: ParameterPlace[] = [];
  const push = (list: unknown, base: string) => {
    if (!Array.isArray(list)) return;
    list.forEach((p, i) => {
      const param = asObject(p);
      if (param && typeof param.$ref !== 'string') out.push({ param, sourcePointer: sourcePointerOf(param, `${base}/parameters/${i}`) });
    });
  };
  for (const [name, p] of Object.entries(asObject(definition.parameters) ?? {})) {
    const param = asObject(p);
    if (param) out.push({ param, sourcePointer: sourcePointerOf(param, appendPointer('/parameters', name)) });
  }
  for (const [path, rawItem] of Object.entries(asObject(definition.paths) ?? {})) {
    const item = asObject(rawItem);
    if (!item) continue;
    const base = appendPointer('/paths', path);
    push(item.parameters, base);
    for (const [method, op] of Object.entries(item)) {
      if (HTTP.has(method)) push(asObject(op)?.parameters, `${base}/${method}`);
    }
  }
  return out;
}

const HTTP = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch']);
