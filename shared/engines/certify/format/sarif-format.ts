// SARIF 2.1.0 (what GitHub code scanning and Azure DevOps read): one run, the rules as
// reportingDescriptors, each finding as a result with a physical location and the paconn
// ValuePath as its logical location; fixes as SARIF fixes.
import { levelFor } from '../profiles';
import { RULES } from '../rules';
import type { CertifyRule } from '../types';
import { TOOL_NAME, valuePathOf, type FormatInput } from './format-options';

const LEVEL = { error: 'error', warning: 'warning', info: 'note', off: 'none' } as const;

export function formatSarif(input: FormatInput, toolVersion = '0.0.0'): string {
  const label = input.fileLabel ?? ((f: string) => f);
  const rules: CertifyRule[] = [...(input.rules ?? RULES)];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  // Problems found while reading the files (syntax, encoding) are reported under their own codes.
  const extra = [...new Set(input.diagnostics.map((d) => d.code).filter((c) => !index.has(c)))];
  const descriptors = [
    ...rules.map((r) => ({
      id: r.id,
      name: r.id,
      shortDescription: { text: r.description },
      defaultConfiguration: { level: LEVEL[levelFor(r, input.profile)] },
      properties: {
        category: r.category,
        microsoftRule: r.microsoft,
        ...(r.requirement ? { requirement: r.requirement } : {}),
      },
    })),
    ...extra.map((id) => ({
      id,
      name: id,
      shortDescription: { text: 'A problem found while reading the connector files.' },
      properties: { category: 'syntax' },
    })),
  ];
  extra.forEach((id, i) => index.set(id, rules.length + i));
  const results = input.diagnostics.map((d) => {
    const uri = label(d.file);
    const vp = valuePathOf(d);
    const fix = d.fix;
    return {
      ruleId: d.code,
      ruleIndex: index.get(d.code)!,
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri },
            region: { startLine: d.line, startColumn: d.column, charOffset: d.offset, charLength: d.length },
          },
          ...(vp ? { logicalLocations: [{ fullyQualifiedName: vp, kind: 'member' }] } : {}),
        },
      ],
      ...(fix
        ? {
            fixes: [
              {
                description: { text: fix.title },
                artifactChanges: [
                  {
                    artifactLocation: { uri },
                    replacements: fix.edits.map((e) => ({
                      deletedRegion: { charOffset: e.offset, charLength: e.length },
                      insertedContent: { text: e.content },
                    })),
                  },
                ],
              },
            ],
          }
        : {}),
    };
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: toolVersion,
            informationUri: 'https://learn.microsoft.com/connectors/custom-connectors/certification-submission',
            rules: descriptors,
          },
        },
        properties: { profile: input.profile, ...(input.profileReason ? { profileReason: input.profileReason } : {}) },
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
