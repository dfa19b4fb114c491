// Output formats: compiler-style text with paconn's ValuePath, a JSON array, SARIF 2.1.0, JUnit XML.
import { describe, expect, it } from 'vitest';
import { formatJson, formatJunit, formatSarif, formatText, RULES, type FormatInput } from '../../../shared/engines/certify';
import { brandIcon } from './png-fixture';
import { certifyInline, goodDefinition, goodProperties } from './support';

function input(): FormatInput {
  const definition = goodDefinition();
  definition.info.title = 'Contoso API';
  definition.definitions.Item.properties.id['x-ms-visibilty'] = 'advanced';
  definition.paths['/items'].get.operationId = 'List_Items';
  const properties = goodProperties();
  properties.properties.iconBrandColor = '#FFFFFF';
  const r = certifyInline({ definition, properties });
  return {
    profile: 'certified',
    diagnostics: r.diagnostics,
    files: ['apiDefinition.swagger.json', 'apiProperties.json'],
    fileLabel: (f) => `connector/${f}`,
  };
}

describe('text', () => {
  it('prints file:line:col severity RuleId message, then the ValuePath, then a count', () => {
    const out = formatText(input()).split('\n');
    expect(out[0]).toMatch(
      /^connector\/apiDefinition\.swagger\.json:\d+:\d+ error ValueContainsRestrictedWords The title "Contoso API" contains "API"/,
    );
    expect(out[1]).toBe('  ValuePath: /info/title');
    expect(out).toContain('  ValuePath: operation/List_Items/operationId');
    expect(out.some((l) => /^connector\/apiProperties\.json:\d+:\d+ error IconBrandColorNotAllowed /.test(l))).toBe(true);
    expect(out[out.length - 1]).toBe('2 errors, 2 warnings, 0 info (profile certified).');
  });
});

describe('json', () => {
  it('names the profile, and why when it was chosen from the connector', () => {
    expect(JSON.parse(formatJson(input())).profile).toBe('certified');
    expect(JSON.parse(formatJson(input())).profileReason).toBeUndefined();
    const chosen = JSON.parse(formatJson({ ...input(), profileReason: 'folder certified-connectors' }));
    expect(chosen).toMatchObject({ profile: 'certified', profileReason: 'folder certified-connectors' });
    expect(
      formatText({ ...input(), profileReason: 'folder certified-connectors' })
        .split('\n')
        .at(-1),
    ).toBe('2 errors, 2 warnings, 0 info (profile certified, chosen from folder certified-connectors).');
    expect(JSON.parse(formatSarif({ ...input(), profileReason: 'iconBrandColor #da3b01' })).runs[0].properties).toEqual({
      profile: 'certified',
      profileReason: 'iconBrandColor #da3b01',
    });
  });

  it('lists the diagnostics with rule id, location, ValuePath and fix', () => {
    const out = JSON.parse(formatJson(input())).diagnostics;
    expect(Array.isArray(out)).toBe(true);
    expect(out).toHaveLength(4);
    const typo = out.find((d: { ruleId: string }) => d.ruleId === 'ExtensionNameNotValid');
    expect(typo).toMatchObject({
      file: 'connector/apiDefinition.swagger.json',
      severity: 'warning',
      pointer: '/definitions/Item/properties/id/x-ms-visibilty',
      valuePath: '/definitions/Item/properties/id/x-ms-visibilty',
      category: 'extension',
    });
    expect(typo.line).toBeGreaterThan(1);
    expect(typo.fix).toEqual({
      title: 'Rename to "x-ms-visibility"',
      edits: [{ offset: typo.offset, length: typo.length, content: '"x-ms-visibility"' }],
    });
  });
});

describe('sarif', () => {
  it('is SARIF 2.1.0 with rule metadata, regions, logical locations and fixes', () => {
    const log = JSON.parse(formatSarif(input(), '1.2.3'));
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    const run = log.runs[0];
    expect(run.tool.driver).toMatchObject({ name: 'connector-studio', version: '1.2.3' });
    expect(run.tool.driver.rules).toHaveLength(RULES.length);
    const rule = run.tool.driver.rules.find((r: { id: string }) => r.id === 'OperationIdSanitized');
    expect(rule).toMatchObject({
      defaultConfiguration: { level: 'warning' },
      properties: { category: 'operation', microsoftRule: true, requirement: 'OPID-PASCAL' },
    });
    expect(run.results).toHaveLength(4);
    for (const res of run.results) {
      expect(run.tool.driver.rules[res.ruleIndex].id).toBe(res.ruleId);
      const loc = res.locations[0].physicalLocation;
      expect(loc.artifactLocation.uri).toMatch(/^connector\//);
      expect(loc.region.startLine).toBeGreaterThan(0);
      expect(loc.region.startColumn).toBeGreaterThan(0);
      expect(loc.region.charLength).toBeGreaterThan(0);
      expect(res.locations[0].logicalLocations[0].fullyQualifiedName).toBeTruthy();
    }
    const fixed = run.results.find((r: { ruleId: string }) => r.ruleId === 'ExtensionNameNotValid');
    expect(fixed.fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBe('"x-ms-visibility"');
    expect(run.results.find((r: { ruleId: string }) => r.ruleId === 'OperationIdSanitized').level).toBe('warning');
  });

  it('describes codes that are not rules (problems reading the files)', () => {
    const i = input();
    const log = JSON.parse(formatSarif({ ...i, diagnostics: [{ ...i.diagnostics[0]!, code: 'CommaExpected' }] }));
    const run = log.runs[0];
    expect(run.tool.driver.rules[run.results[0].ruleIndex].id).toBe('CommaExpected');
  });
});

describe('junit', () => {
  it('is one suite per file, one case per applicable rule; errors fail, warnings are output', () => {
    const xml = formatJunit(input());
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ')).toBe(true);
    const suites = [...xml.matchAll(/<testsuite name="([^"]+)" tests="(\d+)" failures="(\d+)"/g)].map((m) => [
      m[1],
      Number(m[2]),
      Number(m[3]),
    ]);
    expect(suites.map((s) => s[0])).toEqual(['connector/apiDefinition.swagger.json', 'connector/apiProperties.json']);
    expect(suites[0]![2]).toBe(1);
    expect(suites[1]![2]).toBe(1);
    expect(xml).toMatch(
      /<testcase classname="connector\/apiDefinition.swagger.json" name="ValueContainsRestrictedWords"><failure type="ValueContainsRestrictedWords" message="The title &quot;Contoso API&quot;/,
    );
    expect(xml).toMatch(/name="OperationIdSanitized"><system-out>/);
    expect(xml).toMatch(/name="OperationIdRequired" \/>/);
    // Balanced and escaped: no raw quotes or ampersands inside attribute values.
    expect((xml.match(/<testsuite /g) ?? []).length).toBe((xml.match(/<\/testsuite>/g) ?? []).length);
    expect(xml).not.toMatch(/message="[^"]*&(?!quot;|amp;|lt;|gt;|apos;)/);
  });
});

describe('findings about README.md, script.csx and icon.png', () => {
  // A folder with no README, a script over 1 MB and an icon that is not square.
  function others(): FormatInput {
    const r = certifyInline({
      definition: goodDefinition(),
      properties: goodProperties(),
      folder: true,
      script: `// ${'x'.repeat(1100 * 1024)}\n`,
      icon: brandIcon(230, 180),
    });
    return { profile: 'certified', diagnostics: r.diagnostics, fileLabel: (f) => `connector/${f}` };
  }

  it('are in their own files: a line in the script, none in the binary icon or the missing README', () => {
    const text = formatText(others()).split('\n');
    expect(text.filter((l) => !l.startsWith('  ')).slice(0, -1)).toEqual([
      expect.stringMatching(/^connector\/README\.md warning ReadmeMissing The folder has no readme\.md/),
      expect.stringMatching(/^connector\/script\.csx:1:1 error ScriptTooLarge script\.csx is 1\.07 MB/),
      expect.stringMatching(/^connector\/icon\.png error IconSizeNotValid icon\.png is 230 × 180 pixels/),
    ]);
    // No JSON pointer, so no ValuePath.
    expect(text.some((l) => l.startsWith('  ValuePath'))).toBe(false);

    const json = JSON.parse(formatJson(others())).diagnostics;
    expect(json.map((d: object) => Object.keys(d).sort())).toEqual([
      ['category', 'file', 'message', 'ruleId', 'severity'],
      ['category', 'column', 'file', 'length', 'line', 'message', 'offset', 'ruleId', 'severity'],
      ['category', 'file', 'message', 'ruleId', 'severity'],
    ]);
    expect(json.map((d: { file: string }) => d.file)).toEqual(['connector/README.md', 'connector/script.csx', 'connector/icon.png']);

    const results = JSON.parse(formatSarif(others(), '1.0.0', { baseUri: 'file:///work/' })).runs[0].results;
    expect(results.map((r: any) => r.locations[0].physicalLocation)).toEqual([
      { artifactLocation: { uri: 'connector/README.md', uriBaseId: 'SRCROOT' } },
      {
        artifactLocation: { uri: 'connector/script.csx', uriBaseId: 'SRCROOT' },
        region: { startLine: 1, startColumn: 1, charOffset: 0, charLength: 0 },
      },
      { artifactLocation: { uri: 'connector/icon.png', uriBaseId: 'SRCROOT' } },
    ]);
    expect(results.some((r: any) => r.locations[0].logicalLocations)).toBe(false);

    const xml = formatJunit(others());
    const suites = [...xml.matchAll(/<testsuite name="([^"]+)"/g)].map((m) => m[1]);
    expect(suites).toEqual(['connector/README.md', 'connector/script.csx', 'connector/icon.png']);
    expect(xml).toContain('<failure type="IconSizeNotValid" message="icon.png is 230 × 180 pixels');
    expect(xml).toMatch(/>connector\/icon\.png error IconSizeNotValid icon\.png is 230 × 180/);
    expect(xml).toMatch(/>connector\/script\.csx:1:1 error ScriptTooLarge /);
  });

  it('a README without a section: at the line where the section goes, column 1, in every format', () => {
    // Obtaining Credentials goes after Supported Operations: at line 6, where Known Issues starts.
    const readme = [
      '# Contoso Items',
      'Manage the items of a Contoso account.',
      '## Publisher: Contoso',
      '## Prerequisites',
      '## Supported Operations',
      '## Known Issues and Limitations',
      '## Deployment Instructions',
      '',
    ].join('\n');
    const offset = readme.indexOf('## Known Issues');
    const r = certifyInline({ definition: goodDefinition(), properties: goodProperties(), readme });
    const only: FormatInput = {
      profile: 'certified',
      diagnostics: r.diagnostics.filter((d) => d.code === 'ReadmeSectionsMissing'),
      fileLabel: (f) => `connector/${f}`,
    };
    const message = 'readme.md has no "Obtaining Credentials" section; reviewers ask for the template\'s sections.';

    expect(formatText(only).split('\n')).toEqual([
      `connector/readme.md:6:1 warning ReadmeSectionsMissing ${message}`,
      '0 errors, 1 warning, 0 info (profile certified).',
    ]);
    expect(JSON.parse(formatJson(only)).diagnostics).toEqual([
      {
        file: 'connector/readme.md',
        line: 6,
        column: 1,
        offset,
        length: 0,
        severity: 'warning',
        ruleId: 'ReadmeSectionsMissing',
        category: 'structure',
        message,
      },
    ]);
    const [result] = JSON.parse(formatSarif(only, '1.0.0', { baseUri: 'file:///work/' })).runs[0].results;
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'connector/readme.md', uriBaseId: 'SRCROOT' },
      region: { startLine: 6, startColumn: 1, charOffset: offset, charLength: 0 },
    });
    const xml = formatJunit(only);
    expect(xml).toContain('<testsuite name="connector/readme.md"');
    expect(xml).toMatch(/>connector\/readme\.md:6:1 warning ReadmeSectionsMissing /);
  });
});

describe('several connectors in one document', () => {
  // The same findings as two connectors: one checked as certified, one as custom (auto chose each).
  const two = (): FormatInput[] => [
    { ...input(), connector: 'a', fileLabel: (f) => `a/${f}` },
    { ...input(), profile: 'custom', profileReason: 'no publisher', connector: 'b', fileLabel: (f) => `b/${f}` },
  ];

  it('text names each connector in its summary line', () => {
    expect(formatText(two()[1]!).split('\n').at(-1)).toBe('b: 2 errors, 2 warnings, 0 info (profile custom, chosen from no publisher).');
  });

  it('json lists each connector with its profile and findings', () => {
    const { connectors } = JSON.parse(formatJson(two()));
    expect(connectors.map((c: { connector: string; profile: string }) => [c.connector, c.profile])).toEqual([
      ['a', 'certified'],
      ['b', 'custom'],
    ]);
    expect(connectors[1]).toEqual({ connector: 'b', ...JSON.parse(formatJson(two()[1]!)) });
  });

  it('sarif is one run: the results of both, each profile named, no default levels when the profiles differ', () => {
    const run = JSON.parse(formatSarif(two())).runs[0];
    const one = JSON.parse(formatSarif(input())).runs[0];
    expect(run.results).toHaveLength(2 * one.results.length);
    expect(run.results.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri.split('/')[0])).toEqual([
      ...one.results.map(() => 'a'),
      ...one.results.map(() => 'b'),
    ]);
    expect(run.properties).toEqual({
      connectors: [
        { connector: 'a', profile: 'certified' },
        { connector: 'b', profile: 'custom', profileReason: 'no publisher' },
      ],
    });
    expect(run.tool.driver.rules.every((r: any) => r.defaultConfiguration === undefined)).toBe(true);
    const same = JSON.parse(formatSarif([two()[0]!, { ...two()[1]!, profile: 'certified' }])).runs[0];
    expect(same.properties.profile).toBe('certified');
    expect(same.tool.driver.rules).toEqual(one.tool.driver.rules);
  });

  it('junit holds the suites of each, each with the rules of its own profile', () => {
    const xml = formatJunit(two());
    const suites = [...xml.matchAll(/<testsuite name="([^"]+)" tests="(\d+)"/g)].map((m) => [m[1], Number(m[2])]);
    expect(suites.map((s) => s[0])).toEqual([
      'a/apiDefinition.swagger.json',
      'a/apiProperties.json',
      'b/apiDefinition.swagger.json',
      'b/apiProperties.json',
    ]);
    const custom = [...formatJunit(two()[1]!).matchAll(/<testsuite name="[^"]+" tests="(\d+)"/g)].map((m) => Number(m[1]));
    expect(suites.slice(2).map((s) => s[1])).toEqual(custom);
    expect(xml).toMatch(/<testsuites name="connector-studio certify" /);
  });
});
