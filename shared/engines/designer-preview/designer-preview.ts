// The designer preview of one operation, from the texts as they are: the Power Automate card, its
// output tokens, the Power Apps call and the problems a maker would meet. Built for the selected
// operation only, like its detail.
import { asObject, asString, HTTP_METHODS, resolveRef, visibilityOf } from '../../core/model';
import { appendPointer, parsePointer, valueAt } from '../../core/text';
import { operationInputs } from './operation-inputs';
import { outputTokens, successResponse } from './operation-outputs';
import { powerAppsCall, powerAppsName } from './power-apps-call';
import { previewContext } from './preview-context';
import { previewProblems } from './preview-problems';
import type { DesignerPreview, InputGroup, PreviewInput } from './types';

/** Every input, array item fields included (problems are looked for in all of them). */
function allInputs(inputs: readonly PreviewInput[]): PreviewInput[] {
  return inputs.flatMap((i) => [i, ...(i.control.kind === 'array' ? allInputs(i.control.itemFields) : [])]);
}

/** The preview of the operation at `pointer` (`/paths/~1items/get`), or undefined when there is none. */
export function designerPreview(definition: unknown, properties: unknown, pointer: string): DesignerPreview | undefined {
  let segments: string[];
  try {
    segments = parsePointer(pointer);
  } catch {
    return undefined;
  }
  const method = segments[segments.length - 1] ?? '';
  const itemPointer = pointer.slice(0, pointer.lastIndexOf('/'));
  const op = asObject(valueAt(definition, pointer));
  const pathItem = asObject(valueAt(definition, itemPointer));
  if (!op || !pathItem || !(HTTP_METHODS as readonly string[]).includes(method)) return undefined;
  const ctx = previewContext(definition);
  const info = asObject(asObject(definition)?.info);
  const title = asString(info?.title)?.trim() ?? '';
  const brandColor = asString(asObject(asObject(properties)?.properties)?.iconBrandColor);
  const operationId = asString(op.operationId) ?? '';
  const summary = asString(op.summary)?.trim();
  const path = segments[0] === 'paths' && segments.length === 3 ? segments[1]! : '';

  const inputs = operationInputs(ctx, pathItem, itemPointer, op, pointer);
  const groups: Record<InputGroup, PreviewInput[]> = { important: [], none: [], advanced: [] };
  for (const i of inputs.inputs) groups[i.group].push(i);

  // A trigger is any operation with x-ms-trigger; a webhook one is told by its notification.
  const trigger = asString(op['x-ms-trigger']);
  const notification = asObject(pathItem['x-ms-notification-content']);
  const webhook = trigger !== undefined && (notification !== undefined || bodyHasNotificationUrl(definition, op));
  const kind = trigger === undefined ? 'action' : webhook ? 'webhook-trigger' : 'polling-trigger';
  const splitOn = trigger === 'batch';
  const response = successResponse(definition, op, pointer);
  const outputs =
    webhook && notification?.schema !== undefined
      ? outputTokens(ctx, notification.schema, appendPointer(itemPointer, 'x-ms-notification-content', 'schema'), 'Notification', splitOn)
      : response
        ? outputTokens(ctx, response.schema, response.schemaAt, `Response ${response.status}`, splitOn)
        : undefined;
  const visibility = visibilityOf(op['x-ms-visibility']);
  const connectorName = powerAppsName(title);
  const deprecated = op.deprecated === true;
  const base: Omit<DesignerPreview, 'problems'> = {
    operationPointer: pointer,
    operationId,
    connector: { title, ...(brandColor !== undefined ? { brandColor } : {}), powerAppsName: connectorName },
    title: summary || operationId || `${method.toUpperCase()} ${path}`,
    titleFrom: summary ? 'summary' : operationId ? 'operationId' : 'path',
    ...(asString(op.description)?.trim() ? { description: asString(op.description)!.trim() } : {}),
    kind,
    ...(trigger !== undefined ? { trigger } : {}),
    deprecated,
    visibility,
    inputs: groups,
    hiddenInputs: inputs.hidden,
    dynamicInputs: inputs.dynamic,
    ...(outputs ? { outputs } : {}),
    powerApps: powerAppsCall(
      ctx,
      connectorName,
      { operationId, kind, visibility, deprecated },
      inputs.inputs,
      response?.schema,
      inputs.dynamicBody,
    ),
  };
  const every = allInputs(inputs.inputs);
  labelPasses(base, every);
  return { ...base, problems: previewProblems(base, every, inputs.unfillable) };
}

/** Names the inputs a dynamic call passes by the labels the card gives them (`body/x` names a body field). */
function labelPasses(p: Omit<DesignerPreview, 'problems'>, inputs: readonly PreviewInput[]): void {
  const byName = new Map<string, string>();
  for (const i of inputs) {
    if (!byName.has(i.name)) byName.set(i.name, i.label);
    if (i.property) byName.set(`body/${i.name.replace(/\./g, '/')}`, i.label);
  }
  const sources = [
    ...inputs.flatMap((i) => (i.control.kind === 'dynamic' ? [i.control.source] : [])),
    ...p.dynamicInputs,
    ...(p.outputs?.dynamic ? [p.outputs.dynamic] : []),
  ];
  for (const s of sources) {
    for (const pass of s.passes) {
      const label = pass.source === 'input' ? byName.get(pass.value) : undefined;
      if (label !== undefined) pass.label = label;
    }
  }
}

/** True when the body schema has a property marked x-ms-notification-url (the callback of a webhook). */
function bodyHasNotificationUrl(definition: unknown, op: Record<string, unknown>): boolean {
  for (const raw of Array.isArray(op.parameters) ? op.parameters : []) {
    const p = resolveRef(definition, raw).target;
    if (p?.in !== 'body') continue;
    const schema = resolveRef(definition, p.schema).target;
    for (const prop of Object.values(asObject(schema?.properties) ?? {})) {
      const t = resolveRef(definition, prop).target;
      if (t?.['x-ms-notification-url'] === true || t?.['x-ms-notification-url'] === 'true') return true;
    }
  }
  return false;
}
