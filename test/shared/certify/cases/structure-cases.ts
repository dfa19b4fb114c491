// Rules fed by the JSON Schemas (Swagger 2.0 + extensions; apiProperties.json).
import { op, type RuleCase } from './rule-case';

export const STRUCTURE_CASES: RuleCase[] = [
  { rule: 'SpecificationVersionIncorrect', bad: (c) => void (c.definition.swagger = '2'), at: '/swagger' },
  {
    rule: 'HostNameNotValid',
    bad: (c) => void (c.definition.host = 'https://api.contoso.com/v1'),
    good: (c) => void (c.definition.host = 'api.contoso.com:8443'),
    at: '/host',
  },
  { rule: 'BasePathNotValid', bad: (c) => void (c.definition.basePath = 'v1'), at: '/basePath' },
  { rule: 'SchemeNotValid', bad: (c) => void (c.definition.schemes = ['HTTPS']), at: '/schemes/0' },
  {
    rule: 'OperationPathMustStartWithSlash',
    bad: (c) =>
      void (c.definition.paths['items/all'] = {
        get: { operationId: 'All', summary: 'All', description: 'All.', responses: { '200': { description: 'ok' } } },
      }),
    at: '/paths/items~1all',
  },
  {
    rule: 'QueryParameterEncodingNotSupported',
    bad: (c) => void (op(c, '/items', 'get').parameters[0]['x-ms-url-encoding'] = 'single'),
    at: '/paths/~1items/get/parameters/0/x-ms-url-encoding',
  },
  {
    rule: 'ExtensionNameNotValid',
    bad: (c) => void (c.definition.definitions.Item.properties.id['x-ms-visibilty'] = 'advanced'),
    good: (c) => void (c.definition.definitions.Item.properties.id['x-ms-visibility'] = 'advanced'),
    at: '/definitions/Item/properties/id/x-ms-visibilty',
  },
  { rule: 'ExtensionNotAllowedHere', bad: (c) => void (c.definition.info['x-ms-visibility'] = 'advanced'), at: '/info/x-ms-visibility' },
  {
    rule: 'UnsupportedExtension',
    bad: (c) => void (op(c, '/items', 'get')['x-ms-examples'] = {}),
    good: (c) => void (op(c, '/items', 'get')['x-contoso-note'] = 'ok'),
    at: '/paths/~1items/get/x-ms-examples',
  },
  {
    rule: 'AdditionalPropertyNotAllowedAdjacentToRef',
    bad: (c) => void (op(c, '/items/{itemId}', 'get').parameters[0].description = 'beside'),
    at: '/paths/~1items~1{itemId}/get/parameters/0/description',
  },
  {
    rule: 'ResponseMustBeDefaultOrHttpStatusCode',
    bad: (c) => void (op(c, '/items', 'get').responses['2XX'] = { description: 'x' }),
    at: '/paths/~1items/get/responses/2XX',
  },
  {
    rule: 'AdditionalPropertyNotAllowed',
    bad: (c) => void (c.definition.basepath = '/v1'),
    // A vendor extension, and a key written only in another case (read by Microsoft's validator: PropertyNameCaseMismatch).
    good: (c) => {
      c.definition['x-contoso'] = 1;
      c.definition.basepath = c.definition.basePath;
      delete c.definition.basePath;
    },
    at: '/basepath',
  },
  { rule: 'ApiPropertiesKeyNotAllowed', bad: (c) => void (c.properties.properties.stackowner = 'Contoso'), at: '/properties/stackowner' },
  {
    rule: 'ConnectionParameterNameNotValid',
    bad: (c) => void (c.properties.properties.connectionParameters['API Key'] = { type: 'securestring' }),
    at: '/properties/connectionParameters/API Key',
  },
  {
    rule: 'PolicyTemplateParameterMissing',
    bad: (c) =>
      void (c.properties.properties.policyTemplateInstances = [
        { templateId: 'setheader', title: 'h', parameters: { 'x-ms-apimTemplateParameter.name': 'X' } },
      ]),
    good: (c) =>
      void (c.properties.properties.policyTemplateInstances = [
        {
          templateId: 'SetHeader',
          title: 'h',
          parameters: { 'x-ms-apimTemplateParameter.name': 'X', 'x-ms-apimTemplateParameter.value': 'v' },
        },
      ]),
    at: '/properties/policyTemplateInstances/0/parameters',
  },
  {
    rule: 'MissingEnumValuesDisplayName',
    bad: (c) => Object.assign(op(c, '/items', 'get').parameters[0], { type: 'string', enum: ['a'], 'x-ms-enum-values': [{ value: 'a' }] }),
    good: (c) =>
      Object.assign(op(c, '/items', 'get').parameters[0], {
        type: 'string',
        enum: ['a'],
        'x-ms-enum-values': [{ value: 'a', displayName: 'A' }],
      }),
    at: '/paths/~1items/get/parameters/0/x-ms-enum-values/0',
  },
  {
    rule: 'BodyParameterSchemaRequired',
    bad: (c) => void delete op(c, '/items', 'post').parameters[0].schema,
    at: '/paths/~1items/post/parameters/0',
  },
  {
    rule: 'SecuritySchemePropertyRequired',
    bad: (c) => void delete c.definition.securityDefinitions.api_key.name,
    at: '/securityDefinitions/api_key',
  },
  { rule: 'RequiredPropertyMissing', bad: (c) => void delete c.definition.info.version, at: '/info' },
  {
    rule: 'UiConstraintMustBeString',
    bad: (c) => void (c.properties.properties.connectionParameters.api_key.uiDefinition.constraints.required = true),
    at: '/properties/connectionParameters/api_key/uiDefinition/constraints/required',
  },
  {
    rule: 'NullValue',
    bad: (c) => void (c.definition.definitions.Item.properties.id.description = null),
    at: '/definitions/Item/properties/id/description',
  },
  {
    rule: 'JsonTypeIncorrect',
    bad: (c) => void (op(c, '/items', 'get').parameters[0].required = 'false'),
    at: '/paths/~1items/get/parameters/0/required',
  },
  {
    rule: 'UnrecognizedTypeFormat',
    bad: (c) => void (c.definition.definitions.Item.properties.id.format = 'guid'),
    good: (c) => void (c.definition.definitions.Item.properties.id.format = 'uuid'),
    at: '/definitions/Item/properties/id/format',
  },
  {
    rule: 'EnumValueCaseMismatch',
    bad: (c) => void (c.definition.definitions.Item.properties.id['x-ms-visibility'] = 'Advanced'),
    at: '/definitions/Item/properties/id/x-ms-visibility',
  },
  {
    rule: 'EmptyEnumValue',
    bad: (c) => void (c.definition.definitions.Item.properties.id['x-ms-visibility'] = ''),
    at: '/definitions/Item/properties/id/x-ms-visibility',
  },
  {
    rule: 'JsonValueNotInEnum',
    bad: (c) => void (op(c, '/hooks', 'post')['x-ms-trigger'] = 'multiple'),
    at: '/paths/~1hooks/post/x-ms-trigger',
  },
  { rule: 'OperationMustHaveResponse', bad: (c) => void (op(c, '/items', 'get').responses = {}), at: '/paths/~1items/get/responses' },
  { rule: 'ArrayDuplicateValue', bad: (c) => void (c.definition.schemes = ['https', 'https']), at: '/schemes/1' },
  {
    rule: 'EnumMustContainAtLeastOneElement',
    bad: (c) => void (c.definition.definitions.Item.properties.id.enum = []),
    at: '/definitions/Item/properties/id/enum',
  },
  {
    rule: 'SchemaTypeFileNotValid',
    bad: (c) => void (c.definition.definitions.Item.properties.id.type = 'file'),
    at: '/definitions/Item/properties/id/type',
  },
  {
    rule: 'MultipleOfMustBeGreaterThanZero',
    bad: (c) => void (c.definition.definitions.Item.properties.id = { type: 'number', multipleOf: 0 }),
    at: '/definitions/Item/properties/id/multipleOf',
  },
  {
    rule: 'SchemaViolation',
    bad: (c) => void (c.definition.definitions.Item.properties.id.maxLength = -1),
    at: '/definitions/Item/properties/id/maxLength',
  },
];
