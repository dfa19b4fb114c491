// "Show in form" for places written once and used by several operations. A path item's shared
// parameter and a `#/parameters` or `#/responses` entry are edited in the form of an operation that
// uses it (the first in the list; the form says the fields edit it for all of them). A
// `#/definitions` schema is edited in References, which lists where it is used. An entry nothing
// uses has no form: the editor shows it.
import { unescapeSegment } from '../../../shared/core/text';
import { parameterPlace } from './parameter-place';
import { responsePlace } from './response-place';
import { schemaPlace } from './schema-place';
import { definitionTarget, type FindingTarget, type TargetContext } from './target-types';

function usedBy(count: number): string {
  return count > 1 ? `, used by ${count} operations` : '';
}

/** `/paths/<path>/parameters/<i>/...`: in the first operation of the path that does not override it. */
function pathParameterTarget(segments: readonly string[], ctx: TargetContext): FindingTarget | undefined {
  if (segments[4] === undefined || !/^\d+$/.test(segments[4])) return undefined;
  const users = ctx.usersOf(segments.slice(0, 5).join('/'));
  const first = users[0];
  const name = first && ctx.operationName(first.operation);
  if (!first || name === undefined) return undefined;
  const place = parameterPlace(segments, 5, ctx);
  if (!place) return undefined;
  const shared = users.length > 1 ? `shared by ${users.length} operations` : 'declared on the path';
  return definitionTarget(
    place,
    `Definition › ${name} › Parameter ${first.name} (${shared})${place.within}${place.words}`,
    first.operation,
  );
}

/** `/parameters/<name>/...` and `/responses/<name>/...`: in the first operation that uses it. */
function entryTarget(segments: readonly string[], ctx: TargetContext): FindingTarget | undefined {
  const users = ctx.usersOf(segments.slice(0, 3).join('/'));
  const first = users[0];
  const name = first && ctx.operationName(first.operation);
  if (!first || name === undefined) return undefined;
  const ref = `#/${segments[1]}/${unescapeSegment(segments[2]!)}${usedBy(users.length)}`;
  if (segments[1] === 'parameters') {
    const place = parameterPlace(segments, 3, ctx);
    if (!place) return undefined;
    return definitionTarget(place, `Definition › ${name} › Parameter ${first.name} (${ref})${place.within}${place.words}`, first.operation);
  }
  const place = responsePlace(segments, 3, first.name, ctx);
  if (!place) return undefined;
  return definitionTarget(place, `Definition › ${name} › Response ${first.name} (${ref})${place.words}`, first.operation);
}

/** The target of a pointer into a shared place of the definition, or undefined when it is not one. */
export function sharedPlaceTarget(segments: readonly string[], ctx: TargetContext): FindingTarget | undefined {
  if (segments[1] === 'paths' && segments[3] === 'parameters') return pathParameterTarget(segments, ctx);
  if (segments[2] === undefined || segments[2] === '') return undefined;
  if (segments[1] === 'parameters' || segments[1] === 'responses') return entryTarget(segments, ctx);
  if (segments[1] === 'definitions') {
    const row = schemaPlace(segments, 3, ctx);
    if (!row) return undefined;
    return definitionTarget(row, `Definition › References › ${unescapeSegment(segments[2])} › ${row.property}${row.words}`);
  }
  return undefined;
}
