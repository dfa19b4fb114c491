// What the Definition tab edits of one operation: its parameters (with the place each is written,
// the path item's shared ones and `$ref`'d ones included), its responses, the property trees of its
// body and response schemas, the references to its operationId, and whether its path parameters
// agree with its path template. Built for the selected operation only: the trees of every
// operation together are megabytes on the largest connectors.
import { asObject, asString, entries, operationParameters, resolveRef, HTTP_METHODS, type Visibility } from '../../core/model';
import { appendPointer, parsePointer, valueAt } from '../../core/text';
import { definitionOperationReferences, propertiesOperationReferences, type OperationReference } from './operation-references';
import { pathTemplateNames } from './path-template';
import { schemaTree, type SchemaTree } from './schema-tree';

export interface DynamicValuesView {
  operationId: string;
  /** Parameter name -> where its value comes from: another parameter, or a fixed value. */
  parameters: { name: string; source: 'parameter' | 'value'; value: string }[];
  valuePath: string;
  valueTitle: string;
  valueCollection: string;
  /** builtInOperation or capability: shown, not edited here. */
  other?: string;
}

/** `x-ms-dynamic-list`: the same dropdown in the newer form (parameters by `parameterReference`). */
export interface DynamicListView {
  operationId: string;
  /** `source: 'parameter'` is a parameterReference (a parameter's name, or `body/…`). */
  parameters: DynamicValuesView['parameters'];
  itemsPath: string;
  itemValuePath: string;
  itemTitlePath: string;
}

/** `x-ms-dynamic-properties`: the same dynamic schema in the newer form (parameters by `parameterReference`). */
export interface DynamicPropertiesView {
  operationId: string;
  parameters: DynamicValuesView['parameters'];
  /** Where the schema is in that operation's answer ('' = the whole answer). */
  itemValuePath: string;
}

/** `x-ms-dynamic-schema` on a body or response schema: another operation answers with the schema. */
export interface DynamicSchemaView {
  operationId: string;
  parameters: DynamicValuesView['parameters'];
  /** Where the schema is in that operation's answer ('' = the whole answer). */
  valuePath: string;
}

export interface ParameterDetail {
  /** The item of the `parameters` array (removing a parameter removes it). */
  pointer: string;
  /** Where the parameter's fields are written: the item itself, or the entry a `$ref` names. */
  editPointer: string;
  ref?: string;
  /** False when a `$ref` points nowhere. */
  resolved: boolean;
  /** Declared on the path item: every operation on the path shares it. */
  shared: boolean;
  name: string;
  in: string;
  type: string;
  itemsType: string;
  format: string;
  required: boolean;
  /** The default as JSON text (`"abc"`, `10`, `true`); '' when none. */
  default: string;
  summary: string;
  description: string;
  visibility: Visibility;
  /** The static dropdown's values, as written. */
  enum: unknown[];
  dynamicValues?: DynamicValuesView;
  dynamicList?: DynamicListView;
  /** Other dynamic extensions the form shows but does not edit. */
  otherDynamic: string[];
  /** The body's schema as a property tree. */
  schema?: SchemaTree;
  /** Where the body's schema is written (for a body parameter). */
  schemaPointer?: string;
  /** The body schema's x-ms-dynamic-schema and -properties (for a body parameter). */
  dynamicSchema?: DynamicSchemaView;
  dynamicProperties?: DynamicPropertiesView;
}

export interface ResponseDetail {
  pointer: string;
  editPointer: string;
  ref?: string;
  status: string;
  description: string;
  schema?: SchemaTree;
  schemaPointer?: string;
  dynamicSchema?: DynamicSchemaView;
  dynamicProperties?: DynamicPropertiesView;
}

export interface OperationDetail {
  pointer: string;
  path: string;
  method: string;
  operationId: string;
  parameters: ParameterDetail[];
  responses: ResponseDetail[];
  /** Mismatches between the path template and the path parameters, in words. */
  pathProblems: string[];
  /** Places that name this operation's ID: in the definition and in apiProperties.json. */
  references: { definition: OperationReference[]; properties: OperationReference[] };
  /** How many operations carry this operationId (more than one is a conflict). */
  sameIdCount: number;
  /**
   * Every place that names any operation, and how many operations carry each ID: a rename decides
   * what still names the old ID from whichever detail it gets, before or after the rename reached it.
   */
  allReferences: { definition: OperationReference[]; properties: OperationReference[] };
  operationIdCounts: Record<string, number>;
}

function jsonText(v: unknown): string {
  return v === undefined ? '' : JSON.stringify(v);
}

/** A fixed value as typed: a string as it is, anything else as JSON. */
function textOf(v: unknown): string {
  return typeof v === 'string' ? v : jsonText(v);
}

/**
 * The `parameters` of x-ms-dynamic-values, -schema or -list: each is another parameter's value
 * (`parameter`, or `parameterReference` in a list) or a fixed one.
 */
function dynamicParameters(raw: unknown): DynamicValuesView['parameters'] {
  return entries(raw).map(([name, v]) => {
    const o = asObject(v);
    const ref = asString(o?.parameter) ?? asString(o?.parameterReference);
    return ref !== undefined
      ? { name, source: 'parameter' as const, value: ref }
      : { name, source: 'value' as const, value: textOf(o && 'value' in o ? o.value : v) };
  });
}

/** `{ [key]: value }`, or nothing when there is no value (for optional fields of a view). */
function present<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

/** The x-ms-dynamic-schema of a schema (the object after its `$ref`), when it has one. */
function dynamicSchemaView(schema: Record<string, unknown> | undefined): DynamicSchemaView | undefined {
  const o = asObject(schema?.['x-ms-dynamic-schema']);
  if (!o) return undefined;
  return {
    operationId: asString(o.operationId) ?? '',
    parameters: dynamicParameters(o.parameters),
    valuePath: asString(o['value-path']) ?? '',
  };
}

/** The x-ms-dynamic-properties of a schema (the object after its `$ref`), when it has one. */
function dynamicPropertiesView(schema: Record<string, unknown> | undefined): DynamicPropertiesView | undefined {
  const o = asObject(schema?.['x-ms-dynamic-properties']);
  if (!o) return undefined;
  return {
    operationId: asString(o.operationId) ?? '',
    parameters: dynamicParameters(o.parameters),
    itemValuePath: asString(o.itemValuePath) ?? '',
  };
}

function dynamicListView(raw: unknown): DynamicListView | undefined {
  const o = asObject(raw);
  if (!o) return undefined;
  return {
    operationId: asString(o.operationId) ?? '',
    parameters: dynamicParameters(o.parameters),
    itemsPath: asString(o.itemsPath) ?? '',
    itemValuePath: asString(o.itemValuePath) ?? '',
    itemTitlePath: asString(o.itemTitlePath) ?? '',
  };
}

function dynamicValuesView(raw: unknown): DynamicValuesView | undefined {
  const o = asObject(raw);
  if (!o) return undefined;
  const parameters = dynamicParameters(o.parameters);
  const other = asString(o.builtInOperation) ?? asString(o.capability);
  return {
    operationId: asString(o.operationId) ?? '',
    parameters,
    valuePath: asString(o['value-path']) ?? '',
    valueTitle: asString(o['value-title']) ?? '',
    valueCollection: asString(o['value-collection']) ?? '',
    ...(other !== undefined ? { other } : {}),
  };
}

/** The detail of the operation at `pointer` (`/paths/~1items/get`), or undefined when there is none. */
export function operationDetail(definition: unknown, properties: unknown, pointer: string): OperationDetail | undefined {
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
  const path = segments[0] === 'paths' && segments.length === 3 ? segments[1]! : pathOfItem(definition, itemPointer);

  const parameters = operationParameters(definition, pathItem, itemPointer, op, pointer).map((p): ParameterDetail => {
    const target = resolveRef(definition, valueAt(definition, p.pointer)).target;
    const editPointer = p.resolvedPointer ?? p.pointer;
    const items = resolveRef(definition, target?.items).target;
    const schemaPointer = p.schema ? (p.schema.resolvedPointer ?? p.schema.pointer) : undefined;
    const schemaTarget = p.schema ? resolveRef(definition, p.schema.value).target : undefined;
    return {
      pointer: p.pointer,
      editPointer,
      ...(p.ref !== undefined ? { ref: p.ref } : {}),
      resolved: p.resolved,
      shared: p.fromPathItem,
      name: p.name,
      in: p.in,
      type: p.type ?? '',
      itemsType: asString(items?.type) ?? '',
      format: p.format ?? '',
      required: p.required,
      default: jsonText(p.default),
      summary: p.summary ?? '',
      description: p.description ?? '',
      visibility: p.visibility,
      enum: p.enum ?? [],
      ...present('dynamicValues', dynamicValuesView(p.dynamicValues)),
      ...present('dynamicList', dynamicListView(target?.['x-ms-dynamic-list'])),
      otherDynamic: ['x-ms-dynamic-tree', 'x-ms-dynamic-schema', 'x-ms-dynamic-properties'].filter((k) => target?.[k] !== undefined),
      ...(p.schema ? { schema: schemaTree(definition, p.schema.value, p.schema.pointer), schemaPointer: schemaPointer! } : {}),
      ...present('dynamicSchema', dynamicSchemaView(schemaTarget)),
      ...present('dynamicProperties', dynamicPropertiesView(schemaTarget)),
    };
  });

  const responses = entries(op.responses)
    .filter(([status]) => !status.startsWith('x-'))
    .map(([status, raw]): ResponseDetail => {
      const at = appendPointer(pointer, 'responses', status);
      const { ref, resolvedPointer, target } = resolveRef(definition, raw);
      const editPointer = resolvedPointer ?? at;
      const schemaAt = appendPointer(editPointer, 'schema');
      const schema = target?.schema;
      const resolvedSchema = resolveRef(definition, schema);
      return {
        pointer: at,
        editPointer,
        ...(ref !== undefined ? { ref } : {}),
        status,
        description: asString(target?.description) ?? '',
        ...(schema !== undefined
          ? { schema: schemaTree(definition, schema, schemaAt), schemaPointer: resolvedSchema.resolvedPointer ?? schemaAt }
          : {}),
        ...present('dynamicSchema', dynamicSchemaView(resolvedSchema.target)),
        ...present('dynamicProperties', dynamicPropertiesView(resolvedSchema.target)),
      };
    });

  const operationId = asString(op.operationId) ?? '';
  const named = (r: OperationReference) => operationId !== '' && r.operationId === operationId;
  const allReferences = { definition: definitionOperationReferences(definition), properties: propertiesOperationReferences(properties) };
  const operationIdCounts = countAllOperationIds(definition);
  return {
    pointer,
    path,
    method,
    operationId,
    parameters,
    responses,
    pathProblems: pathProblems(path, parameters),
    references: { definition: allReferences.definition.filter(named), properties: allReferences.properties.filter(named) },
    sameIdCount: operationId === '' ? 0 : (operationIdCounts[operationId] ?? 0),
    allReferences,
    operationIdCounts,
  };
}

function pathOfItem(definition: unknown, itemPointer: string): string {
  // A path item reached through a `$ref`: find the path that points at it.
  for (const [path, raw] of entries(asObject(definition)?.paths)) {
    if (resolveRef(definition, raw).resolvedPointer === itemPointer) return path;
  }
  return '';
}

function countAllOperationIds(definition: unknown): Record<string, number> {
  const counts: Record<string, number> = Object.create(null);
  for (const [, raw] of entries(asObject(definition)?.paths)) {
    const item = resolveRef(definition, raw).target;
    for (const m of HTTP_METHODS) {
      const id = asObject(item?.[m])?.operationId;
      if (typeof id === 'string' && id !== '') counts[id] = (counts[id] ?? 0) + 1;
    }
  }
  return counts;
}

/** What is wrong between a path template and the path parameters, one sentence each. */
export function pathProblems(
  path: string,
  parameters: readonly Pick<ParameterDetail, 'name' | 'in' | 'required' | 'resolved'>[],
): string[] {
  const names = pathTemplateNames(path);
  const declared = parameters.filter((p) => p.resolved && p.in === 'path');
  const out: string[] = [];
  for (const n of names) {
    const p = declared.find((d) => d.name === n);
    if (!p) out.push(`The path names {${n}}, but no path parameter "${n}" is declared.`);
    else if (!p.required) out.push(`The path parameter "${n}" must be required: every path parameter is.`);
  }
  for (const d of declared) if (!names.includes(d.name)) out.push(`The path parameter "${d.name}" is not in the path ${path}.`);
  return out;
}
