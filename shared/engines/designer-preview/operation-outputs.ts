// The dynamic-content tokens an operation gives the steps after it: the whole body, then one token
// per property of the response schema (a webhook's notification body), nested objects as "Parent
// Child", properties of array items marked as needing "Apply to each" (not for a batch trigger,
// which splits on its array), internal ones left out.
import { asObject, asString, entries, resolveRef, visibilityOf, type JsonObject } from '../../core/model';
import { appendPointer } from '../../core/text';
import { dynamicSchema, labelOf, type PreviewContext } from './preview-context';
import type { OutputToken, PreviewOutputs } from './types';

export const MAX_TOKENS = 400;
const MAX_DEPTH = 10;

export const typeOf = (s: JsonObject | undefined): string =>
  asString(s?.type) ?? (asObject(s?.properties) ? 'object' : s?.items !== undefined ? 'array' : '');

/** The response the designer takes its tokens from: 200, else the first 2xx with a schema, else `default`. */
export function successResponse(
  definition: unknown,
  op: JsonObject,
  opPointer: string,
): { status: string; pointer: string; schema: unknown; schemaAt: string } | undefined {
  const all = entries(op.responses).filter(([s]) => !s.startsWith('x-'));
  const withSchema = all
    .map(([status, raw]) => {
      const { resolvedPointer, target } = resolveRef(definition, raw);
      const at = resolvedPointer ?? appendPointer(opPointer, 'responses', status);
      return { status, pointer: at, schema: target?.schema, schemaAt: appendPointer(at, 'schema') };
    })
    .filter((r) => r.schema !== undefined);
  return (
    withSchema.find((r) => r.status === '200') ??
    withSchema.find((r) => /^2\d\d$/.test(r.status)) ??
    withSchema.find((r) => r.status === 'default')
  );
}

interface Walk {
  ctx: PreviewContext;
  tokens: OutputToken[];
  hidden: number;
  truncated: boolean;
  dynamic?: PreviewOutputs['dynamic'];
}

function typeText(s: JsonObject, ctx: PreviewContext): string {
  const type = typeOf(s) || 'any';
  const format = asString(s.format);
  if (type === 'array') {
    const items = resolveRef(ctx.definition, s.items).target;
    const itemType = items ? typeOf(items) : '';
    return itemType ? `array of ${itemType}` : 'array';
  }
  return format ? `${type} (${format})` : type;
}

function visit(
  w: Walk,
  raw: unknown,
  at: string,
  name: string,
  path: string,
  parentLabel: string,
  applyToEach: string | undefined,
  advanced: boolean,
  depth: number,
  ancestors: ReadonlySet<string>,
): void {
  if (w.tokens.length >= MAX_TOKENS) {
    w.truncated = true;
    return;
  }
  const { resolvedPointer, target } = resolveRef(w.ctx.definition, raw);
  const where = resolvedPointer ?? at;
  if (!target) return;
  const visibility = visibilityOf(target['x-ms-visibility']);
  if (visibility === 'internal') {
    w.hidden++;
    return;
  }
  const own = labelOf(target, name, true);
  const label = parentLabel ? `${parentLabel} ${own.label}` : own.label;
  const isAdvanced = advanced || visibility === 'advanced';
  const description = asString(target.description)?.trim();
  w.tokens.push({
    key: `${where}#${path}`,
    label,
    ownLabel: own.label,
    labelFrom: own.labelFrom,
    path,
    type: typeText(target, w.ctx),
    ...(description ? { description } : {}),
    ...(applyToEach !== undefined ? { applyToEach } : {}),
    advanced: isAdvanced,
    pointer: where,
  });
  children(w, target, where, path, label, applyToEach, isAdvanced, depth, ancestors);
}

/** The tokens under a schema: its properties, or its items' properties behind "Apply to each". */
function children(
  w: Walk,
  target: JsonObject,
  where: string,
  path: string,
  label: string,
  applyToEach: string | undefined,
  advanced: boolean,
  depth: number,
  ancestors: ReadonlySet<string>,
  splitOn = false,
): void {
  if (depth >= MAX_DEPTH || ancestors.has(where)) return;
  const next = new Set(ancestors).add(where);
  const dyn = dynamicSchema(w.ctx, target);
  if (dyn && !w.dynamic) w.dynamic = dyn;
  if (typeOf(target) === 'array') {
    const items = resolveRef(w.ctx.definition, target.items);
    const itemsAt = items.resolvedPointer ?? appendPointer(where, 'items');
    if (!items.target) return;
    const itemDyn = dynamicSchema(w.ctx, items.target);
    if (itemDyn && !w.dynamic) w.dynamic = itemDyn;
    // Properties of the items are one per element: the designer loops over the array to use them.
    const loop = splitOn ? applyToEach : label;
    const prefix = path === '' ? '' : `${path}[]`;
    const itemLabel = splitOn ? '' : label === 'Body' ? '' : label;
    if (asObject(items.target.properties)) {
      for (const [key, raw] of entries(items.target.properties)) {
        visit(
          w,
          raw,
          appendPointer(itemsAt, 'properties', key),
          key,
          prefix ? `${prefix}.${key}` : key,
          itemLabel,
          loop,
          advanced,
          depth + 1,
          next,
        );
      }
    } else if (!splitOn && typeOf(items.target) !== '') {
      // A list of values: each element is the designer's "Current item" inside the loop.
      visit(w, items.target, itemsAt, 'Item', prefix || 'item', itemLabel, loop, advanced, depth + 1, next);
    }
    return;
  }
  for (const [key, raw] of entries(target.properties)) {
    visit(
      w,
      raw,
      appendPointer(where, 'properties', key),
      key,
      path ? `${path}.${key}` : key,
      label === 'Body' ? '' : label,
      applyToEach,
      advanced,
      depth + 1,
      next,
    );
  }
}

/** The tokens of a response (or notification) schema; `splitOn` for a batch trigger. */
export function outputTokens(ctx: PreviewContext, schema: unknown, schemaAt: string, source: string, splitOn: boolean): PreviewOutputs {
  const w: Walk = { ctx, tokens: [], hidden: 0, truncated: false };
  const { resolvedPointer, target } = resolveRef(ctx.definition, schema);
  const where = resolvedPointer ?? schemaAt;
  if (target) {
    const batch = splitOn && typeOf(target) === 'array';
    w.tokens.push({
      key: `${where}#`,
      label: 'Body',
      ownLabel: 'Body',
      labelFrom: 'name',
      path: '',
      type: typeText(target, ctx),
      ...(asString(target.description) ? { description: asString(target.description)!.trim() } : {}),
      advanced: false,
      pointer: where,
    });
    children(w, target, where, '', 'Body', undefined, false, 0, new Set(), batch);
  }
  return {
    source,
    tokens: w.tokens,
    ...(w.dynamic ? { dynamic: w.dynamic } : {}),
    splitOn: splitOn && typeOf(target) === 'array',
    truncated: w.truncated,
    hidden: w.hidden,
  };
}
