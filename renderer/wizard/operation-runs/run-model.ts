// What the Test tab needs to know of the connector as edited: its operations with their parameters,
// its connection parameters and its security, from the current texts. Parsed here (not in the parse
// worker) only while the tab is shown, with the native JSON parser first.
import { buildConnectorModel, type ConnectorModel, type OperationView, type ParameterView } from '../../../shared/core/model';
import { JsonDocument, valueAt } from '../../../shared/core/text';
import type { ConnectorTexts } from '../../session/editing';

export interface TestModel {
  definition: unknown;
  model: ConnectorModel;
  /** The texts a run sends (the connector as edited, saved or not). */
  texts: { definitionText: string; propertiesText?: string };
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Comments, trailing commas and the like: the tolerant parser reads what the studio shows.
    return JsonDocument.parse(text).value;
  }
}

/** The definition and properties as edited, saved or not. */
export function currentTexts(texts: ConnectorTexts): TestModel['texts'] {
  const propertiesText = texts.text('properties');
  return { definitionText: texts.text('definition') ?? '', ...(propertiesText !== undefined ? { propertiesText } : {}) };
}

export function readTestModel(connector: ConnectorTexts): TestModel {
  const texts = currentTexts(connector);
  const { definitionText, propertiesText } = texts;
  const definition = parse(definitionText);
  const properties = propertiesText !== undefined ? parse(propertiesText) : undefined;
  return {
    definition,
    model: buildConnectorModel(definition, properties, false),
    texts,
  };
}

/** How runs and history name an operation: its operationId, or "METHOD /path". */
export function operationKey(op: { operationId?: string; method: string; path: string }): string {
  return op.operationId || `${op.method.toUpperCase()} ${op.path}`;
}

export function findOperation(model: ConnectorModel, pointer: string | undefined): OperationView | undefined {
  return pointer === undefined ? undefined : model.operations.find((o) => o.pointer === pointer);
}

/** A parameter's keyword as written (collectionFormat, items, x-ms-summary), following its $ref. */
export function rawParameter(definition: unknown, p: ParameterView): Record<string, unknown> {
  const v = valueAt(definition, p.resolvedPointer ?? p.pointer);
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/** A connection field as the portal shows it. */
export interface ConnectionField {
  name: string;
  label: string;
  description?: string;
  /** securestring, secureobject and oauthSetting: typed into a password field, kept in the secret store. */
  secret: boolean;
  oauth: boolean;
  required: boolean;
  type: string;
}

const SECRET_TYPES = new Set(['securestring', 'secureobject', 'oauthsetting']);

/**
 * The connection parameters of apiProperties.json (the first parameter set of a multi-auth
 * connector: the test uses the first security definition); without any, those the security
 * definition implies, named as the portal generates them.
 */
export function connectionFields(model: ConnectorModel): ConnectionField[] {
  const declared = model.connectionParameters.filter((p) => !p.hidden);
  const firstSet = declared.find((p) => p.set !== undefined)?.set;
  const params = declared.filter((p) => p.set === undefined || p.set === firstSet);
  if (params.length) {
    return params.map((p) => {
      const type = p.type.toLowerCase();
      return {
        name: p.name,
        label: type === 'oauthsetting' ? 'Access token' : (p.displayName ?? p.name),
        ...(p.description !== undefined ? { description: p.description } : {}),
        secret: SECRET_TYPES.has(type),
        oauth: type === 'oauthsetting',
        required: p.required,
        type,
      };
    });
  }
  const security = model.securityDefinitions[0];
  const field = (name: string, label: string, oauth = false): ConnectionField => ({
    name,
    label,
    secret: true,
    oauth,
    required: !oauth,
    type: oauth ? 'oauthsetting' : 'securestring',
  });
  switch (security?.type) {
    case 'basic':
      return [field('username', 'Username'), field('password', 'Password')];
    case 'apiKey':
      return [field('api_key', 'API Key')];
    case 'oauth2':
      return [field('token', 'Access token', true)];
    default:
      return [];
  }
}
