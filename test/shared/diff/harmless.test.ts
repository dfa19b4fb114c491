// Changes that break nothing must not be reported as breaking: text and order, descriptions,
// `$ref` versus inline, widened inputs; additive changes are info only.
import { describe, expect, it } from 'vitest';
import { diffConnectors } from '../../../shared/engines/diff';
import { baseDefinition, baseProperties, diffChanged, load, type Json } from './support';

function reverseKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reverseKeys);
  if (v !== null && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v)
        .reverse()
        .map(([k, x]) => [k, reverseKeys(x)]),
    );
  return v;
}

const HARMLESS: Record<string, (d: Json, p: Json) => void> = {
  'descriptions, summaries and the title edited': (d) => {
    d.info.title = 'Contoso Items (new)';
    d.info.description = 'Another description.';
    d.paths['/items'].get.summary = 'List the items';
    d.paths['/items'].get.description = 'Lists every item.';
    d.paths['/items'].get.parameters[0].description = 'How many';
    d.paths['/items'].get.parameters[0]['x-ms-summary'] = 'Top';
    d.definitions.Item.properties.name.description = 'The name';
    d.definitions.Item.properties.name['x-ms-summary'] = 'Name';
  },
  'a $ref inlined': (d) => {
    d.paths['/items/{itemId}'].get.responses['200'].schema = structuredClone(d.definitions.Item);
    d.paths['/items/{itemId}'].get.parameters = [structuredClone(d.parameters.ItemId)];
  },
  'an inline parameter moved to #/parameters': (d) => {
    d.parameters.Filter = d.paths['/items'].get.parameters[2];
    d.paths['/items'].get.parameters[2] = { $ref: '#/parameters/Filter' };
  },
  'a path-item parameter instead of the operation one': (d) => {
    d.paths['/items/{itemId}'].parameters = d.paths['/items/{itemId}'].get.parameters;
    delete d.paths['/items/{itemId}'].get.parameters;
  },
  'parameters, paths and definitions reordered': (d) => {
    d.paths['/items'].get.parameters.reverse();
    d.paths = Object.fromEntries(Object.entries(d.paths).reverse());
    d.definitions = Object.fromEntries(Object.entries(d.definitions).reverse());
  },
  'an enum removed from an input (it accepts more)': (d) => delete d.paths['/items'].get.parameters[1].enum,
  'an enum value added to an input': (d) => d.paths['/items'].get.parameters[1].enum.push('draft'),
  'a required body field made optional': (d) => (d.definitions.NewItem.required = []),
  'an error response added': (d) => (d.paths['/items/{itemId}'].get.responses['500'] = { description: 'Server error' }),
  'a connection parameter description edited': (_d, p) =>
    (p.properties.connectionParameters.region.uiDefinition.description = 'Where your data lives'),
};

describe('harmless changes', () => {
  for (const [name, change] of Object.entries(HARMLESS)) {
    it(`${name}: no finding`, () => {
      const { result } = diffChanged(change);
      expect(result.findings.map((f) => `${f.code} ${f.valuePath}`)).toEqual([]);
    });
  }

  it('keys reordered and reindented: no finding', () => {
    const old = load({ definition: baseDefinition(), properties: baseProperties() });
    const changed = load({
      definition: JSON.stringify(reverseKeys(baseDefinition()), null, 2),
      properties: JSON.stringify(reverseKeys(baseProperties())),
    });
    expect(diffConnectors(old, changed).findings).toEqual([]);
  });

  it('additive changes are info only: nothing breaks', () => {
    const { result } = diffChanged((d) => {
      d.paths['/items'].get.parameters.push({ name: 'search', in: 'query', type: 'string' });
      d.paths['/items'].get.responses['200'].schema.properties.count = { type: 'integer' };
      d.definitions.NewItem.properties.tags = { type: 'array', items: { type: 'string' } };
      d.paths['/tags'] = {
        get: {
          operationId: 'ListTags',
          responses: { '200': { description: 'Tags', schema: { type: 'array', items: { type: 'string' } } } },
        },
      };
    });
    expect(result.errors).toBe(0);
    expect(result.warnings).toBe(0);
    expect(result.findings.map((f) => f.code).sort()).toEqual([
      'OperationAdded',
      'ParameterAdded',
      'ParameterAdded',
      'ResponsePropertyAdded',
    ]);
  });

  it('the same connector loaded twice: no finding', () => {
    const a = load({ definition: baseDefinition(), properties: baseProperties() });
    const b = load({ definition: baseDefinition(), properties: baseProperties() });
    expect(diffConnectors(a, b)).toEqual({ findings: [], errors: 0, warnings: 0, infos: 0 });
  });
});
