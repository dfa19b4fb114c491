// ReadmeSectionsMissing points where the missing section goes in the template's order (certified
// and independent-publisher readme templates): after the last present section that precedes it,
// where that section ends; line 1 when none precedes it. One finding lists every missing section,
// at the place of the first.
import { describe, expect, it } from 'vitest';
import type { CertifyProfile } from '../../../shared/engines/certify';
import { certifyInline, findingsOf, goodDefinition, goodProperties } from './support';

/** The finding's line and message, for a README of these lines. */
function finding(lines: string[], profile: CertifyProfile = 'certified') {
  const found = findingsOf(
    certifyInline({ definition: goodDefinition(), properties: goodProperties(), readme: lines.join('\n') }, profile),
    'ReadmeSectionsMissing',
  );
  expect(found).toHaveLength(1);
  expect(found[0]).toMatchObject({ file: 'readme.md', column: 1 });
  return { line: found[0]!.line, message: found[0]!.message };
}

const TEMPLATE = [
  '# Contoso Items', // 1
  'Manage the items of a Contoso account.',
  '',
  '## Publisher: Contoso', // 4
  'Contoso Ltd.',
  '',
  '## Prerequisites', // 7
  'A Contoso account.',
  '',
  '## Supported Operations', // 10
  '### List items',
  'Lists the items.',
  '',
  '## Obtaining Credentials', // 14
  'An API key from the account page.',
  '',
  '## Getting Started', // 17
  'Create a connection.',
  '',
  '## Known Issues and Limitations', // 20
  'None.',
  '',
  '## Frequently Asked Questions', // 23
  '### Is it free?',
  'Yes.',
  '',
  '## Deployment Instructions', // 27
  'Run paconn create.',
  '',
];

/** The template without the section whose heading is at `line`, up to the next heading of its level. */
function without(line: number, lines = TEMPLATE): string[] {
  const end = lines.findIndex((l, i) => i >= line && /^## /.test(l));
  return [...lines.slice(0, line - 1), ...lines.slice(end < 0 ? lines.length : end)];
}

describe('ReadmeSectionsMissing points where the missing section goes', () => {
  it('is quiet on the template', () => {
    expect(
      findingsOf(
        certifyInline({ definition: goodDefinition(), properties: goodProperties(), readme: TEMPLATE.join('\n') }),
        'ReadmeSectionsMissing',
      ),
    ).toEqual([]);
  });

  it('a section removed is pointed at where it was: after the one before it, at the heading that follows', () => {
    // Publisher comes first: nothing precedes it, so line 1.
    expect(finding(without(4)).line).toBe(1);
    expect(finding(without(7)).line).toBe(7);
    expect(finding(without(10)).line).toBe(10);
    // After Getting Started (optional, but a place all the same).
    expect(finding(without(20)).line).toBe(20);
    // The last: after FAQ and its questions, at the end of the file (the line after the last newline).
    const noDeployment = without(27);
    expect(finding(noDeployment).line).toBe(noDeployment.length);
  });

  it('with the optional sections absent, after the required one before it', () => {
    const bare = without(17, without(23));
    expect(bare[16]).toBe('## Known Issues and Limitations');
    expect(finding(without(17, bare)).line).toBe(17);
  });

  it('several missing: one finding that names them all, where the first goes', () => {
    const r = finding(without(14, without(20)));
    expect(r.message).toBe(
      'readme.md has no "Obtaining Credentials", "Known Issues and Limitations" sections; reviewers ask for the template\'s sections.',
    );
    expect(r.line).toBe(14);
  });

  it('follows the template, not the file: after the section that precedes it in the template, wherever that is', () => {
    // Prerequisites written last; Supported Operations missing goes after it, at the end of the file.
    const moved = [...without(7, without(10)), '## Pre-requisites', 'A Contoso account.', ''];
    expect(finding(moved).line).toBe(moved.length);
    // Deployment Instructions is not asked of an independent publisher: nothing missing there.
    expect(
      findingsOf(
        certifyInline(
          { definition: goodDefinition(), properties: goodProperties(), readme: without(27).join('\n') },
          'independent-publisher',
        ),
        'ReadmeSectionsMissing',
      ),
    ).toEqual([]);
  });

  it('a section is its own heading: not an operation that words it, not the title', () => {
    // "### Authenticated" is an operation; the credentials section is the "##" heading below it.
    const withOperation = [...TEMPLATE.slice(0, 12), '### Authenticated', 'Checks the key.', ...TEMPLATE.slice(12)];
    expect(withOperation[15]).toBe('## Obtaining Credentials');
    // Without Getting Started and Known Issues: Known Issues goes after the credentials, at FAQ.
    const noKnownIssues = without(19, without(22, withOperation));
    expect(finding(noKnownIssues).line).toBe(noKnownIssues.indexOf('## Frequently Asked Questions') + 1);
    expect(finding(noKnownIssues).line).toBe(19);
    // A title that words Publisher is no Publisher section to go after: its text ends at the next heading.
    const titled = ['# Contoso Publisher Actions', 'Items.', '', ...without(7).slice(6)];
    expect(finding(titled).message).toContain('no "Prerequisites" section');
    expect(finding(titled).line).toBe(4);
  });

  it('counts lines as editors do: CRLF, and headings in fenced code are no headings', () => {
    const crlf = without(14).join('\r\n');
    const r = findingsOf(
      certifyInline({ definition: goodDefinition(), properties: goodProperties(), readme: crlf }),
      'ReadmeSectionsMissing',
    );
    expect(r.map((d) => d.line)).toEqual([14]);
    const fenced = [...TEMPLATE.slice(0, 13), '```', '## Getting Started', '```', ...without(14).slice(13)];
    expect(finding(fenced).line).toBe(fenced.indexOf('## Getting Started', 16) + 1);
  });
});
