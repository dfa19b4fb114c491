// Completions and hovers in the raw editor come from the connector JSON Schemas (the corrected copies
// the certification checker uses), handed to Monaco's JSON language service: it proposes the keys an
// object may hold where the cursor is (every x-ms-* extension in the places the schema allows it),
// the allowed values of enums, and shows a key's title and description on hover. Validation stays
// off: the studio's own parser and checker report problems.
//
// Microsoft's schemas leave many extensions without a description (or with "[TODO] ???", or with one
// copied from a neighbour), so those get one here, from the extension reference (connectors.md
// section 3 and 4); where the schema describes a key, its text is kept. Plain data, no Monaco and no
// DOM, so tests run the same language service over it.
import { apiDefinitionSchema, apiPropertiesSchema } from '../../shared/engines/certify';

type Schema = Record<string, unknown>;

export interface ExtensionDoc {
  description: string;
  /** One sentence per value of the schema's `enum`, by value. */
  values?: Record<string, string>;
}

/**
 * Descriptions of the extensions whose schema has none (keyed by property name, or by definition
 * name where one extension has two shapes).
 */
export const EXTENSION_DOCS: Record<string, ExtensionDoc> = {
  'x-ms-visibility': {
    description:
      'How prominently the designer shows this operation, parameter or property. No value means normal visibility. An internal value that is required needs a default.',
    values: {
      important: 'Always shown first.',
      advanced: 'Hidden under the advanced options.',
      internal: 'Never shown to the user.',
    },
  },
  'x-ms-trigger': {
    description: 'Makes this operation a trigger.',
    values: {
      batch: 'The trigger returns an array; each item starts a run.',
      single: 'The trigger returns one object, which starts one run.',
    },
  },
  'x-ms-trigger-hint': { description: 'A hint shown in the designer under the trigger (for example, how to make it fire).' },
  'x-ms-trigger-metadata': { description: 'Marks a polling trigger: {"kind": "query", "mode": "polling"}.' },
  'x-ms-trigger-value': {
    description: 'Values for this parameter taken from another operation\'s response: {"value-collection", "value-path"}.',
  },
  'x-ms-notification-content': {
    description: 'On a path item (beside the methods): the payload a webhook sends, {"description", "schema"}.',
  },
  'x-ms-notification-url': {
    description: 'true on the body property that receives the callback URL of a webhook trigger (a required, internal string).',
  },
  'x-ms-notification': { description: 'On a trigger: the operation that registers the webhook, {"operationId"}.' },
  'x-ms-dynamic-values': {
    description:
      "Fills this parameter's drop-down from another operation's response: operationId (or builtInOperation or capability), parameters, value-collection, value-path, value-title.",
  },
  'x-ms-dynamic-schema': {
    description: "Takes this body's or response's schema from another operation at design time: operationId, parameters, value-path.",
  },
  'x-ms-dynamic-properties': {
    description:
      "Takes this body's or response's properties from another operation at design time: operationId, parameters, itemValuePath.",
  },
  'x-ms-dynamic-tree': { description: 'A tree picker for this parameter: settings, open (the first level) and browse (the levels below).' },
  'x-ms-capabilities<api>': {
    description: 'Capabilities of the whole connector: file-picker, or testConnection (not supported for custom connectors).',
  },
  'x-ms-capabilities<operation>': {
    description: 'Capabilities of this operation: {"chunkTransfer": true} to send large content in chunks.',
  },
  'x-ms-api-annotation<info>': {
    description: "The connector's release status.",
    values: { Production: 'Generally available.', Preview: 'Shown as a preview connector.' },
  },
  'x-ms-api-annotation<operation>': { description: 'Versioning of an operation: family, revision (1 or more), status, replacement.' },
  'x-ms-operation-context': { description: 'How the designer simulates this operation: {"simulate": {"operationId", "parameters"}}.' },
  'x-ms-no-generic-test': { description: "true skips this operation in Microsoft's automated tests." },
  'x-ms-enum-values': {
    description: 'Display names for the values of `enum`: [{"value", "displayName"}]; each value must be in the enum.',
  },
  'x-ms-localizeDefaultValue': { description: "true translates the default value into the user's language." },
  'x-ms-media-kind': {
    description: 'The kind of media this value holds.',
    values: { image: 'An image.', audio: 'An audio clip.' },
  },
  'x-ms-editor': {
    description: 'The editor the designer uses for this object.',
    values: { dictionary: 'Key and value pairs (an object with additionalProperties).' },
  },
  'x-ms-editor-options': { description: 'Options of the editor: {"items": [{"title", "value"}]}.' },
  'x-ms-connector-metadata': {
    description:
      'Certification metadata: [{"propertyName", "propertyValue"}] for Website, Privacy policy and Categories (at most two, separated by ";").',
  },
  'x-ms-docs': { description: 'Links to documentation: [{"url", "description"}].' },
  'x-ms-deployment-version': { description: 'The deployment version, digits and dots (for example 1.0.0).' },
  'x-ms-keywords': { description: 'Search keywords for the connector.' },
  'x-ms-openai-data': { description: 'Settings for Copilot and AI plugins: openai-enabled and the operations with their parameters.' },
  'x-ms-openai-manifest': {
    description: 'How the connector presents itself as an AI plugin: humanName, modelDescription, contactEmail, legalUrl.',
  },
  'x-ms-openai-published-to-copilots': {
    description: 'The copilots this connector is published to: [{"AICopilot-enabled", "AICopilotName"}].',
  },
  'x-ms-require-user-confirmation': { description: 'true asks the user to confirm before an AI agent runs this operation.' },
  'x-ms-explicit-input': { description: 'true makes an AI agent ask the user for this parameter rather than fill it in.' },
  'x-ms-agentic-protocol': {
    description: 'The agent protocol this operation speaks (mcp-streamable-1.0 for an MCP server in Copilot Studio).',
  },
  'x-ms-parameter-location': { description: 'AutoRest only: accepted, but ignored by Power Platform.' },
  'x-ms-skip-url-encoding': { description: 'AutoRest only: accepted, but ignored by Power Platform (use x-ms-url-encoding).' },
  'x-ms-enum': { description: 'AutoRest only: accepted, but ignored by Power Platform (use x-ms-enum-values).' },
  // Policy template parameters (apiProperties.json).
  'x-ms-apimTemplate-operationName': { description: 'The operations (operationId) the policy applies to; without it, all operations.' },
  'x-ms-apimTemplate-policySection': { description: 'When the policy runs: on the Request, the Response, or a Failure.' },
  'x-ms-apimTemplateParameter.name': { description: 'The name of the header or query parameter to set.' },
  'x-ms-apimTemplateParameter.value': { description: "The value to set; may use expressions such as @connectionParameters('name')." },
  'x-ms-apimTemplateParameter.existsAction': {
    description: 'What to do when the header or query parameter is already there.',
    values: { override: 'Replace it.', skip: 'Keep it.', append: 'Add the value to it.' },
  },
  'x-ms-apimTemplateParameter.urlTemplate': {
    description: "The new host URL (Set host URL); may use @connectionParameters('name'). Not supported through a gateway.",
  },
  'x-ms-apimTemplateParameter.newPath': { description: 'The path the request is routed to (Route request).' },
  'x-ms-apimTemplateParameter.httpMethod': { description: 'The HTTP method of the routed request.' },
  'x-ms-apimTemplateParameter.propertyParentPath': { description: 'Path to the object that holds the property to convert.' },
  'x-ms-apimTemplateParameter.newPropertyPath': { description: 'Path of the property written.' },
  'x-ms-apimTemplateParameter.nextLinkPropertyName': { description: "The response property that holds the next page's link." },
  'x-ms-apimTemplateParameter.statusCode': { description: 'The response status that marks the connection as unauthenticated.' },
};

/**
 * Descriptions in Microsoft's schema that are wrong: dynamic-schema and dynamic-properties carry
 * the dynamic-list text ("... to get a list of values").
 */
const REPLACED = new Set(['x-ms-dynamic-schema', 'x-ms-dynamic-properties']);

function isObject(v: unknown): v is Schema {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function hasDescription(s: Schema): boolean {
  const d = s.description;
  return typeof d === 'string' && d.trim() !== '' && !/\[TODO\]|\?\?\?/.test(d);
}

function describe(target: Schema, doc: ExtensionDoc, replace: boolean): void {
  if (replace || !hasDescription(target)) target.description = doc.description;
  const values = doc.values;
  if (values && Array.isArray(target.enum) && !Array.isArray(target.enumDescriptions)) {
    target.enumDescriptions = target.enum.map((v) => (typeof v === 'string' ? (values[v] ?? '') : ''));
  }
}

/**
 * A copy of `schema` in which every x-ms-* key that lacks a description has one: set on the
 * definition it refers to (the language service merges a `$ref`'s target over the referring node,
 * so a description beside the `$ref` would be lost), or on the key's own schema.
 */
export function withExtensionDocs(schema: Schema): Schema {
  const copy = structuredClone(schema);
  const definitions = isObject(copy.definitions) ? copy.definitions : {};
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isObject(node)) return;
    if (isObject(node.properties)) {
      for (const [key, value] of Object.entries(node.properties)) {
        if (!key.startsWith('x-ms-') || !isObject(value)) continue;
        const ref = typeof value.$ref === 'string' ? /^#\/definitions\/([^/]+)$/.exec(value.$ref)?.[1] : undefined;
        const target = ref !== undefined && isObject(definitions[ref]) ? definitions[ref] : ref === undefined ? value : undefined;
        const doc = (ref !== undefined ? EXTENSION_DOCS[ref] : undefined) ?? EXTENSION_DOCS[key];
        if (target && doc) describe(target, doc, ref !== undefined && REPLACED.has(ref));
      }
    }
    for (const v of Object.values(node)) visit(v);
  };
  visit(copy);
  return copy;
}

export const SCHEMA_URIS = {
  definition: 'inmemory://connector-studio/schemas/apiDefinition.swagger.schema.json',
  properties: 'inmemory://connector-studio/schemas/paconn-apiProperties.schema.json',
} as const;

/** What Monaco's JSON defaults take (`setDiagnosticsOptions`): schemas by file name, no validation, nothing fetched. */
export interface JsonLanguageOptions {
  validate: boolean;
  allowComments: boolean;
  trailingCommas: 'ignore';
  enableSchemaRequest: boolean;
  schemas: { uri: string; fileMatch: string[]; schema: Schema }[];
}

let options: JsonLanguageOptions | undefined;

/** The options for the session's models (their URIs end with the standard file names). */
export function connectorJsonOptions(): JsonLanguageOptions {
  options ??= {
    validate: false,
    allowComments: true,
    trailingCommas: 'ignore',
    enableSchemaRequest: false,
    schemas: [
      { uri: SCHEMA_URIS.definition, fileMatch: ['apiDefinition.swagger.json'], schema: withExtensionDocs(apiDefinitionSchema) },
      { uri: SCHEMA_URIS.properties, fileMatch: ['apiProperties.json'], schema: withExtensionDocs(apiPropertiesSchema) },
    ],
  };
  return options;
}
