// Operation by operation: deleted, renamed, moved, hidden, deprecated, trigger kind changed, then
// each pair's parameters (by name and location) and success responses (by status).
import { asObject, type JsonObject } from '../../core/model';
import type { ConnectorModel, OperationView, ParameterView, ResponseView } from '../../core/model';
import { appendPointer, valueAt } from '../../core/text';
import { q } from './describe';
import { matchOperations } from './match-operations';
import type { RawFinding } from './raw-finding';
import { DIFF_RULES } from './rules';
import { needsValue, type SchemaDiff, type SchemaChange } from './schema-diff';

interface Side {
  model: ConnectorModel;
  root: unknown;
}

const opName = (op: OperationView) => op.operationId ?? `${op.method.toUpperCase()} ${op.path}`;
const opLabel = (op: OperationView) =>
  op.operationId !== undefined ? `Operation ${q(op.operationId)}` : `Operation ${op.method.toUpperCase()} ${q(op.path)}`;
const route = (op: OperationView) => `${op.method.toUpperCase()} ${q(op.path)}`;
/** Microsoft's ValuePath: `operation/<id>/…`; the JSON pointer for an operation without an id. */
const valuePath = (op: OperationView, ...segments: string[]) =>
  [op.operationId !== undefined ? `operation/${op.operationId}` : op.pointer, ...segments].join('/');

function kindOf(op: OperationView): string {
  const kind = op.kind === 'action' ? 'an action' : op.kind === 'webhook-trigger' ? 'a webhook trigger' : 'a polling trigger';
  return op.trigger !== undefined ? `${kind} (${op.trigger})` : kind;
}

export function diffOperations(oldSide: Side, newSide: Side, schemas: SchemaDiff, out: RawFinding[]): void {
  const match = matchOperations(oldSide.model.operations, newSide.model.operations);
  for (const op of match.removed) {
    const hidden = op.visibility === 'internal';
    out.push({
      rule: DIFF_RULES.OperationRemoved,
      ...(hidden ? { severity: 'warning' as const } : {}),
      source: 'old',
      file: 'definition',
      pointer: op.pointer,
      valuePath: valuePath(op),
      message: `${opLabel(op)} (${route(op)}) was deleted: ${hidden ? 'it was internal, but flows built before or dynamic values may call it' : 'flows that call it break'}.`,
      operation: opName(op),
    });
  }
  for (const { old: o, new: n, renamed } of match.pairs) {
    const label = opLabel(o);
    const at = (rule: RawFinding['rule'], pointer: string, message: string, segments: string[] = [], extra: Partial<RawFinding> = {}) =>
      out.push({
        rule,
        source: 'new',
        file: 'definition',
        pointer,
        valuePath: valuePath(n, ...segments),
        message: `${label}${message}`,
        operation: opName(n),
        ...extra,
      });
    if (renamed) {
      const to = n.operationId !== undefined ? `was renamed to ${q(n.operationId)}` : 'lost its operationId';
      at(
        DIFF_RULES.OperationIdChanged,
        n.operationId !== undefined ? appendPointer(n.pointer, 'operationId') : n.pointer,
        ` ${to} (same ${route(n)}): flows call operations by id, so existing flows break.`,
      );
    }
    if (o.method !== n.method)
      at(
        DIFF_RULES.OperationMethodChanged,
        n.pointer,
        ` changed its HTTP method from ${o.method.toUpperCase()} to ${n.method.toUpperCase()}.`,
      );
    if (o.path !== n.path)
      at(
        DIFF_RULES.OperationPathChanged,
        n.pointer.slice(0, n.pointer.lastIndexOf('/')),
        ` moved from path ${q(o.path)} to ${q(n.path)}: the path template changed.`,
        [],
        { at: 'key' },
      );
    if (o.visibility !== 'internal' && n.visibility === 'internal') {
      at(
        DIFF_RULES.VisibilityMadeInternal,
        appendPointer(n.pointer, 'x-ms-visibility'),
        ' is now internal (x-ms-visibility): makers no longer see it, so flows that use it can no longer be edited.',
        ['x-ms-visibility'],
      );
    }
    if (!o.deprecated && n.deprecated) {
      at(
        DIFF_RULES.OperationDeprecated,
        appendPointer(n.pointer, 'deprecated'),
        ' is now deprecated: existing flows keep running, but makers are told to move to a replacement.',
        ['deprecated'],
      );
    }
    if (o.kind !== n.kind || (o.trigger ?? '').toLowerCase() !== (n.trigger ?? '').toLowerCase()) {
      at(
        DIFF_RULES.TriggerTypeChanged,
        n.trigger !== undefined ? appendPointer(n.pointer, 'x-ms-trigger') : n.pointer,
        ` changed from ${kindOf(o)} to ${kindOf(n)}: flows built on it break.`,
        n.trigger !== undefined ? ['x-ms-trigger'] : [],
      );
    }
    diffParameters(oldSide, newSide, o, n, schemas, out);
    diffResponses(o, n, schemas, out);
  }
  for (const op of match.added) {
    out.push({
      rule: DIFF_RULES.OperationAdded,
      source: 'new',
      file: 'definition',
      pointer: op.pointer,
      valuePath: valuePath(op),
      message: `${opLabel(op)} (${route(op)}) is new.`,
      operation: opName(op),
    });
  }
}

/** The parameter object as written (its `$ref` target for a reference). */
function parameterObject(root: unknown, p: ParameterView): JsonObject {
  return asObject(valueAt(root, p.resolvedPointer ?? p.pointer)) ?? {};
}

const paramKey = (p: ParameterView) => `${p.in}\u0000${p.name}`;

function diffParameters(oldSide: Side, newSide: Side, o: OperationView, n: OperationView, schemas: SchemaDiff, out: RawFinding[]): void {
  const label = opLabel(o);
  const olds = o.parameters.filter((p) => p.resolved);
  const news = n.parameters.filter((p) => p.resolved);
  const newByKey = new Map(news.map((p) => [paramKey(p), p]));
  const oldKeys = new Set(olds.map(paramKey));
  const consumed = new Set<ParameterView>();
  const pairs: [ParameterView, ParameterView][] = [];
  for (const op of olds) {
    const np = newByKey.get(paramKey(op));
    if (np && !consumed.has(np)) {
      consumed.add(np);
      pairs.push([op, np]);
      continue;
    }
    const moved = news.find((p) => p.name === op.name && !consumed.has(p) && !oldKeys.has(paramKey(p)));
    if (moved) {
      consumed.add(moved);
      pairs.push([op, moved]);
      out.push({
        rule: DIFF_RULES.ParameterLocationChanged,
        source: 'new',
        file: 'definition',
        pointer: appendPointer(moved.resolvedPointer ?? moved.pointer, 'in'),
        valuePath: valuePath(n, 'parameter', moved.name, 'in'),
        message: `${label}: parameter ${q(op.name)} moved from ${op.in} to ${moved.in}: existing flows keep sending it in the old location.`,
        operation: opName(n),
      });
      continue;
    }
    const hidden = op.visibility === 'internal';
    out.push({
      rule: DIFF_RULES.ParameterRemoved,
      ...(hidden ? { severity: 'info' as const } : {}),
      source: 'old',
      file: 'definition',
      pointer: op.pointer,
      valuePath: valuePath(o, 'parameter', op.name),
      message: `${label}: parameter ${q(op.name)} (${op.in}) was removed${hidden ? ' (it was internal: flows never set it)' : ': flows that set it send what the API no longer accepts'}.`,
      operation: opName(o),
    });
  }
  for (const np of news) {
    if (consumed.has(np)) continue;
    const obj = parameterObject(newSide.root, np);
    if (np.visibility === 'internal') continue;
    const required = np.required && needsValue(obj);
    out.push({
      rule: required ? DIFF_RULES.RequiredParameterAdded : DIFF_RULES.ParameterAdded,
      source: 'new',
      file: 'definition',
      pointer: np.pointer,
      valuePath: valuePath(n, 'parameter', np.name),
      message: required
        ? `${label}: new parameter ${q(np.name)} (${np.in}) is required, without a default: existing flows do not send it.`
        : `${label}: new optional parameter ${q(np.name)} (${np.in}).`,
      operation: opName(n),
    });
  }
  for (const [op, np] of pairs) {
    const nObj = parameterObject(newSide.root, np);
    if (!op.required && np.required && needsValue(nObj) && op.visibility !== 'internal') {
      out.push({
        rule: DIFF_RULES.ParameterMadeRequired,
        source: 'new',
        file: 'definition',
        pointer: appendPointer(np.resolvedPointer ?? np.pointer, 'required'),
        valuePath: valuePath(n, 'parameter', np.name, 'required'),
        message: `${label}: parameter ${q(np.name)} is now required, without a default: flows that leave it empty fail.`,
        operation: opName(n),
      });
    }
    const segments = ['parameter', np.name];
    // The parameter object itself: visibility, type, format, enum, default, dynamic values, items.
    const own = schemas.compare('input', valueAt(oldSide.root, op.pointer), op.pointer, valueAt(newSide.root, np.pointer), np.pointer);
    report(own, o, n, segments, (rel) => `parameter ${q([np.name, ...rel].join('/'))}`, out);
    if (op.schema && np.schema) {
      const body = schemas.compare('input', op.schema.value, op.schema.pointer, np.schema.value, np.schema.pointer);
      report(
        body,
        o,
        n,
        [...segments, 'schema'],
        (rel) => (rel.length ? `body field ${q(rel.join('/'))} of parameter ${q(np.name)}` : `the schema of parameter ${q(np.name)}`),
        out,
      );
    }
  }
}

const isSuccess = (r: ResponseView) => /^2\d\d$/.test(r.status) && r.schema !== undefined;

/** The response whose schema the designer shows: the first success response with one. */
function primary(op: OperationView): ResponseView | undefined {
  return op.responses.filter(isSuccess).sort((a, b) => (a.status < b.status ? -1 : a.status > b.status ? 1 : 0))[0];
}

function diffResponses(o: OperationView, n: OperationView, schemas: SchemaDiff, out: RawFinding[]): void {
  const label = opLabel(o);
  const oldPrimary = primary(o);
  for (const r of o.responses) {
    if (!isSuccess(r)) continue;
    const same = n.responses.find((x) => x.status === r.status);
    if (same?.schema) {
      compareOutput(r, same, o, n, schemas, out);
      continue;
    }
    // Another success status than before: the designer reads the first one with a schema.
    if (r !== oldPrimary) continue;
    const moved = primary(n);
    if (moved) {
      out.push({
        rule: DIFF_RULES.ResponseStatusChanged,
        source: 'new',
        file: 'definition',
        pointer: moved.pointer,
        at: 'key',
        valuePath: valuePath(n, 'responses', moved.status),
        message: `${label}: its output schema moved from the ${r.status} response to the ${moved.status} response.`,
        operation: opName(n),
      });
      compareOutput(r, moved, o, n, schemas, out);
    } else {
      const inNew = same !== undefined;
      out.push({
        rule: DIFF_RULES.ResponseSchemaRemoved,
        source: inNew ? 'new' : 'old',
        file: 'definition',
        pointer: inNew ? same.pointer : r.schema!.pointer,
        at: 'key',
        valuePath: inNew ? valuePath(n, 'responses', r.status, 'schema') : valuePath(o, 'responses', r.status, 'schema'),
        message: `${label}: the ${r.status} response ${inNew ? 'no longer has a schema' : 'was deleted'}, and no success response has one: flows that use its outputs break.`,
        operation: opName(inNew ? n : o),
      });
    }
  }
  if (o.notificationContent && n.notificationContent) {
    const changes = schemas.compare(
      'output',
      o.notificationContent.value,
      o.notificationContent.pointer,
      n.notificationContent.value,
      n.notificationContent.pointer,
    );
    report(
      changes,
      o,
      n,
      ['x-ms-notification-content', 'schema'],
      (rel) => (rel.length ? `trigger output field ${q(rel.join('/'))}` : "the trigger's notification content"),
      out,
    );
  }
}

function compareOutput(
  r: ResponseView,
  nr: ResponseView,
  o: OperationView,
  n: OperationView,
  schemas: SchemaDiff,
  out: RawFinding[],
): void {
  const changes = schemas.compare('output', r.schema!.value, r.schema!.pointer, nr.schema!.value, nr.schema!.pointer);
  report(
    changes,
    o,
    n,
    ['responses', nr.status, 'schema'],
    (rel) => (rel.length ? `output field ${q(rel.join('/'))} of the ${nr.status} response` : `the body of the ${nr.status} response`),
    out,
  );
}

/** Schema changes as findings of an operation, with Microsoft's ValuePath below `segments`. */
function report(
  changes: readonly SchemaChange[],
  o: OperationView,
  n: OperationView,
  segments: string[],
  subject: (rel: string[]) => string,
  out: RawFinding[],
): void {
  for (const c of changes) {
    const op = c.source === 'old' ? o : n;
    out.push({
      rule: c.rule,
      ...(c.severity ? { severity: c.severity } : {}),
      source: c.source,
      file: 'definition',
      pointer: c.pointer,
      ...(c.at ? { at: c.at } : {}),
      valuePath: valuePath(op, ...segments, ...c.rel, ...(c.suffix ? [c.suffix] : [])),
      message: `${opLabel(o)}: ${subject(c.rel)} ${c.detail}`,
      operation: opName(op),
    });
  }
}
