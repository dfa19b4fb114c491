import { describe, expect, it } from 'vitest';
import { KNOWN_POLICY_TEMPLATES } from '../../shared/engines/certify/rules/policy-template-unknown';
import { certifyInline } from './certify/support';
import {
  addPolicyEdits,
  newPolicyInstance,
  POLICY_TEMPLATES,
  readPolicyInstances,
  templateFor,
} from '../../shared/editing/policy-templates';
import { applyEdits, JsonDocument, removeValueEdits, setValueEdits } from '../../shared/core/text';

const PROPERTIES = [
  '{',
  '  "properties": {',
  '    "iconBrandColor": "#da3b01",',
  '    "policyTemplateInstances": [',
  '      {',
  '        "templateId": "setheader",',
  '        "title": "API key prefix",',
  '        "parameters": {',
  '          "x-ms-apimTemplateParameter.name": "Authorization",',
  '          "x-ms-apimTemplate-policySection": "Request",',
  '          "x-ms-apimTemplate-operationName": ["ListPets", "Gone"]',
  '        }',
  '      }',
  '    ],',
  '    "publisher": "Contoso"',
  '  }',
  '}',
].join('\n');

describe('policy template catalogue', () => {
  it('holds every template of the reference and the ones the checker knows', () => {
    expect(POLICY_TEMPLATES.map((t) => t.id).sort()).toEqual([...KNOWN_POLICY_TEMPLATES].sort());
    for (const t of POLICY_TEMPLATES) expect(t.title, t.id).not.toBe('');
  });

  it('reads parameters, required flags, choices and sections from the schema', () => {
    const header = templateFor('SetHeader')!;
    expect(header.title).toBe('Set HTTP header');
    expect(header.sections).toEqual(['Request', 'Response', 'Failure']);
    expect(header.parameters.map((p) => [p.key, p.label, p.required, p.kind])).toEqual([
      ['x-ms-apimTemplateParameter.name', 'Header name', true, 'text'],
      ['x-ms-apimTemplateParameter.value', 'Header value', true, 'text'],
      ['x-ms-apimTemplateParameter.existsAction', 'Action if header exists', false, 'choice'],
    ]);
    expect(header.parameters[2]!.options).toEqual(['override', 'skip', 'append']);
    expect(header.parameters[2]!.default).toBe('override');
    const polling = templateFor('pollingtrigger')!;
    expect(polling.type).toBe('PollingTrigger');
    expect(polling.sections).toEqual([]);
    expect(polling.parameters.find((p) => p.key.endsWith('triggerConfig'))).toMatchObject({ kind: 'map', required: true });
    expect(polling.parameters.find((p) => p.key.endsWith('triggerDataPath'))).toMatchObject({
      required: true,
      example: '@triggerBody().value',
    });
    expect(templateFor('dynamichosturl')!.parameters.map((p) => p.key)).toEqual(['x-ms-apimTemplateParameter.urlTemplate']);
    expect(templateFor('setconnectionstatustounauthenticated')!.parameters[0]).toMatchObject({ kind: 'number', required: true });
    expect(templateFor('moveproperties')!.open).toBe(true);
  });
});

describe('policy instances', () => {
  it("are read with their problems: a missing required parameter in the checker's words, unknown operations", () => {
    const [row] = readPolicyInstances(JSON.parse(PROPERTIES), ['ListPets']);
    expect(row).toMatchObject({
      index: 0,
      pointer: '/properties/policyTemplateInstances/0',
      templateId: 'setheader',
      title: 'API key prefix',
      operations: ['ListPets', 'Gone'],
      section: 'Request',
    });
    expect(row!.problems).toEqual({
      'x-ms-apimTemplateParameter.value': 'Policy template "setheader" needs the parameter "x-ms-apimTemplateParameter.value".',
      'x-ms-apimTemplate-operationName': '"Gone" is not an operation of this connector; the policy never applies to it.',
    });
  });

  it("the missing-parameter message is the certification checker's own", () => {
    const result = certifyInline(
      { definition: { swagger: '2.0', info: { title: 'Pets', version: '1.0' }, host: 'example.com', paths: {} }, properties: PROPERTIES },
      'custom',
    );
    const found = result.diagnostics.find((d) => d.code === 'PolicyTemplateParameterMissing');
    const [row] = readPolicyInstances(JSON.parse(PROPERTIES), []);
    expect(found?.message).toBe(row!.problems['x-ms-apimTemplateParameter.value']);
  });

  it('flags a choice outside its list, an unknown template and a section the template does not run in', () => {
    const props = {
      properties: {
        policyTemplateInstances: [
          {
            templateId: 'setqueryparameter',
            parameters: {
              'x-ms-apimTemplateParameter.name': 'a',
              'x-ms-apimTemplateParameter.value': 'b',
              'x-ms-apimTemplateParameter.existsAction': 'replace',
            },
          },
          { templateId: 'nosuchthing', parameters: {} },
          {
            templateId: 'setproperty',
            parameters: {
              'x-ms-apimTemplate-policySection': 'Failure',
              'x-ms-apimTemplateParameter.newPropertyParentPathTemplate': 'a',
              'x-ms-apimTemplateParameter.newPropertySubPathTemplate': 'b',
              'x-ms-apimTemplateParameter.propertyValuePathTemplate': 'c',
            },
          },
        ],
      },
    };
    const rows = readPolicyInstances(props, []);
    expect(rows[0]!.problems).toEqual({ 'x-ms-apimTemplateParameter.existsAction': '"replace" is not one of override, skip, append.' });
    expect(rows[1]!.problems).toEqual({ '': '"nosuchthing" is not a known policy template.' });
    expect(rows[2]!.problems).toEqual({ 'x-ms-apimTemplate-policySection': '"Failure" is not one of Request, Response.' });
    expect(readPolicyInstances({ properties: {} }, [])).toEqual([]);
  });

  it('a new instance lists its operations, its first section and prefilled required parameters', () => {
    expect(newPolicyInstance(templateFor('setheader')!, ['ListPets'])).toEqual({
      templateId: 'setheader',
      title: 'Set HTTP header',
      parameters: {
        'x-ms-apimTemplate-operationName': ['ListPets'],
        'x-ms-apimTemplate-policySection': 'Request',
        'x-ms-apimTemplateParameter.name': '',
        'x-ms-apimTemplateParameter.value': '',
      },
    });
    expect(newPolicyInstance(templateFor('pollingtrigger')!, ['OnNew'], 'Polling trigger for OnNew')).toEqual({
      templateId: 'pollingtrigger',
      title: 'Polling trigger for OnNew',
      type: 'PollingTrigger',
      parameters: {
        'x-ms-apimTemplate-operationName': ['OnNew'],
        'x-ms-apimTemplateParameter.triggerConfig': { $filter: 'CreatedDateTime gt @{triggerBody().value[0].CreatedDateTime}' },
        'x-ms-apimTemplateParameter.triggerDataPath': '@triggerBody().value',
      },
    });
  });
});

describe('policy edits', () => {
  const doc = JsonDocument.parse(PROPERTIES);

  it("adding appends to the list in the file's layout; removing it again gives the text back", () => {
    const instance = newPolicyInstance(templateFor('dynamichosturl')!, ['ListPets']);
    const out = applyEdits(PROPERTIES, addPolicyEdits(doc, instance));
    const before = PROPERTIES.split('\n');
    const after = out.split('\n');
    // Everything before the end of the list is as it was; the new item follows in six-space indent.
    expect(after.slice(0, 12)).toEqual(before.slice(0, 12));
    expect(after[12]).toBe('      },');
    expect(after[13]).toBe('      {');
    expect(after[14]).toBe('        "templateId": "dynamichosturl",');
    expect(after.slice(-4)).toEqual(before.slice(-4));
    expect(JSON.parse(out).properties.policyTemplateInstances[1]).toEqual(instance);
    const back = applyEdits(out, removeValueEdits(JsonDocument.parse(out), '/properties/policyTemplateInstances/1'));
    expect(back).toBe(PROPERTIES);
  });

  it('creates the list when there is none', () => {
    const text = '{\n  "properties": {\n    "iconBrandColor": "#da3b01"\n  }\n}\n';
    const out = applyEdits(text, addPolicyEdits(JsonDocument.parse(text), { templateId: 'setheader' }));
    expect(out).toBe(
      '{\n  "properties": {\n    "iconBrandColor": "#da3b01",\n    "policyTemplateInstances": [\n      {\n        "templateId": "setheader"\n      }\n    ]\n  }\n}\n',
    );
    expect(() => addPolicyEdits(JsonDocument.parse('{"properties": {"policyTemplateInstances": {}}}'), {})).toThrow(/not a list/);
  });

  it('a parameter edit is one changed line', () => {
    const out = applyEdits(
      PROPERTIES,
      setValueEdits(doc, '/properties/policyTemplateInstances/0/parameters/x-ms-apimTemplateParameter.name', 'X-Api-Key'),
    );
    const diff = PROPERTIES.split('\n').filter((l, i) => l !== out.split('\n')[i]);
    expect(diff).toEqual(['          "x-ms-apimTemplateParameter.name": "Authorization",']);
  });
});
