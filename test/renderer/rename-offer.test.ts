// The Operation ID rename offer is decided from whichever operation detail the field has when it is
// left: one computed before the rename reached the worker, or one computed after. Both must give
// the same offer, and an old ID another operation still carries must give none.
import { describe, expect, it } from 'vitest';
import { operationDetail } from '../../shared/editing/definition-edits';
import { renameOffer } from '../../renderer/wizard/definition/rename-offer';

const definition = (id: string, twin?: string) => ({
  swagger: '2.0',
  info: { title: 'Kinds', version: '1' },
  paths: {
    '/kinds': { get: { operationId: id, responses: { '200': { description: 'OK' } } } },
    ...(twin ? { '/more': { get: { operationId: twin, responses: { '200': { description: 'OK' } } } } } : {}),
    '/items': {
      get: {
        operationId: 'ListItems',
        parameters: [
          { name: 'kind', in: 'query', type: 'string', 'x-ms-dynamic-values': { operationId: 'ListKinds', 'value-path': 'id' } },
        ],
        responses: { '200': { description: 'OK' } },
      },
    },
  },
});
const properties = {
  properties: {
    policyTemplateInstances: [{ templateId: 'setheader', parameters: { 'x-ms-apimTemplate-operationName': ['ListKinds'] } }],
  },
};
const rename = { from: 'ListKinds', to: 'GetKinds' };

describe('renameOffer', () => {
  it('offers the same references from a detail taken before the rename and one taken after', () => {
    const before = operationDetail(definition('ListKinds'), properties, '/paths/~1kinds/get')!;
    const after = operationDetail(definition('GetKinds'), properties, '/paths/~1kinds/get')!;
    const partway = operationDetail(definition('GetK'), properties, '/paths/~1kinds/get')!;
    const expected = { from: 'ListKinds', to: 'GetKinds', definition: 1, properties: 1 };
    expect(renameOffer(rename, before)).toMatchObject(expected);
    expect(renameOffer(rename, after)).toMatchObject(expected);
    expect(renameOffer(rename, partway)).toMatchObject(expected);
    expect(renameOffer(rename, after)!.via).toEqual(['x-ms-dynamic-values', 'policy template setheader']);
  });

  it('offers nothing when another operation still carries the old ID, before or after', () => {
    const before = operationDetail(definition('ListKinds', 'ListKinds'), properties, '/paths/~1kinds/get')!;
    const after = operationDetail(definition('GetKinds', 'ListKinds'), properties, '/paths/~1kinds/get')!;
    expect(renameOffer(rename, before)).toBeNull();
    expect(renameOffer(rename, after)).toBeNull();
  });

  it('offers nothing when nothing names the old ID', () => {
    const after = operationDetail(definition('GetKinds'), undefined, '/paths/~1kinds/get')!;
    expect(renameOffer({ from: 'Other', to: 'GetKinds' }, after)).toBeNull();
  });
});
