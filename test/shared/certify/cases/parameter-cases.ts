// Parameters, schemas, references and extensions on them.
import { op, type RuleCase } from './rule-case';

const query = (c: Parameters<RuleCase['bad']>[0]) => op(c, '/items', 'get').parameters[0];
const idProp = (c: Parameters<RuleCase['bad']>[0]) => c.definition.definitions.Item.properties.id;

export const PARAMETER_CASES: RuleCase[] = [
  {
    rule: 'OperationParametersContainDuplicateParameter',
    bad: (c) => void op(c, '/items', 'get').parameters.push({ ...query(c) }),
    good: (c) => void op(c, '/items', 'get').parameters.push({ ...query(c), in: 'header' }),
    at: '/paths/~1items/get/parameters/1',
  },
  {
    rule: 'PathParametersContainDuplicateParameter',
    bad: (c) =>
      void (c.definition.paths['/items/{itemId}'].parameters = [
        { name: 'x', in: 'header', type: 'string' },
        { name: 'X', in: 'header', type: 'string' },
      ]),
    at: '/paths/~1items~1{itemId}/parameters/1',
  },
  {
    rule: 'OperationParametersContainMultipleBodyParameters',
    bad: (c) => void op(c, '/items', 'post').parameters.push({ name: 'other', in: 'body', schema: { type: 'object' } }),
    at: '/paths/~1items/post/parameters/1',
  },
  {
    rule: 'PathParametersContainMultipleBodyParameters',
    bad: (c) =>
      void (c.definition.paths['/items'].parameters = [
        { name: 'a', in: 'body', schema: { type: 'object' } },
        { name: 'b', in: 'body', schema: { type: 'object' } },
      ]),
    at: '/paths/~1items/parameters/1',
  },
  {
    rule: 'ParameterListContainsFormDataAndBody',
    bad: (c) => void op(c, '/items', 'post').parameters.push({ name: 'f', in: 'formData', type: 'string' }),
    at: '/paths/~1items/post/parameters/0',
  },
  {
    rule: 'BodyOrFormDataParameterInFetchOperationNotAllowed',
    bad: (c) => void op(c, '/items', 'get').parameters.push({ name: 'body', in: 'body', schema: { type: 'object' } }),
    at: '/paths/~1items/get/parameters/1',
  },
  {
    rule: 'PathParameterMustBeRequired',
    bad: (c) => void (c.definition.parameters.ItemId.required = false),
    at: '/parameters/ItemId/required',
  },
  {
    rule: 'OperationMissingPathParameter',
    bad: (c) => void (op(c, '/items/{itemId}', 'get').parameters = []),
    at: '/paths/~1items~1{itemId}/get/parameters',
  },
  {
    rule: 'PathParameterNotDefinedInTemplate',
    bad: (c) => void (c.definition.parameters.ItemId.name = 'id'),
    at: '/parameters/ItemId/name',
  },
  {
    rule: 'PathParameterMissingEncoding',
    bad: (c) => void delete c.definition.parameters.ItemId['x-ms-url-encoding'],
    at: '/parameters/ItemId',
  },
  { rule: 'FileParameterMustBeInFormData', bad: (c) => void (query(c).type = 'file'), at: '/paths/~1items/get/parameters/0/type' },
  {
    rule: 'CollectionFormatValueNotSupported',
    bad: (c) => void Object.assign(query(c), { type: 'array', items: { type: 'string' }, collectionFormat: 'multi' }),
    good: (c) => void Object.assign(query(c), { type: 'array', items: { type: 'string' }, collectionFormat: 'csv' }),
    at: '/paths/~1items/get/parameters/0/collectionFormat',
  },
  {
    rule: 'ConnectionIdParameterNotAllowed',
    bad: (c) => void (query(c).name = 'connectionId'),
    at: '/paths/~1items/get/parameters/0/name',
  },
  {
    rule: 'InvalidFormDataParameterName',
    bad: (c) =>
      void (c.definition.paths['/upload'] = {
        post: {
          operationId: 'Upload',
          summary: 'Upload',
          description: 'Uploads.',
          consumes: ['multipart/form-data'],
          parameters: [{ name: 'fichier-é', in: 'formData', type: 'string' }],
          responses: { '200': { description: 'ok', schema: { type: 'object', properties: { a: { type: 'string' } } } } },
        },
      }),
    at: '/paths/~1upload/post/parameters/0/name',
  },
  {
    rule: 'AllowEmptyValueOnlyValidForQueryFormData',
    bad: (c) => void (c.definition.parameters.ItemId.allowEmptyValue = true),
    good: (c) => void (query(c).allowEmptyValue = true),
    at: '/parameters/ItemId/allowEmptyValue',
  },
  {
    rule: 'InternalParameterRequiresDefault',
    bad: (c) => void Object.assign(query(c), { required: true, 'x-ms-visibility': 'internal' }),
    good: (c) => void Object.assign(query(c), { required: true, 'x-ms-visibility': 'internal', default: 10 }),
    at: '/paths/~1items/get/parameters/0',
  },
  {
    rule: 'InternalPropertyWithDefaultOptional',
    bad: (c) => void Object.assign(query(c), { 'x-ms-visibility': 'internal', default: 10 }),
    good: (c) => void Object.assign(query(c), { required: true, 'x-ms-visibility': 'internal', default: 10 }),
    at: '/paths/~1items/get/parameters/0',
  },
  {
    rule: 'DefaultValueMustMatchType',
    bad: (c) => void (query(c).default = '10'),
    good: (c) => void (query(c).default = 10),
    at: '/paths/~1items/get/parameters/0/default',
  },
  {
    rule: 'DefaultValueNotInEnum',
    bad: (c) => void Object.assign(idProp(c), { enum: ['a', 'b'], default: 'c' }),
    good: (c) => void Object.assign(idProp(c), { enum: ['a', 'b'], default: 'b' }),
    at: '/definitions/Item/properties/id/default',
  },
  {
    rule: 'InvalidEnumValue',
    bad: (c) => void Object.assign(query(c), { enum: [10, '20'] }),
    at: '/paths/~1items/get/parameters/0/enum/1',
  },
  {
    rule: 'InvalidEnumValuesExtensionValue',
    bad: (c) => void Object.assign(idProp(c), { enum: ['a'], 'x-ms-enum-values': [{ value: 'b', displayName: 'B' }] }),
    good: (c) => void Object.assign(idProp(c), { enum: ['a'], 'x-ms-enum-values': [{ value: 'a', displayName: 'A' }] }),
    at: '/definitions/Item/properties/id/x-ms-enum-values/0/value',
  },
  {
    rule: 'DuplicateEnumValuesInExtension',
    bad: (c) =>
      void Object.assign(idProp(c), {
        enum: ['a'],
        'x-ms-enum-values': [
          { value: 'a', displayName: 'A' },
          { value: 'a', displayName: 'Again' },
        ],
      }),
    at: '/definitions/Item/properties/id/x-ms-enum-values/1',
  },
  {
    rule: 'SchemaReferenceNotFound',
    bad: (c) => void (c.definition.definitions.Item.properties.owner = { $ref: '#/definitions/Owner' }),
    at: '/definitions/Item/properties/owner/$ref',
  },
  {
    rule: 'SchemaReferenceNotValid',
    bad: (c) => void (c.definition.definitions.Item.properties.owner = { $ref: 'owner.json#/Owner' }),
    at: '/definitions/Item/properties/owner/$ref',
  },
  {
    rule: 'ParameterReferenceNotFound',
    bad: (c) => void (op(c, '/items/{itemId}', 'get').parameters[0].$ref = '#/parameters/Id'),
    at: '/paths/~1items~1{itemId}/get/parameters/0/$ref',
  },
  {
    rule: 'ParameterReferenceNotValid',
    bad: (c) => void op(c, '/items', 'get').parameters.push({ $ref: '#/definitions/Item' }),
    at: '/paths/~1items/get/parameters/1/$ref',
  },
  {
    rule: 'ResponseReferenceNotFound',
    bad: (c) => void (op(c, '/items', 'get').responses['404'] = { $ref: '#/responses/NotFound' }),
    at: '/paths/~1items/get/responses/404/$ref',
  },
  {
    rule: 'ResponseReferenceNotValid',
    bad: (c) => {
      c.definition['x-responses'] = { NotFound: { description: 'Not found' } };
      op(c, '/items', 'get').responses['404'] = { $ref: '#/x-responses/NotFound' };
    },
    good: (c) => {
      c.definition.responses.NotFound = { description: 'Not found' };
      op(c, '/items', 'get').responses['404'] = { $ref: '#/responses/NotFound' };
    },
    at: '/paths/~1items/get/responses/404/$ref',
  },
  {
    rule: 'RequiredPropertyDefinitionMissing',
    bad: (c) => void (c.definition.definitions.NewItem.required = ['name', 'label']),
    at: '/definitions/NewItem/required/1',
  },
  { rule: 'RequiredPropertyArrayEmpty', bad: (c) => void (c.definition.definitions.Item.required = []), at: '/definitions/Item/required' },
  { rule: 'RequiredPropertyNotOnObject', bad: (c) => void (idProp(c).required = ['x']), at: '/definitions/Item/properties/id/required' },
  {
    rule: 'RequiredReadOnlyPropertyNotAllowedAsInput',
    bad: (c) => void (c.definition.definitions.NewItem.properties.name.readOnly = true),
    good: (c) => void (c.definition.definitions.Item.required = ['id']),
    at: '/definitions/NewItem/properties/name/readOnly',
  },
  {
    rule: 'ArrayHasNoItems',
    bad: (c) => void (idProp(c).type = 'array'),
    good: (c) => void Object.assign(idProp(c), { type: 'array', items: { type: 'string' } }),
    at: '/definitions/Item/properties/id',
  },
  {
    rule: 'MinimumShouldBeLessThanOrEqualToMaximum',
    bad: (c) => void Object.assign(query(c), { minimum: 10, maximum: 1 }),
    good: (c) => void Object.assign(query(c), { minimum: 1, maximum: 1 }),
    at: '/paths/~1items/get/parameters/0/minimum',
  },
  {
    rule: 'PatternShouldBeValidRegularExpression',
    bad: (c) => void (idProp(c).pattern = '^[a-z'),
    good: (c) => void (idProp(c).pattern = '^[a-z]+$'),
    at: '/definitions/Item/properties/id/pattern',
  },
  {
    rule: 'DiscriminatorMustBeARequiredStringProperty',
    bad: (c) => void (c.definition.definitions.Item.discriminator = 'kind'),
    good: (c) =>
      void Object.assign(c.definition.definitions.Item, {
        discriminator: 'kind',
        required: ['kind'],
        properties: { ...c.definition.definitions.Item.properties, kind: { type: 'string' } },
      }),
    at: '/definitions/Item/discriminator',
  },
  {
    rule: 'ExclusiveMaximumRequiresMaximum',
    bad: (c) => void (query(c).exclusiveMaximum = true),
    good: (c) => void Object.assign(query(c), { exclusiveMaximum: true, maximum: 100 }),
    at: '/paths/~1items/get/parameters/0/exclusiveMaximum',
  },
  {
    rule: 'ExclusiveMinimumRequiresMinimum',
    bad: (c) => void (idProp(c).exclusiveMinimum = true),
    at: '/definitions/Item/properties/id/exclusiveMinimum',
  },
  {
    rule: 'InvalidCustomEditorExtensionDictionaryValue',
    bad: (c) => void (c.definition.definitions.Item.properties.tags = { type: 'object', 'x-ms-editor': 'dictionary' }),
    good: (c) =>
      void (c.definition.definitions.Item.properties.tags = {
        type: 'object',
        'x-ms-editor': 'dictionary',
        additionalProperties: { type: 'string' },
      }),
    at: '/definitions/Item/properties/tags/x-ms-editor',
  },
  {
    rule: 'OperationIdNotFound',
    bad: (c) => void (query(c)['x-ms-dynamic-values'] = { operationId: 'ListTops', 'value-path': 'id' }),
    good: (c) => void (query(c)['x-ms-dynamic-values'] = { operationId: 'ListItems', 'value-path': 'id' }),
    at: '/paths/~1items/get/parameters/0/x-ms-dynamic-values/operationId',
  },
  {
    rule: 'OperationParameterNameNotFound',
    bad: (c) =>
      void (idProp(c)['x-ms-dynamic-values'] = {
        operationId: 'ListItems',
        parameters: { limit: { parameter: 'top' } },
        'value-path': 'id',
      }),
    good: (c) =>
      void (idProp(c)['x-ms-dynamic-values'] = { operationId: 'ListItems', parameters: { top: { value: 5 } }, 'value-path': 'id' }),
    at: '/definitions/Item/properties/id/x-ms-dynamic-values/parameters/limit',
  },
];
