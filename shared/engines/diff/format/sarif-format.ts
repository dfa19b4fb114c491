// SARIF 2.1.0 (GitHub code scanning, Azure DevOps): the diff rules as reportingDescriptors, each
// finding as a result with its physical location and Microsoft's ValuePath as logical location.
// File locations are written as `validate` writes them: RFC 3986 references relative to SRCROOT.
import { sarifArtifactLocation, sarifBaseIds, type SarifOptions } from '../../certify';
import { ALL_DIFF_RULES } from '../rules';
import { labeller, TOOL_NAME, type DiffFormatInput } from './format-options';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

export function formatDiffSarif(input: DiffFormatInput, toolVersion = '0.0.0', options: SarifOptions = {}): string {
  const label = labeller(input);
  const based = options.baseUri !== undefined;
  const index = new Map(ALL_DIFF_RULES.map((r, i) => [r.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: toolVersion,
            rules: ALL_DIFF_RULES.map((r) => ({
              id: r.id,
              name: r.id,
              shortDescription: { text: r.description },
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { category: r.category, area: r.area },
            })),
          },
        },
        ...sarifBaseIds(options.baseUri),
        properties: { report: 'breaking-changes' },
        results: input.findings.map((d) => ({
          ruleId: d.code,
          ...(index.has(d.code) ? { ruleIndex: index.get(d.code)! } : {}),
          level: LEVEL[d.severity],
          message: { text: d.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: sarifArtifactLocation(label(d), based),
                region: { startLine: d.line, startColumn: d.column, charOffset: d.offset, charLength: d.length },
              },
              logicalLocations: [{ fullyQualifiedName: d.valuePath, kind: 'member' }],
            },
          ],
          properties: { category: d.category, source: d.source },
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
