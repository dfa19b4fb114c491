// What the wizard tabs show: a plain, serialisable view of the connector built from the parsed file
// values (by the parse worker). Every editable value carries what is needed to write it back: the
// operation's JSON pointer, or a fixed pointer for the General fields.
import { buildConnectorModel, countOperations, type OperationCounts, type OperationKind, type Visibility } from '../core/model';
import type { ParameterView, ResponseView, SchemaView } from '../core/model';
import { readSecuritySettings, type SecuritySettings } from './security-settings';
import { listReferences, refOf, type ReferencesView } from './definition-references';
import { readPolicyInstances, type PolicyInstanceRow } from './policy-templates';
import { readTrigger, type TriggerView } from './trigger-settings';
import { authLabelOf } from './connector-labels';

export interface GeneralForm {
  schemes: string[];
  host: string;
  basePath: string;
  title: string;
  description: string;
  contactName: string;
  contactUrl: string;
  contactEmail: string;
  website: string;
  privacyPolicy: string;
  categories: string;
  iconBrandColor: string;
  publisher: string;
  stackOwner: string;
}

export interface ParameterRow {
  name: string;
  in: string;
  type: string;
  required: boolean;
  summary: string;
  description: string;
  visibility: Visibility;
  resolved: boolean;
  ref?: string;
}

export interface ResponseRow {
  status: string;
  description: string;
  schema: string;
}

export interface OperationRow {
  pointer: string;
  method: string;
  path: string;
  operationId: string;
  summary: string;
  description: string;
  visibility: Visibility;
  kind: OperationKind;
  deprecated: boolean;
  parameters: ParameterRow[];
  responses: ResponseRow[];
}

export interface FormState {
  general: GeneralForm;
  operations: OperationRow[];
  counts: OperationCounts;
  hasProperties: boolean;
  /** How connections authenticate, in words (the Security tab shows it until it can edit it). */
  authLabel: string;
  /** What the Security tab shows and edits. */
  security: SecuritySettings;
  /**
   * #/definitions, #/parameters and #/responses with their uses (the References view). Listing every
   * use walks the whole definition, so it is done only while the view asks for it (undefined otherwise).
   */
  references?: ReferencesView;
  /** `#/definitions/<name>` of each definition (the trigger settings' schema choice). */
  definitionRefs: string[];
  /** apiProperties.json's policy template instances, each checked against its template. */
  policies: PolicyInstanceRow[];
  /** Trigger settings of each trigger, by operation pointer. */
  triggers: Record<string, TriggerView>;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** `propertyValue` of the first `x-ms-connector-metadata` entry with this `propertyName`. */
export function metadataValue(definition: unknown, name: string): string {
  const list = obj(definition)?.['x-ms-connector-metadata'];
  if (!Array.isArray(list)) return '';
  for (const item of list) {
    const o = obj(item);
    if (o && o.propertyName === name) return str(o.propertyValue);
  }
  return '';
}

function schemaLabel(schema: SchemaView | undefined): string {
  if (!schema) return '';
  if (schema.ref) return schema.ref.replace(/^#\/definitions\//, '');
  return schema.type ?? 'object';
}

function parameterRow(p: ParameterView): ParameterRow {
  return {
    name: p.name,
    in: p.in,
    type: p.in === 'body' ? schemaLabel(p.schema) : (p.type ?? '') + (p.format ? ` (${p.format})` : ''),
    required: p.required,
    summary: p.summary ?? '',
    description: p.description ?? '',
    visibility: p.visibility,
    resolved: p.resolved,
    ...(p.ref ? { ref: p.ref } : {}),
  };
}

function responseRow(r: ResponseView): ResponseRow {
  return { status: r.status, description: r.description ?? '', schema: schemaLabel(r.schema) };
}

export interface FormStateOptions {
  /** List every reference and its uses (FormState.references). */
  references?: boolean;
}

export function buildFormState(definition: unknown, properties: unknown, hasScript: boolean, options: FormStateOptions = {}): FormState {
  const model = buildConnectorModel(definition, properties, hasScript);
  const info = obj(obj(definition)?.info);
  const contact = obj(info?.contact);
  return {
    general: {
      schemes: model.schemes,
      host: model.host ?? '',
      basePath: model.basePath ?? '',
      title: model.title ?? '',
      description: model.description ?? '',
      contactName: str(contact?.name),
      contactUrl: str(contact?.url),
      contactEmail: str(contact?.email),
      website: metadataValue(definition, 'Website'),
      privacyPolicy: metadataValue(definition, 'Privacy policy'),
      categories: metadataValue(definition, 'Categories'),
      iconBrandColor: model.iconBrandColor ?? '',
      publisher: model.publisher ?? '',
      stackOwner: model.stackOwner ?? '',
    },
    operations: model.operations.map((op) => ({
      pointer: op.pointer,
      method: op.method,
      path: op.path,
      operationId: op.operationId ?? '',
      summary: op.summary ?? '',
      description: op.description ?? '',
      visibility: op.visibility,
      kind: op.kind,
      deprecated: op.deprecated,
      parameters: op.parameters.map(parameterRow),
      responses: op.responses.map(responseRow),
    })),
    counts: countOperations(model),
    hasProperties: properties !== undefined,
    authLabel: authLabelOf(model),
    security: readSecuritySettings(definition, properties),
    ...referencesAndTriggers(definition, properties, model.operations, options.references === true),
  };
}

function referencesAndTriggers(
  definition: unknown,
  properties: unknown,
  operations: ReturnType<typeof buildConnectorModel>['operations'],
  withReferences: boolean,
) {
  const references = withReferences ? listReferences(definition) : undefined;
  const definitionRefs = Object.keys(obj(obj(definition)?.definitions) ?? {}).map((name) => refOf('definitions', name));
  const triggers: Record<string, TriggerView> = {};
  for (const op of operations) {
    if (op.kind === 'action') continue;
    const t = readTrigger(definition, op);
    if (t) triggers[op.pointer] = t;
  }
  const ids = operations.flatMap((op) => (op.operationId !== undefined ? [op.operationId] : []));
  return { ...(references ? { references } : {}), definitionRefs, policies: readPolicyInstances(properties, ids), triggers };
}
