// Paths, operations and responses.
import { op, type RuleCase } from './rule-case';

const simple = (operationId: string, extra: Record<string, unknown> = {}) => ({
  operationId,
  summary: 'Do it',
  description: 'Does it.',
  responses: { '200': { description: 'ok', schema: { type: 'object', properties: { a: { type: 'string' } } } } },
  ...extra,
});

export const OPERATION_CASES: RuleCase[] = [
  { rule: 'PathRedefined', bad: (c) => void (c.definition.paths['/Items'] = { put: simple('PutItems') }), at: '/paths/~1Items' },
  {
    rule: 'PartialDuplicateOperationPath',
    bad: (c) =>
      void (c.definition.paths['/items/{id}'] = {
        get: simple('GetItem2', {
          parameters: [{ name: 'id', in: 'path', type: 'string', required: true, 'x-ms-url-encoding': 'single' }],
        }),
      }),
    at: '/paths/~1items~1{id}/get',
  },
  {
    rule: 'OperationPathTemplateNotValid',
    bad: (c) => void (c.definition.paths['/things/{id'] = { get: simple('GetThing') }),
    at: '/paths/~1things~1{id',
  },
  {
    rule: 'OperationPathMayNotContainQueryOrFragment',
    bad: (c) => void (c.definition.paths['/things?all=true'] = { get: simple('GetThings') }),
    at: '/paths/~1things?all=true',
  },
  {
    rule: 'OperationPathContainsUnsupportedCharacters',
    bad: (c) => void (c.definition.paths['/things/*'] = { get: simple('GetThings') }),
    at: '/paths/~1things~1*',
  },
  { rule: 'OperationIdRequired', bad: (c) => void delete op(c, '/items', 'get').operationId, at: '/paths/~1items/get' },
  {
    rule: 'OperationIdNotUnique',
    bad: (c) => void (op(c, '/items', 'post').operationId = 'listitems'),
    at: '/paths/~1items/post/operationId',
  },
  {
    rule: 'OperationIdSanitized',
    bad: (c) => void (op(c, '/items', 'get').operationId = 'List_Items'),
    at: '/paths/~1items/get/operationId',
  },
  {
    rule: 'OperationSummaryRequired',
    bad: (c) => void delete op(c, '/items', 'get').summary,
    good: (c) => void Object.assign(op(c, '/items', 'get'), { summary: undefined, 'x-ms-visibility': 'internal' }),
    at: '/paths/~1items/get',
  },
  {
    rule: 'OperationDescriptionRequired',
    bad: (c) => void (op(c, '/items', 'get').description = ''),
    at: '/paths/~1items/get/description',
  },
  {
    rule: 'OperationSummaryTooLong',
    bad: (c) => void (op(c, '/items', 'get').summary = 'List items '.repeat(9)),
    at: '/paths/~1items/get/summary',
  },
  {
    rule: 'RestrictedCharactersInSummary',
    bad: (c) => void (op(c, '/items', 'get').summary = 'List items & folders'),
    good: (c) => void (op(c, '/items', 'get').summary = 'List items (and folders)'),
    at: '/paths/~1items/get/summary',
  },
  { rule: 'SummaryRepeatsOperationId', bad: (c) => void (op(c, '/items', 'get').summary = 'ListItems'), at: '/paths/~1items/get/summary' },
  {
    rule: 'ConsumesMissing',
    bad: (c) =>
      void (c.definition.paths['/upload'] = {
        post: simple('Upload', { parameters: [{ name: 'file', in: 'formData', type: 'file', required: true }] }),
      }),
    good: (c) =>
      void (c.definition.paths['/upload'] = {
        post: simple('Upload', {
          consumes: ['multipart/form-data'],
          parameters: [{ name: 'file', in: 'formData', type: 'file', required: true }],
        }),
      }),
    at: '/paths/~1upload/post',
  },
  {
    rule: 'InvalidNextLinkNameValue',
    bad: (c) => void (op(c, '/items', 'get')['x-ms-pageable'] = { nextLinkName: 'next' }),
    good: (c) => void (op(c, '/items', 'get')['x-ms-pageable'] = { nextLinkName: '@odata.nextLink' }),
    at: '/paths/~1items/get/x-ms-pageable/nextLinkName',
  },
  {
    rule: 'ApiAnnotationExtensionReplacementInfoForNonDeprecatedOperations',
    bad: (c) => void (op(c, '/items', 'get')['x-ms-api-annotation'] = { replacement: { operationId: 'GetItem' } }),
    good: (c) =>
      void Object.assign(op(c, '/items', 'get'), { deprecated: true, 'x-ms-api-annotation': { replacement: { operationId: 'GetItem' } } }),
    at: '/paths/~1items/get/x-ms-api-annotation/replacement',
  },
  {
    rule: 'ApiAnnotationExtensionReplacementInfoMissingOperationIdProperty',
    bad: (c) => void Object.assign(op(c, '/items', 'get'), { deprecated: true, 'x-ms-api-annotation': { replacement: { api: 'other' } } }),
    at: '/paths/~1items/get/x-ms-api-annotation/replacement',
  },
  {
    rule: 'ApiAnnotationExtensionReplacementInfoMissingApiProperty',
    bad: (c) =>
      void Object.assign(op(c, '/items', 'get'), {
        deprecated: true,
        'x-ms-api-annotation': { replacement: { operationId: 'ListItemsV2' } },
      }),
    good: (c) =>
      void Object.assign(op(c, '/items', 'get'), {
        deprecated: true,
        'x-ms-api-annotation': { replacement: { api: 'contosov2', operationId: 'ListItemsV2' } },
      }),
    at: '/paths/~1items/get/x-ms-api-annotation/replacement',
  },
  {
    rule: 'OperationFamilyHasDuplicateRevisions',
    bad: (c) => {
      op(c, '/items', 'get')['x-ms-api-annotation'] = { family: 'ListItems', revision: 1 };
      op(c, '/items/{itemId}', 'get')['x-ms-api-annotation'] = { family: 'ListItems', revision: 1 };
    },
    at: '/paths/~1items~1{itemId}/get/x-ms-api-annotation/revision',
  },
  {
    rule: 'OperationFamilyHasManyActiveOperations',
    bad: (c) => {
      op(c, '/items', 'get')['x-ms-api-annotation'] = { family: 'F', revision: 1 };
      op(c, '/items', 'post')['x-ms-api-annotation'] = { family: 'F', revision: 2 };
      op(c, '/items/{itemId}', 'get')['x-ms-api-annotation'] = { family: 'F', revision: 3 };
    },
    good: (c) => {
      Object.assign(op(c, '/items', 'get'), { deprecated: true, 'x-ms-api-annotation': { family: 'F', revision: 1 } });
      op(c, '/items', 'post')['x-ms-api-annotation'] = { family: 'F', revision: 2 };
      op(c, '/items/{itemId}', 'get')['x-ms-api-annotation'] = { family: 'F', revision: 3 };
    },
  },
  {
    rule: 'OperationStatusAheadOfConnector',
    bad: (c) => {
      c.definition.info['x-ms-api-annotation'] = { status: 'Preview' };
      op(c, '/items', 'get')['x-ms-api-annotation'] = { status: 'Production' };
    },
    at: '/paths/~1items/get/x-ms-api-annotation/status',
  },
  {
    rule: 'PathItemRefNotSuppored',
    bad: (c) => void (c.definition.paths['/alias'] = { $ref: '#/x-paths/alias' }),
    at: '/paths/~1alias/$ref',
  },
  {
    rule: 'OperationShouldHaveSuccessfulResponse',
    bad: (c) => void (op(c, '/items', 'get').responses = { default: { description: 'ok' } }),
    at: '/paths/~1items/get/responses',
  },
  {
    rule: 'DefaultResponseHasSchema',
    bad: (c) =>
      void (op(c, '/items', 'get').responses.default = {
        description: 'Error',
        schema: { type: 'object', properties: { message: { type: 'string' } } },
      }),
    at: '/paths/~1items/get/responses/default/schema',
  },
  {
    rule: 'OperationHasManyResponsesWithSchema',
    bad: (c) =>
      void (op(c, '/items', 'get').responses['400'] = {
        description: 'Bad',
        schema: { type: 'object', properties: { e: { type: 'string' } } },
      }),
    at: '/paths/~1items/get/responses',
  },
  {
    rule: 'ResponseSchemaEmpty',
    bad: (c) => void (op(c, '/items', 'get').responses['200'].schema = {}),
    good: (c) =>
      void (op(c, '/items', 'get').responses['200'].schema = { type: 'object', 'x-ms-dynamic-schema': { operationId: 'ListItems' } }),
    at: '/paths/~1items/get/responses/200/schema',
  },
  {
    rule: 'ResponseHeadersAreNotUnique',
    bad: (c) => void (op(c, '/items', 'get').responses['200'].headers = { 'X-Total': { type: 'integer' }, 'x-total': { type: 'integer' } }),
    at: '/paths/~1items/get/responses/200/headers/x-total',
  },
];
