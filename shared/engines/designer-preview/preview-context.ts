// What every part of a preview reads: the definition, the connector's operations by ID (for
// "loaded from <operation>"), and the small readers of labels, defaults and dynamic extensions.
import { asObject, asString, entries, HTTP_METHODS, resolveRef, type JsonObject } from '../../core/model';
import type { DynamicSource, LabelSource } from './types';

export interface PreviewContext {
  definition: unknown;
  /** operationId -> summary ('' when it has none). */
  operations: Map<string, string>;
}

// The operations of one parsed definition are listed once: the worker keeps a definition until its
// text changes, and asks for a preview each time another operation is chosen.
const known = new WeakMap<object, PreviewContext>();

export function previewContext(definition: unknown): PreviewContext {
  const cached = definition !== null && typeof definition === 'object' ? known.get(definition) : undefined;
  if (cached) return cached;
  const operations = new Map<string, string>();
  for (const [path, raw] of entries(asObject(definition)?.paths)) {
    if (path.startsWith('x-')) continue;
    const item = resolveRef(definition, raw).target;
    for (const m of HTTP_METHODS) {
      const op = asObject(item?.[m]);
      const id = asString(op?.operationId);
      if (id !== undefined && !operations.has(id)) operations.set(id, asString(op?.summary) ?? '');
    }
  }
  const ctx = { definition, operations };
  if (definition !== null && typeof definition === 'object') known.set(definition, ctx);
  return ctx;
}

/** The label the designer shows: `x-ms-summary`, else (for schema properties) `title`, else the name. */
export function labelOf(value: JsonObject | undefined, name: string, useTitle: boolean): { label: string; labelFrom: LabelSource } {
  const summary = asString(value?.['x-ms-summary'])?.trim();
  if (summary) return { label: summary, labelFrom: 'x-ms-summary' };
  const title = useTitle ? asString(value?.title)?.trim() : undefined;
  if (title) return { label: title, labelFrom: 'title' };
  return { label: name, labelFrom: 'name' };
}

/** A value as a field shows it: a string as it is, anything else as JSON. */
export function shownValue(v: unknown): string {
  return typeof v === 'string' ? v : (JSON.stringify(v) ?? '');
}

const DYNAMIC_DROPDOWNS = ['x-ms-dynamic-values', 'x-ms-dynamic-list', 'x-ms-dynamic-tree'] as const;
const DYNAMIC_SCHEMAS = ['x-ms-dynamic-schema', 'x-ms-dynamic-properties'] as const;

function source(ctx: PreviewContext, extension: DynamicSource['extension'], raw: JsonObject): DynamicSource {
  // A dynamic tree names its operation under `open`; the others at their top.
  const call = extension === 'x-ms-dynamic-tree' ? (asObject(raw.open) ?? {}) : raw;
  const operationId = asString(call.operationId) ?? '';
  const builtIn = asString(raw.builtInOperation) ?? asString(raw.capability);
  const summary = ctx.operations.get(operationId);
  return {
    extension,
    operationId,
    ...(summary ? { operationSummary: summary } : {}),
    found: operationId === '' ? builtIn !== undefined : ctx.operations.has(operationId),
    ...(builtIn !== undefined ? { builtIn } : {}),
    passes: entries(call.parameters).map(([name, v]) => {
      const o = asObject(v);
      const ref = asString(o?.parameter) ?? asString(o?.parameterReference) ?? asString(o?.selectedItemValuePath);
      if (ref !== undefined) return { name, source: 'input' as const, value: ref };
      return { name, source: 'value' as const, value: shownValue(o && 'value' in o ? o.value : v) };
    }),
  };
}

/** The dropdown another operation fills, when the value carries one (the newer list form wins). */
export function dynamicDropdown(ctx: PreviewContext, value: JsonObject | undefined): DynamicSource | undefined {
  const list = asObject(value?.['x-ms-dynamic-list']);
  if (list) return source(ctx, 'x-ms-dynamic-list', list);
  for (const ext of DYNAMIC_DROPDOWNS) {
    const raw = asObject(value?.[ext]);
    if (raw) return source(ctx, ext, raw);
  }
  return undefined;
}

/** The schema another operation supplies, when the value carries one (the newer properties form wins). */
export function dynamicSchema(ctx: PreviewContext, value: JsonObject | undefined): DynamicSource | undefined {
  for (const ext of [...DYNAMIC_SCHEMAS].reverse()) {
    const raw = asObject(value?.[ext]);
    if (raw) return source(ctx, ext, raw);
  }
  return undefined;
}
