// Which operations show a shared parameter or response, on real connectors: the ones "Show in
// form" can open for a finding there.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildConnectorModel } from '../../shared/core/model';
import { placeUsers } from '../../renderer/wizard/certification/place-users';
import { CONNECTORS_DIR } from '../support/corpus';

function corpus(relative: string): { definition: unknown; operations: string[] } | undefined {
  const file = path.join(CONNECTORS_DIR, relative, 'apiDefinition.swagger.json');
  if (!existsSync(file)) return undefined;
  const definition = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  return { definition, operations: buildConnectorModel(definition).operations.map((o) => o.pointer) };
}

const farsight = corpus('certified-connectors/Farsight Security');
const docurain = corpus('certified-connectors/Docurain');
const itglue = corpus('independent-publisher-connectors/ITGlue');

describe('placeUsers', () => {
  it.skipIf(!farsight)('lists the operations that name a #/parameters entry, in order, with its name', () => {
    const { definition, operations } = farsight!;
    expect(placeUsers(definition, operations, '/parameters/RRSetType')).toEqual([
      { operation: '/paths/~1lookup~1rrset~1{type}~1{value}/get', name: 'type' },
      { operation: '/paths/~1lookup~1rrset~1{type}~1{value}~1{rrtype}/get', name: 'type' },
      { operation: '/paths/~1lookup~1rrset~1{type}~1{value}~1{rrtype}~1{bailiwick}/get', name: 'type' },
    ]);
    expect(placeUsers(definition, operations, '/parameters/NoSuchEntry')).toEqual([]);
  });

  it.skipIf(!docurain)('lists the operations whose responses name a #/responses entry, by their first status', () => {
    const { definition, operations } = docurain!;
    const users = placeUsers(definition, operations, '/responses/Error');
    expect(users.length).toBe(4);
    expect(users[0]).toEqual({ operation: '/paths/~1apiw~1{outType}~1{templateName}/post', name: '400' });
  });

  it.skipIf(!itglue)('leaves out operations that declare their own parameter of the same name and location', () => {
    const { definition, operations } = itglue!;
    // Each operation under the path declares object_id itself: none shows the path item's.
    expect(placeUsers(definition, operations, '/paths/~1flexible_asset_types~1{object_id}/parameters/0')).toEqual([]);
    // The entry the path item names is still used, through the operations' own $refs.
    expect(placeUsers(definition, operations, '/parameters/object_id').length).toBeGreaterThan(1);
  });

  it('lists the operations of the path item for its own parameter', () => {
    const definition = {
      paths: {
        '/items/{id}': {
          parameters: [{ name: 'id', in: 'path', required: true, type: 'string' }],
          get: { operationId: 'GetItem' },
          delete: { operationId: 'DeleteItem', parameters: [{ name: 'id', in: 'path', required: true, type: 'integer' }] },
          patch: { operationId: 'UpdateItem' },
        },
        '/items/{id}/parts': { parameters: [{ name: 'id', in: 'path', type: 'string' }], get: { operationId: 'ListParts' } },
      },
    };
    const operations = buildConnectorModel(definition).operations.map((o) => o.pointer);
    expect(placeUsers(definition, operations, '/paths/~1items~1{id}/parameters/0')).toEqual([
      { operation: '/paths/~1items~1{id}/get', name: 'id' },
      { operation: '/paths/~1items~1{id}/patch', name: 'id' },
    ]);
  });
});
