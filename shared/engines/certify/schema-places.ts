// What a JSON pointer designates in a connector file, for messages ("in an operation") and for
// "did you mean" suggestions (the keys that belong there).
import type { CertifyJsonFile } from './types';

export interface Place {
  /** A noun phrase: "an operation", "info.contact". */
  label: string;
  /** The standard keys of such an object, when it is one the checker knows. */
  keys?: readonly string[];
}

const SCHEMA_KEYS = [
  '$ref',
  'format',
  'title',
  'description',
  'default',
  'multipleOf',
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'maxLength',
  'minLength',
  'pattern',
  'maxItems',
  'minItems',
  'uniqueItems',
  'maxProperties',
  'minProperties',
  'required',
  'enum',
  'additionalProperties',
  'type',
  'items',
  'allOf',
  'properties',
  'discriminator',
  'readOnly',
  'xml',
  'externalDocs',
  'example',
];
const PARAMETER_KEYS = [
  'name',
  'in',
  'description',
  'required',
  'schema',
  'type',
  'format',
  'items',
  'collectionFormat',
  'default',
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'maxLength',
  'minLength',
  'pattern',
  'maxItems',
  'minItems',
  'uniqueItems',
  'enum',
  'multipleOf',
  'allowEmptyValue',
];
const ITEMS_KEYS = [
  'type',
  'format',
  'items',
  'collectionFormat',
  'default',
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'maxLength',
  'minLength',
  'pattern',
  'maxItems',
  'minItems',
  'uniqueItems',
  'enum',
  'multipleOf',
];

const P = {
  root: {
    label: 'the definition root',
    keys: [
      'swagger',
      'info',
      'host',
      'basePath',
      'schemes',
      'consumes',
      'produces',
      'paths',
      'definitions',
      'parameters',
      'responses',
      'security',
      'securityDefinitions',
      'tags',
      'externalDocs',
    ],
  },
  info: { label: 'info', keys: ['title', 'version', 'description', 'termsOfService', 'contact', 'license'] },
  contact: { label: 'info.contact', keys: ['name', 'url', 'email'] },
  license: { label: 'info.license', keys: ['name', 'url'] },
  paths: { label: 'paths' },
  pathItem: { label: 'a path item', keys: ['$ref', 'get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'parameters'] },
  operation: {
    label: 'an operation',
    keys: [
      'tags',
      'summary',
      'description',
      'externalDocs',
      'operationId',
      'produces',
      'consumes',
      'parameters',
      'responses',
      'schemes',
      'deprecated',
      'security',
    ],
  },
  parameter: { label: 'a parameter', keys: PARAMETER_KEYS },
  items: { label: 'the items of a parameter', keys: ITEMS_KEYS },
  responses: { label: 'the responses of an operation' },
  response: { label: 'a response', keys: ['description', 'schema', 'headers', 'examples'] },
  header: {
    label: 'a response header',
    keys: ['type', 'format', 'items', 'collectionFormat', 'default', 'description', ...ITEMS_KEYS.slice(4)],
  },
  schema: { label: 'a schema', keys: SCHEMA_KEYS },
  securityDefinition: {
    label: 'a security definition',
    keys: ['type', 'description', 'name', 'in', 'flow', 'authorizationUrl', 'tokenUrl', 'scopes'],
  },
  tag: { label: 'a tag', keys: ['name', 'description', 'externalDocs'] },
  externalDocs: { label: 'externalDocs', keys: ['description', 'url'] },
  xml: { label: 'an xml object', keys: ['name', 'namespace', 'prefix', 'attribute', 'wrapped'] },
  propsRoot: { label: 'the root of apiProperties.json', keys: ['properties', '$schema'] },
  properties: {
    label: 'apiProperties properties',
    keys: [
      'iconBrandColor',
      'publisher',
      'stackOwner',
      'capabilities',
      'connectionParameters',
      'connectionParameterSets',
      'policyTemplateInstances',
      'scriptOperations',
    ],
  },
  connectionParameters: { label: 'connectionParameters' },
  connectionParameter: {
    label: 'a connection parameter',
    keys: ['type', 'uiDefinition', 'allowedValues', 'defaultValue', 'oAuthSettings', 'metadata'],
  },
  oAuthSettings: {
    label: 'oAuthSettings',
    keys: [
      'identityProvider',
      'clientId',
      'clientSecret',
      'redirectMode',
      'redirectUrl',
      'scopes',
      'properties',
      'additionalParameters',
      'customParameters',
    ],
  },
  uiDefinition: { label: 'a uiDefinition', keys: ['displayName', 'description', 'tooltip', 'tabIndex', 'constraints', 'schema'] },
  constraints: {
    label: 'uiDefinition.constraints',
    keys: ['clearText', 'required', 'tabIndex', 'capability', 'hidden', 'allowedValues', 'dependencies'],
  },
  policy: { label: 'a policy template instance', keys: ['templateId', 'title', 'type', 'parameters'] },
  policyParameters: { label: 'the parameters of a policy template instance' },
} satisfies Record<string, Place>;

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch']);

export function placeOf(file: CertifyJsonFile, segments: readonly string[]): Place {
  return file === 'definition' ? definitionPlace(segments) : propertiesPlace(segments);
}

function definitionPlace(s: readonly string[]): Place {
  for (let i = s.length - 1; i >= 0; i--) {
    if (s[i]!.startsWith('x-ms-') && i < s.length - 1) return { label: `the ${s[i]} extension` };
  }
  if (s.length === 0) return P.root;
  const tail = (place: Place, rest: readonly string[], kind: 'parameter' | 'response' | 'schema' | 'operation'): Place => {
    if (rest.length === 0) return place;
    if (kind === 'operation') {
      if (rest[0] === 'parameters')
        return rest.length === 1 ? { label: 'the parameters of an operation' } : tail(P.parameter, rest.slice(2), 'parameter');
      if (rest[0] === 'responses') return rest.length === 1 ? P.responses : tail(P.response, rest.slice(2), 'response');
      if (rest[0] === 'externalDocs') return P.externalDocs;
      return { label: `the "${rest[0]}" of an operation` };
    }
    if (kind === 'parameter') {
      if (rest[0] === 'schema') return tail(P.schema, rest.slice(1), 'schema');
      if (rest[0] === 'items') return P.items;
      return { label: 'a parameter' };
    }
    if (kind === 'response') {
      if (rest[0] === 'schema') return tail(P.schema, rest.slice(1), 'schema');
      if (rest[0] === 'headers') return rest.length === 2 ? P.header : rest[2] === 'items' ? P.items : P.header;
      return P.response;
    }
    // schema
    let i = 0;
    while (i < rest.length) {
      const k = rest[i]!;
      if (k === 'properties' || k === 'allOf') i += 2;
      else if (k === 'items') i += rest[i + 1] !== undefined && /^\d+$/.test(rest[i + 1]!) ? 2 : 1;
      else if (k === 'additionalProperties') i += 1;
      else if (k === 'xml') return P.xml;
      else if (k === 'externalDocs') return P.externalDocs;
      else return { label: `the "${k}" of a schema` };
    }
    return P.schema;
  };
  switch (s[0]) {
    case 'info':
      return s.length === 1 ? P.info : s[1] === 'contact' ? P.contact : s[1] === 'license' ? P.license : P.info;
    case 'paths':
      if (s.length === 1) return P.paths;
      if (s.length === 2) return P.pathItem;
      if (s[2] === 'parameters')
        return s.length === 3 ? { label: 'the parameters of a path item' } : tail(P.parameter, s.slice(4), 'parameter');
      if (METHODS.has(s[2]!)) return tail(P.operation, s.slice(3), 'operation');
      return P.pathItem;
    case 'parameters':
      return s.length === 1 ? { label: 'parameters' } : tail(P.parameter, s.slice(2), 'parameter');
    case 'responses':
      return s.length === 1 ? { label: 'responses' } : tail(P.response, s.slice(2), 'response');
    case 'definitions':
      return s.length === 1 ? { label: 'definitions' } : tail(P.schema, s.slice(2), 'schema');
    case 'securityDefinitions':
      return s.length === 1 ? { label: 'securityDefinitions' } : P.securityDefinition;
    case 'tags':
      return s.length === 1 ? { label: 'tags' } : P.tag;
    case 'externalDocs':
      return P.externalDocs;
    default:
      return { label: `"${s[0]}"` };
  }
}

function propertiesPlace(s: readonly string[]): Place {
  if (s.length === 0) return P.propsRoot;
  if (s[0] !== 'properties') return { label: `"${s[0]}"` };
  if (s.length === 1) return P.properties;
  let rest = s.slice(1);
  if (rest[0] === 'policyTemplateInstances') {
    if (rest.length === 1) return { label: 'policyTemplateInstances' };
    if (rest.length === 2) return P.policy;
    return rest[2] === 'parameters' ? P.policyParameters : P.policy;
  }
  if (rest[0] === 'connectionParameterSets') {
    // values/<i>/parameters/<name>/...
    const at = rest.indexOf('parameters');
    if (at < 0 || rest.length <= at + 1) return { label: 'connectionParameterSets' };
    rest = ['connectionParameters', ...rest.slice(at + 1)];
  }
  if (rest[0] === 'connectionParameters') {
    if (rest.length === 1) return P.connectionParameters;
    const inner = rest.slice(2);
    if (inner.length === 0) return P.connectionParameter;
    if (inner[0] === 'oAuthSettings') return inner.length === 1 ? P.oAuthSettings : { label: `oAuthSettings.${inner[1]}` };
    if (inner[0] === 'uiDefinition')
      return inner.length === 1 ? P.uiDefinition : inner[1] === 'constraints' ? P.constraints : P.uiDefinition;
    return P.connectionParameter;
  }
  return P.properties;
}
