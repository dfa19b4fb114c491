// SARIF 2.1.0 (what GitHub code scanning and Azure DevOps read): one run, the rules as
// reportingDescriptors, each finding as a result with a physical location and the paconn
// ValuePath as its logical location; fixes as SARIF fixes. Several connectors are one run with the
// results of each; the rules' default levels are those of the profile when all share one. File
// locations are RFC 3986 references relative to the SRCROOT base id (originalUriBaseIds).
import { hasLine } from '../../../core/connector';
import { levelFor } from '../profiles';
import { RULES } from '../rules';
import type { CertifyRule } from '../types';
import { sarifArtifactLocation, sarifBaseIds } from './sarif-location';
import { asList, sharedProfile, TOOL_NAME, valuePathOf, type FormatInput, type FormatInputs } from './format-options';

const LEVEL = { error: 'error', warning: 'warning', info: 'note', off: 'none' } as const;

/** Where the files are: the URI of the folder the file labels are relative to (a file: URI ending in "/"). */
export interface SarifOptions {
  baseUri?: string;
}

export function formatSarif(inputs: FormatInputs, toolVersion = '0.0.0', options: SarifOptions = {}): string {
  const list = asList(inputs);
  const profile = sharedProfile(list);
  const rules: CertifyRule[] = [...(list[0]?.rules ?? RULES)];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  // Problems found while reading the files (syntax, encoding) are reported under their own codes.
  const extra = [...new Set(list.flatMap((i) => i.diagnostics.map((d) => d.code)).filter((c) => !index.has(c)))];
  const descriptors = [
    ...rules.map((r) => ({
      id: r.id,
      name: r.id,
      shortDescription: { text: r.description },
      ...(profile ? { defaultConfiguration: { level: LEVEL[levelFor(r, profile)] } } : {}),
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
  const results = list.flatMap((input) => connectorResults(input, index, options.baseUri !== undefined));
  const single = Array.isArray(inputs) ? undefined : (inputs as FormatInput);
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
        ...sarifBaseIds(options.baseUri),
        properties: single
          ? { profile: single.profile, ...(single.profileReason ? { profileReason: single.profileReason } : {}) }
          : {
              ...(profile ? { profile } : {}),
              connectors: list.map((i) => ({
                connector: i.connector,
                profile: i.profile,
                ...(i.profileReason ? { profileReason: i.profileReason } : {}),
              })),
            },
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}

/** One connector's findings as SARIF results. */
function connectorResults(input: FormatInput, index: ReadonlyMap<string, number>, based: boolean) {
  const label = input.fileLabel ?? ((f: string) => f);
  return input.diagnostics.map((d) => {
    const uri = sarifArtifactLocation(label(d.file), based);
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
            artifactLocation: uri,
            // A file with no line to point at (icon.png, a missing README.md): the artifact alone.
            ...(hasLine(d) ? { region: { startLine: d.line, startColumn: d.column, charOffset: d.offset, charLength: d.length } } : {}),
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
                    artifactLocation: uri,
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
}
