// The certification checker's vocabulary: rules, the visitor hooks the walker calls, the nodes it
// hands them, and the diagnostics they produce.
import type { LoadedConnector, LocatedDiagnostic } from '../../core/connector';
import type { ConnectorModel, OperationView, ParameterView, ResponseView, JsonObject } from '../../core/model';
import type { Severity, TextEdit, JsonDocument } from '../../core/text';
import type { SchemaError } from './schema-validator';
import type { PointerLocation } from './locate-pointers';

/** Which submission the connector is checked for. */
export type CertifyProfile = 'custom' | 'certified' | 'independent-publisher';
export const CERTIFY_PROFILES: readonly CertifyProfile[] = ['custom', 'certified', 'independent-publisher'];

/** A rule's level in a profile: a severity, or 'off' (the rule does not apply). */
export type RuleLevel = Severity | 'off';
export type ProfileLevels = Record<CertifyProfile, RuleLevel>;

export type RuleCategory =
  | 'structure'
  | 'metadata'
  | 'operation'
  | 'parameter'
  | 'response'
  | 'schema'
  | 'extension'
  | 'webhook'
  | 'security'
  | 'properties'
  | 'policy'
  | 'limits';

/** The connector's JSON files, where a finding has a JSON pointer. */
export type CertifyJsonFile = 'definition' | 'properties';

/**
 * The connector file a finding is in: a JSON file, or README.md, script.csx (a finding there has a
 * line, no pointer) or icon.png (binary: neither).
 */
export type CertifyFile = CertifyJsonFile | 'readme' | 'script' | 'icon';

export interface Fix {
  title: string;
  /** Minimal edits to the text of the diagnostic's file. */
  edits: TextEdit[];
}

export interface CertifyDiagnostic extends LocatedDiagnostic {
  /**
   * `code` is the rule id. The pointer in paconn's `ValuePath:` form (`operation/<id>/…` or `/info`);
   * absent, as `pointer` is, for a finding about README.md, script.csx or icon.png.
   */
  valuePath?: string;
  category: RuleCategory;
  fix?: Fix;
}

export interface Finding {
  /** JSON pointer of the value concerned, in `file` ('' for a file that is not JSON). */
  pointer: string;
  message: string;
  /** Default: the definition. */
  file?: CertifyFile;
  /**
   * In README.md or script.csx: the 1-based line (default 1). A finding about icon.png, or about a
   * file that is absent, has no line.
   */
  line?: number;
  /** Locate the property name rather than the value (for a key that is wrong or misses something). */
  at?: 'value' | 'key';
  /**
   * The pointer of the value the finding is about, when `pointer` is only where it is shown (a
   * missing member is shown at its object). Two findings about one value are one defect: a rule's
   * own finding replaces a JSON Schema violation there (see specific-wins.ts).
   */
  subject?: string;
  /** Built only when the finding is kept and located (some fixes need the syntax tree). */
  fix?: (fc: FixContext) => Fix | undefined;
}

export interface FixContext {
  doc: JsonDocument;
  /** The finding's pointer. */
  pointer: string;
  /** Where the finding's pointer is in the text; absent when the pointer names a missing value. */
  location?: PointerLocation;
}

export type Report = (finding: Finding) => void;

/** Something with a pointer, read only when a finding is reported (a schema node builds it then). */
export interface Where {
  readonly pointer: string;
}

// ---------------------------------------------------------------------------------------------
// What the walker visits. Every node keeps its pointer (where it is written) and, for `$ref`s, the
// pointer of the object it resolves to, so a rule reports at the place a user must edit.

export interface OperationNode {
  /** `/paths/~1items~1{id}/get` */
  pointer: string;
  path: string;
  method: OperationView['method'];
  value: JsonObject;
  pathItem: JsonObject;
  pathItemPointer: string;
  view: OperationView;
  parameters: ParameterNode[];
  responses: ResponseNode[];
}

export interface ParameterNode {
  /** Where the parameter is listed (an item of a `parameters` array). */
  pointer: string;
  /** Where its object is written: the `#/parameters/…` target for a `$ref`, else `pointer`. */
  target: string;
  /** The resolved parameter object; undefined when a `$ref` leads nowhere. */
  value: JsonObject | undefined;
  /** SchemaKey bits of the keys `value` has (0 without a value). */
  keys: number;
  view: ParameterView;
  operation: OperationNode;
}

export interface ResponseNode {
  pointer: string;
  target: string;
  status: string;
  value: JsonObject | undefined;
  view: ResponseView;
  operation: OperationNode;
}

/** How a schema object is reached from its parent. */
export type SchemaEdge = 'definition' | 'parameter' | 'response' | 'notification' | 'property' | 'items' | 'additionalProperties' | 'allOf';

/**
 * Which keys a schema object has, as bits: rules test these (one integer on one object shape)
 * before reading the object itself, whose shapes are as many as the corpus has schemas.
 */
export const SchemaKey = {
  Ref: 1 << 0,
  Type: 1 << 1,
  Default: 1 << 2,
  Enum: 1 << 3,
  Required: 1 << 4,
  Bounds: 1 << 5,
  Exclusive: 1 << 6,
  Pattern: 1 << 7,
  Discriminator: 1 << 8,
  ReadOnly: 1 << 9,
  Visibility: 1 << 10,
  EnumValues: 1 << 11,
  Editor: 1 << 12,
  /** x-ms-dynamic-*, x-ms-notification, x-ms-operation-context, x-ms-capabilities: calls to operations. */
  Calls: 1 << 13,
  NotificationUrl: 1 << 14,
  /** x-ms-summary: a label, which a few schema objects of each definition have. */
  Summary: 1 << 15,
  /** The keys that hold subschemas: the walk reads only those a schema has (most have none). */
  Properties: 1 << 16,
  Items: 1 << 17,
  AdditionalProperties: 1 << 18,
  AllOf: 1 << 19,
  /**
   * Not a key but its value: "type" is "array". Most schema objects have a type and few are arrays;
   * the rule about arrays is then not called for every typed schema (a read of "type" on objects of
   * thousands of shapes is a slow lookup).
   */
  ArrayType: 1 << 20,
} as const;

export interface SchemaNode {
  /** Where this schema object is written. Each one is visited once, `$ref`s are not followed. */
  pointer: string;
  value: JsonObject;
  /** SchemaKey bits of the keys `value` has. */
  keys: number;
  edge: SchemaEdge;
  parent: SchemaNode | undefined;
  /** For `edge === 'property'`: the property name, and whether the parent lists it as required. */
  name: string | undefined;
  required: boolean;
  depth: number;
}

export interface ConnectionParameterNode {
  pointer: string;
  name: string;
  value: JsonObject;
  /** Name of the multi-auth parameter set, when in `connectionParameterSets`. */
  set?: string;
}

export interface PolicyNode {
  pointer: string;
  value: JsonObject;
  /** Lower-cased. */
  templateId: string;
  parameters: JsonObject;
  /** Operation ids named by `x-ms-apimTemplate-operationName`; empty means all. */
  operations: string[];
}

export interface StructureError extends SchemaError {
  file: CertifyJsonFile;
  /**
   * The value at instancePath once a rule has read it through dataOf (structure-errors.ts), which
   * owns this field; NOT_READ until then.
   */
  data: unknown;
  /** instancePath split into segments once a rule has asked (errorSegments); null until then. */
  segments: readonly string[] | null;
}

/**
 * A rule's hooks. They are called as plain functions, without `this`: keep a rule's state in the
 * closure of its `check`.
 */
export interface RuleVisitor {
  onDocument?(root: JsonObject): void;
  /** Once per path item, with its first operation (for rules about the path or its shared parameters). */
  onPathItem?(firstOperation: OperationNode): void;
  onOperation?(op: OperationNode): void;
  onParameter?(param: ParameterNode): void;
  /**
   * SchemaKey bits: when set, `onParameter` is called only for parameters whose object has one of
   * these keys (the walk offers a parameter only to the rules that can fire on it).
   */
  parameterKeys?: number;
  onResponse?(response: ResponseNode): void;
  onSchema?(schema: SchemaNode): void;
  /**
   * SchemaKey bits: when set, `onSchema` is called only for schema objects that have one of these
   * keys (most schema rules look at one keyword; the walk then passes them by for all others).
   */
  schemaKeys?: number;
  /** `apiProperties.json`'s `properties` object (called with `{}` when the file is absent). */
  onApiProperties?(properties: JsonObject, present: boolean): void;
  onConnectionParameter?(param: ConnectionParameterNode): void;
  onPolicy?(policy: PolicyNode): void;
  /**
   * A JSON Schema violation. Rules are asked in registry order; the first to return true owns it
   * (and reports it, or decides it is not worth reporting).
   */
  onSchemaError?(error: StructureError): boolean;
  onEnd?(): void;
}

export interface ResolvedRef {
  /** Pointer of the target, when the `$ref` is local and resolves. */
  pointer?: string;
  value: JsonObject | undefined;
}

export interface RuleContext {
  profile: CertifyProfile;
  connector: LoadedConnector;
  model: ConnectorModel;
  definition: JsonDocument | undefined;
  /** The definition's root object (`{}` when absent or not an object). */
  root: JsonObject;
  properties: JsonDocument | undefined;
  /** `apiProperties.json` → `properties` (`{}` when absent). */
  apiProperties: JsonObject;
  operations: OperationNode[];
  /** Operations by operationId (a list: ids may be duplicated). */
  operationsById: ReadonlyMap<string, OperationNode[]>;
  /** Follows a `$ref` (cached per document); a non-reference object resolves to itself. */
  resolve(node: unknown, at?: string): ResolvedRef;
  /** The folder has script.csx / icon.png. */
  hasScript: boolean;
  hasIcon: boolean;
}

export interface CertifyRule {
  /** A Microsoft validator rule name when `microsoft`, else a descriptive PascalCase id. */
  id: string;
  microsoft: boolean;
  /** The certification requirement (connectors.md 5.1 id) a non-Microsoft rule stands for. */
  requirement?: string;
  category: RuleCategory;
  /** One level for every profile, or one per profile. */
  severity: RuleLevel | ProfileLevels;
  /** One sentence: what the rule checks. */
  description: string;
  /**
   * Its findings depend on parts of the connector other than where they are reported: a reference's
   * target or other operations ('document'), or the other JSON file too ('connector'). While a syntax
   * error leaves part of such a file unsure (unread-text.ts), they are withheld.
   */
  readsElsewhere?: 'document' | 'connector';
  /** Called once per run: returns the hooks, which may keep state across the walk. */
  check(ctx: RuleContext, report: Report): RuleVisitor;
}
