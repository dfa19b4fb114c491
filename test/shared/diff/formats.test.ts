// The diff's output formats: validate's line form with Microsoft's ValuePath, a JSON array with the
// category and the connector of each location, SARIF 2.1.0 and JUnit XML.
import { describe, expect, it } from 'vitest';
import {
  ALL_DIFF_RULES,
  formatDiffJson,
  formatDiffJunit,
  formatDiffSarif,
  formatDiffText,
  type DiffFormatInput,
} from '../../../shared/engines/diff';
import { diffChanged } from './support';

function input(): DiffFormatInput {
  const { result } = diffChanged((d) => {
    delete d.paths['/items/{itemId}'].get;
    d.paths['/items'].get.parameters[1].enum = ['open'];
    d.paths['/items'].get.parameters[0].default = 5;
    d.paths['/items'].get.parameters.push({ name: 'search', in: 'query', type: 'string' });
  });
  return {
    findings: result.findings,
    fileLabel: (file, source) => `${source}/${file}`,
    files: ['new/apiDefinition.swagger.json', 'new/apiProperties.json'],
  };
}

describe('diff formats', () => {
  it('text: two lines per finding, additive ones only with verbose, then the counts', () => {
    const lines = formatDiffText(input()).split('\n');
    expect(lines[0]).toMatch(
      /^new\/apiDefinition\.swagger\.json:\d+:\d+ warning DefaultValueChanged Operation "ListItems": parameter "top" changed its default from 10 to 5\.$/,
    );
    expect(lines[1]).toBe('  ValuePath: operation/ListItems/parameter/top/default');
    expect(lines).toContain('  ValuePath: operation/GetItem');
    expect(lines.some((l) => /^old\/apiDefinition\.swagger\.json:\d+:\d+ error OperationRemoved .*old connector/.test(l))).toBe(true);
    expect(lines.join('\n')).not.toContain('ParameterAdded');
    expect(lines.at(-1)).toBe('2 breaking changes (errors), 1 warning, 1 info; --verbose lists the additive ones.');
    const verbose = formatDiffText({ ...input(), verbose: true });
    expect(verbose).toContain(' info ParameterAdded ');
    expect(verbose.split('\n').at(-1)).toBe('2 breaking changes (errors), 1 warning, 1 info.');
  });

  it('json: every finding with category, source and ValuePath', () => {
    const out = JSON.parse(formatDiffJson(input()));
    expect(out).toHaveLength(4);
    expect(out.find((d: any) => d.ruleId === 'OperationRemoved')).toMatchObject({
      file: 'old/apiDefinition.swagger.json',
      severity: 'error',
      category: 'Operation deleted',
      source: 'old',
      valuePath: 'operation/GetItem',
      pointer: '/paths/~1items~1{itemId}/get',
      operation: 'GetItem',
      line: expect.any(Number),
      column: expect.any(Number),
    });
    expect(out.find((d: any) => d.ruleId === 'EnumValueRemoved').category).toBe('Enum value removed');
  });

  it('sarif: the rules as descriptors, results with region and ValuePath', () => {
    const log = JSON.parse(formatDiffSarif(input(), '1.2.3'));
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.tool.driver).toMatchObject({ name: 'connector-studio', version: '1.2.3' });
    expect(run.tool.driver.rules).toHaveLength(ALL_DIFF_RULES.length);
    const removed = run.results.find((r: any) => r.ruleId === 'OperationRemoved');
    expect(run.tool.driver.rules[removed.ruleIndex].id).toBe('OperationRemoved');
    expect(removed.level).toBe('error');
    expect(removed.locations[0].physicalLocation.artifactLocation.uri).toBe('old/apiDefinition.swagger.json');
    expect(removed.locations[0].physicalLocation.region.startLine).toBeGreaterThan(1);
    expect(removed.locations[0].logicalLocations[0].fullyQualifiedName).toBe('operation/GetItem');
    expect(run.results.find((r: any) => r.ruleId === 'ParameterAdded').level).toBe('note');
  });

  it('junit: a failing case per rule with breaking changes, clean files listed', () => {
    const xml = formatDiffJunit(input());
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="connector-studio diff" tests="\d+" failures="2">/);
    expect(xml).toMatch(/<testsuite name="new\/apiDefinition\.swagger\.json" tests="\d+" failures="1"/);
    expect(xml).toMatch(/<testsuite name="old\/apiDefinition\.swagger\.json" tests="\d+" failures="1"/);
    expect(xml).toMatch(/<testsuite name="new\/apiProperties\.json" tests="\d+" failures="0"/);
    expect(xml).toContain('<testcase classname="old/apiDefinition.swagger.json" name="OperationRemoved"><failure type="OperationRemoved"');
    expect(xml).toMatch(/name="DefaultValueChanged"><system-out>[^<]*warning DefaultValueChanged/);
    expect(xml).toContain('&quot;ListItems&quot;');
  });
});
