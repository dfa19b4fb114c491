// How Power Apps calls an action from the formula bar: `Connector.OperationId(required, ...,
// {optional: ...})`, required inputs positional in definition order, optional ones in a record, a
// body object's properties as arguments of their own, internal inputs absent; the result is a
// record (a table for an array) of the response schema. Triggers and internal operations cannot be
// called from Power Apps.
import { asObject, asString, resolveRef, type OperationKind } from '../../core/model';
import { typeOf } from './operation-outputs';
import type { PreviewContext } from './preview-context';
import type { PowerAppsArgument, PowerAppsCall, PreviewInput } from './types';

const MAX_TYPE_DEPTH = 3;
const MAX_FIELDS = 12;

/** The connector's name in formulas: its title without spaces and punctuation. */
export function powerAppsName(title: string): string {
  return title.replace(/[^\p{L}\p{N}_]/gu, '') || 'Connector';
}

/** A name as a record field or argument: quoted when it is not a plain identifier. */
function fieldName(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** The Power Fx type of a schema, shallow: records and tables a few levels deep, then `{…}`. */
export function powerFxType(ctx: PreviewContext, raw: unknown, depth = 0, seen: ReadonlySet<string> = new Set()): string {
  const { resolvedPointer, target: s } = resolveRef(ctx.definition, raw);
  if (!s) return 'Untyped';
  const type = typeOf(s);
  const format = asString(s.format);
  if (type === 'string') {
    if (format === 'date-time') return 'DateTime';
    if (format === 'date') return 'Date';
    if (format === 'binary' || format === 'byte') return 'Blob';
    return 'Text';
  }
  if (type === 'integer' || type === 'number') return 'Number';
  if (type === 'boolean') return 'Boolean';
  if (type === 'file') return 'Blob';
  if (resolvedPointer !== undefined && seen.has(resolvedPointer)) return '{…}';
  const next = resolvedPointer !== undefined ? new Set(seen).add(resolvedPointer) : seen;
  if (type === 'array') {
    const items = resolveRef(ctx.definition, s.items).target;
    const item = items ? powerFxType(ctx, s.items, depth, next) : 'Untyped';
    // A table of records lists the records' columns; a table of values has one column, Value.
    return items && typeOf(items) === 'object' ? `Table(${item})` : `Table({ Value: ${item} })`;
  }
  if (type === 'object') {
    const props = Object.entries(asObject(s.properties) ?? {}).filter(
      ([, p]) => resolveRef(ctx.definition, p).target?.['x-ms-visibility'] !== 'internal',
    );
    if (!props.length)
      return s['x-ms-dynamic-schema'] || s['x-ms-dynamic-properties'] ? 'Untyped (schema from another operation)' : 'Record';
    if (depth >= MAX_TYPE_DEPTH) return '{…}';
    const shown = props.slice(0, MAX_FIELDS).map(([k, p]) => `${fieldName(k)}: ${powerFxType(ctx, p, depth + 1, next)}`);
    if (props.length > MAX_FIELDS) shown.push(`… ${props.length - MAX_FIELDS} more`);
    return `{ ${shown.join(', ')} }`;
  }
  return 'Untyped';
}

/** The type an input takes in a formula. */
function argumentType(input: PreviewInput): string {
  const c = input.control;
  switch (c.kind) {
    case 'number':
      return 'Number';
    case 'boolean':
      return 'Boolean';
    case 'date-time':
      return c.dateOnly ? 'Date' : 'DateTime';
    case 'file':
      return 'Blob';
    case 'array':
      return c.itemFields.length
        ? `Table({ ${c.itemFields.map((f) => `${f.path.map(fieldName).join('.')}: ${argumentType(f)}`).join(', ')} })`
        : 'Table';
    case 'object':
      return 'Record';
    default:
      // Text fields and dropdowns take a value of the input's own type.
      return input.type === 'integer' || input.type === 'number' ? 'Number' : input.type === 'boolean' ? 'Boolean' : 'Text';
  }
}

/**
 * The call of an operation with `inputs` (every non-internal input, body fields included, in
 * definition order). A body field nested in an object is passed inside that object's record.
 */
export function powerAppsCall(
  ctx: PreviewContext,
  connectorName: string,
  op: { operationId: string; kind: OperationKind; visibility: string; deprecated: boolean },
  inputs: readonly PreviewInput[],
  result: unknown | undefined,
  dynamicBody?: { name: string; required: boolean; operationId: string },
): PowerAppsCall {
  if (op.kind !== 'action') return { callable: false, reason: 'Power Apps cannot call triggers: they start flows, not formulas.' };
  if (op.visibility === 'internal')
    return { callable: false, reason: 'Internal operations are hidden from Power Apps as they are from the designer.' };
  if (!op.operationId) return { callable: false, reason: 'An operation without an operationId has no name to call in a formula.' };
  // Body fields nested in objects are fields of those objects' records, as deep as they sit.
  interface Node {
    name: string;
    required: boolean;
    type?: string;
    fields: Node[];
  }
  const tops: Node[] = [];
  for (const input of inputs) {
    let level = tops;
    let node: Node | undefined;
    for (const [depth, segment] of input.path.entries()) {
      node = level.find((n) => n.name === segment);
      if (!node) {
        node = { name: segment, required: false, fields: [] };
        level.push(node);
      }
      // An object is required when any field inside it is (the designer asks for them with it).
      node.required ||= input.required;
      if (depth === input.path.length - 1) node.type = argumentType(input);
      level = node.fields;
    }
  }
  const typeOfNode = (n: Node): string =>
    n.fields.length ? `{ ${n.fields.map((f) => `${fieldName(f.name)}: ${typeOfNode(f)}`).join(', ')} }` : (n.type ?? 'Record');
  const args: PowerAppsArgument[] = tops.map((n) => ({ name: n.name, type: typeOfNode(n), required: n.required }));
  // A body whose fields another operation supplies is one record, its fields known at design time.
  if (dynamicBody)
    args.push({
      name: dynamicBody.name,
      type: `Record (fields from ${dynamicBody.operationId || 'another operation'})`,
      required: dynamicBody.required,
    });
  const required = args.filter((a) => a.required).map((a) => a.name);
  const optional = args.filter((a) => !a.required).map((a) => `${fieldName(a.name)}: ${a.type}`);
  const list = [...required, ...(optional.length ? [`{${optional.join(', ')}}`] : [])];
  return {
    callable: true,
    signature: `${connectorName}.${op.operationId}(${list.join(', ')})`,
    arguments: args,
    result: result === undefined ? 'Nothing: the operation declares no response schema.' : powerFxType(ctx, result),
    deprecated: op.deprecated,
  };
}
