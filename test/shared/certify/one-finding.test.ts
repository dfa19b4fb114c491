// One defect, one finding: where a rule and the JSON Schema both object to one value, the rule's
// finding (which says why and how to fix it) is the only one.
import { describe, expect, it } from 'vitest';
import { certifyInline, goodDefinition, goodProperties, type Json } from './support';

function findings(change: (def: Json) => void): string[] {
  const def = goodDefinition();
  change(def);
  return certifyInline({ definition: def, properties: goodProperties() }, 'certified').diagnostics.map(
    (d) => `${d.severity} ${d.code} ${d.pointer}`,
  );
}

describe('one defect, one finding', () => {
  it('a path parameter with "required": false', () => {
    expect(findings((d) => void (d.parameters.ItemId.required = false))).toEqual([
      'error PathParameterMustBeRequired /parameters/ItemId/required',
    ]);
  });

  it('a path parameter without "required"', () => {
    expect(findings((d) => void delete d.parameters.ItemId.required)).toEqual(['error PathParameterMustBeRequired /parameters/ItemId']);
  });

  it('a file parameter in the query', () => {
    expect(
      findings((d) => {
        d.paths['/items'].get.parameters = [{ name: 'f', in: 'query', type: 'file', 'x-ms-summary': 'File', description: 'The file.' }];
      }),
    ).toEqual(['error FileParameterMustBeInFormData /paths/~1items/get/parameters/0/type']);
  });

  it('mis-cased metadata keys: one warning per key, the entries still read', () => {
    const got = findings((d) => {
      d['x-ms-connector-metadata'] = d['x-ms-connector-metadata'].map((e: Json) => ({
        PropertyName: e.propertyName,
        PropertyValue: e.propertyValue,
      }));
    });
    expect(got).toEqual(
      [0, 1, 2].flatMap((i) => [
        `warning PropertyNameCaseMismatch /x-ms-connector-metadata/${i}/PropertyName`,
        `warning PropertyNameCaseMismatch /x-ms-connector-metadata/${i}/PropertyValue`,
      ]),
    );
  });

  it('a Swagger key written only in another case is read: one warning, not an unknown key', () => {
    expect(
      findings((d) => {
        d.basepath = d.basePath;
        delete d.basePath;
      }),
    ).toEqual(['warning PropertyNameCaseMismatch /basepath']);
    expect(findings((d) => void (d.basepath = '/other'))).toEqual(['error AdditionalPropertyNotAllowed /basepath']);
  });

  it('a missing member with no other case is still RequiredPropertyMissing', () => {
    expect(findings((d) => void delete d['x-ms-connector-metadata'][0].propertyValue)).toContain(
      'error RequiredPropertyMissing /x-ms-connector-metadata/0',
    );
  });

  it('different defects on one object are each reported', () => {
    const got = findings((d) => {
      delete d.parameters.ItemId.required;
      delete d.parameters.ItemId.type;
    });
    expect(got).toContain('error PathParameterMustBeRequired /parameters/ItemId');
    expect(
      got.filter((f) => f.startsWith('error RequiredPropertyMissing') || f.startsWith('error SchemaViolation')).length,
    ).toBeGreaterThan(0);
  });
});
